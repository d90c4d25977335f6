import type { ActorFile, Citation, Effect, EventsFile } from '../engine/index.ts';
import { SOURCES } from './sources.ts';

/** The reports that `--without-source` may name. */
export const REPORT_FILES = Object.keys(SOURCES).sort();

/** Why a `withoutSource` list is not usable, or null. */
export function withoutSourceProblem(files: readonly string[]): string | null {
  const unknown = files.find((f) => !REPORT_FILES.includes(f));
  return unknown === undefined ? null : `unknown report '${unknown}' (reports: ${REPORT_FILES.join(', ')})`;
}

/**
 * Disables what rests on the named reports alone: every rule row, interest and effect whose citations all
 * come from them. A counterfactual on the evidence: how would the game play without that report?
 * The default row of a table always stays, so that every actor can still decide.
 */
export function withoutSources(
  actors: readonly ActorFile[],
  events: EventsFile,
  files: readonly string[],
): { actors: ActorFile[]; events: EventsFile } {
  if (files.length === 0) return { actors: [...actors], events };
  const onlyFrom = (citations: readonly Citation[]) =>
    citations.length > 0 && citations.every((c) => files.includes(c.source));
  const keep = (effects: readonly Effect[]) => effects.filter((e) => !onlyFrom(e.citations));
  return {
    actors: actors.map((actor) => ({
      ...actor,
      interests: actor.interests.filter((i) => !onlyFrom(i.citations)),
      levers: actor.levers.map((l) => ({ ...l, onSuccess: keep(l.onSuccess), onFailure: keep(l.onFailure) })),
      rules: actor.rules.filter((row, i) => i === actor.rules.length - 1 || !onlyFrom(row.citations)),
    })),
    events: {
      scheduled: events.scheduled.map((e) => ({ ...e, effects: keep(e.effects) })),
      deck: { ...events.deck, cards: events.deck.cards.map((c) => ({ ...c, effects: keep(c.effects) })) },
    },
  };
}
