import type {
  ActorFile,
  BriefingFile,
  Citation,
  EventsFile,
  HistoryFile,
  ScenarioFile,
  VariantFile,
} from '../engine/index.ts';
import type { Library } from './library.ts';

export type CitationKind =
  | 'rule'
  | 'interest'
  | 'effect'
  | 'event'
  | 'variant'
  | 'fact'
  | 'lever'
  | 'claim'
  | 'situation';

/** One citation with what it supports, as `greatgame citations --json` lists them. */
export interface CitationEntry {
  kind: CitationKind;
  id: string;
  actor?: string;
  source: string;
  quote: string;
}

/** Whitespace runs count as one space; everything else, typography included, must match exactly. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True when `quote` appears word for word in `report`. */
export function quoteFound(report: string, quote: string): boolean {
  return normalizeWhitespace(report).includes(normalizeWhitespace(quote));
}

function push(
  out: CitationEntry[],
  kind: CitationKind,
  id: string,
  citations: readonly Citation[],
  actor?: string,
): void {
  for (const c of citations)
    out.push(
      actor
        ? { kind, id, actor, source: c.source, quote: c.quote }
        : { kind, id, source: c.source, quote: c.quote },
    );
}

function ofActor(actor: ActorFile, out: CitationEntry[]): void {
  for (const interest of actor.interests)
    push(out, 'interest', `${actor.id}.${interest.id}`, interest.citations, actor.id);
  for (const lever of actor.levers) {
    push(out, 'lever', `${actor.id}.${lever.id}`, lever.citations, actor.id);
    [...lever.onSuccess, ...lever.onFailure].forEach((effect, i) => {
      push(out, 'effect', `${actor.id}.${lever.id}#${i}`, effect.citations, actor.id);
    });
  }
  for (const row of actor.rules) push(out, 'rule', row.id, row.citations, actor.id);
}

function ofScenario(
  scenario: ScenarioFile,
  events: EventsFile,
  history: HistoryFile | null,
  briefing: BriefingFile | null,
  out: CitationEntry[],
): void {
  for (const fact of scenario.facts) push(out, 'fact', `${scenario.id}:${fact.path}`, fact.citations);
  for (const event of [...events.scheduled, ...events.deck.cards]) {
    push(out, 'event', event.id, event.citations);
    event.effects.forEach((effect, i) => {
      push(out, 'effect', `${event.id}#${i}`, effect.citations);
    });
  }
  for (const claim of history?.claims ?? [])
    push(out, 'claim', `${scenario.id}:${claim.id}`, [claim.citation]);
  if (briefing) push(out, 'situation', `${scenario.id}:opening`, briefing.opening.citations);
  for (const [role, situation] of Object.entries(briefing?.roles ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)))
    push(out, 'situation', `${scenario.id}:${role}`, situation.citations, role);
}

function ofVariant(variant: VariantFile, out: CitationEntry[]): void {
  push(out, 'variant', variant.id, [variant.question]);
  for (const op of variant.ops) {
    if (op.op === 'addRows') for (const row of op.rows) push(out, 'rule', row.id, row.citations, op.actor);
    if (op.op === 'addEvents') {
      for (const event of [...op.scheduled, ...op.cards]) {
        push(out, 'event', event.id, event.citations);
        event.effects.forEach((effect, i) => {
          push(out, 'effect', `${event.id}#${i}`, effect.citations);
        });
      }
    }
  }
}

/** Every citation in the library: actors in id order, then scenarios, then variants, in id order. */
export function collectCitations(library: Library): CitationEntry[] {
  const out: CitationEntry[] = [];
  for (const id of [...library.actors.keys()].sort()) {
    const actor = library.actors.get(id);
    if (actor) ofActor(actor, out);
  }
  for (const id of [...library.scenarios.keys()].sort()) {
    const entry = library.scenarios.get(id);
    if (entry) ofScenario(entry.scenario, entry.events, entry.history, entry.briefing, out);
  }
  for (const id of [...library.variants.keys()].sort()) {
    const variant = library.variants.get(id);
    if (variant) ofVariant(variant, out);
  }
  return out;
}
