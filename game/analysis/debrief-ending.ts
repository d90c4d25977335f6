import type { Library } from '../content/library.ts';
import { sourceLabel } from '../content/sources.ts';
import type { Effect, Game, Prepared } from '../engine/index.ts';
import { TARGET } from '../engine/schema/effect.ts';
import { subject as actorSubject, capitalise } from '../text/inputs.ts';
import { actorName } from '../text/lookup.ts';
import { indicatorWords } from '../text/vocabulary.ts';
import { count, monthName } from '../text/words.ts';
import type { ChanceRange } from './debrief-chance.ts';

/**
 * Where the game ended (review item 14) and what each human role wanted (item 16), for the after-action
 * report: the final scores, the outcomes a class asks about first, a closing summary, and each role's
 * interests with their sources. Pure, like the rest of the debrief's data.
 */
export interface Ending {
  month: string;
  /** Every actor, highest final score first. */
  scores: { actor: string; name: string; human: boolean; start: number; end: number; change: number }[];
  /** The key outcomes (Kabul, a US base, recognition), where the scenario has their flags. */
  outcomes: { flag: string; title: string; held: boolean }[];
  /** Two or three sentences. */
  summary: string[];
  /** For each person's role, the range of final scores the dice alone give it (debrief-chance.ts). */
  chance: ChanceRange[];
}

export interface RoleInterest {
  id: string;
  title: string;
  indicator: string;
  label: string;
  want: 'up' | 'down';
  weight: number;
  start: number;
  end: number;
  /** The quote behind the interest and its source in words (author, institution, year). */
  quote: { quote: string; source: string } | null;
}

/** The outcomes a class asks about first, in this order. */
export const KEY_OUTCOMES = ['kabul_fallen', 'us_base_central_asia', 'emirate_recognized'] as const;

const OUTCOME_WORDS: Readonly<Record<(typeof KEY_OUTCOMES)[number], [yes: string, no: string]>> = {
  kabul_fallen: ['Kabul fell to the Taliban', 'Kabul did not fall to the Taliban'],
  us_base_central_asia: ['the US has a base in Central Asia', 'the US has no base in Central Asia'],
  emirate_recognized: ['Russia recognised the Emirate', 'Russia did not recognise the Emirate'],
};

export function endingOf(
  game: Game,
  records: readonly Game[],
  library: Library,
  humans: readonly string[],
  chance: ChanceRange[] = [],
): Ending {
  const { prepared } = game;
  const start = records[0]?.state ?? game.initial;
  const last = game.log[game.log.length - 1];
  const scores = prepared.actorIds
    .map((actor) => {
      const from = start.actors[actor]?.score ?? 0;
      const end = last?.scores[actor] ?? game.state.actors[actor]?.score ?? from;
      return {
        actor,
        name: actorName(prepared, actor),
        human: humans.includes(actor),
        start: from,
        end,
        change: end - from,
      };
    })
    .sort((a, b) => b.end - a.end || (a.actor < b.actor ? -1 : 1));
  const flags = game.state.flags;
  const outcomes = KEY_OUTCOMES.filter((flag) => flag in flags).map((flag) => ({
    flag,
    title: library.flags[flag]?.title ?? flag,
    held: flags[flag] === true,
  }));
  const month = monthName(last?.date ?? game.state.meta.date);
  const top = scores[0];
  const bottom = scores[scores.length - 1];
  const summary: string[] = [];
  const happened = outcomes.map(
    (o) => OUTCOME_WORDS[o.flag as (typeof KEY_OUTCOMES)[number]][o.held ? 0 : 1],
  );
  summary.push(
    `After ${count(game.log.length, 'turn')}, in ${month}${happened.length ? `, ${joinWords(happened)}` : ''}.`,
  );
  if (top && bottom && top !== bottom)
    summary.push(
      `${capitalise(actorSubject(top.actor))} ended best served, at ${top.end} (${signedWords(top.change)}), and ${actorSubject(bottom.actor)} worst, at ${bottom.end} (${signedWords(bottom.change)}).`,
    );
  const people = scores.filter((s) => s.human);
  if (people.length)
    summary.push(
      `${joinWords(people.map((p) => `${p.name}, played by a person, went from ${p.start} to ${p.end} (${ordinal(scores.indexOf(p) + 1)} of ${scores.length})`))}.`,
    );
  return { month, scores, outcomes, summary, chance };
}

/** A role's interests, from the actor's own data, with where each stood at the start and at the end. */
export function interestsOf(game: Game, records: readonly Game[], actor: string): RoleInterest[] {
  const def = game.prepared.actors.get(actor)?.def;
  const start = records[0]?.state.indicators ?? game.initial.indicators;
  const last = game.log[game.log.length - 1]?.indicators ?? game.state.indicators;
  return (def?.interests ?? []).map((i) => {
    const citation = i.citations[0];
    return {
      id: i.id,
      title: i.title,
      indicator: i.indicator,
      label: indicatorWords(i.indicator).label,
      want: i.want,
      weight: i.weight,
      start: start[i.indicator] ?? 0,
      end: last[i.indicator] ?? 0,
      quote: citation ? { quote: citation.quote, source: sourceLabel(citation.source) } : null,
    };
  });
}

/** What an effect changes, with `$target` as a wildcard: `relation russia>taliban`, `zone *.security`. */
function subject(effect: Effect): string {
  const any = (id: string) => (id === TARGET ? '*' : id);
  switch (effect.kind) {
    case 'indicator':
      return `indicator ${effect.indicator}`;
    case 'zone':
      return `zone ${any(effect.zone)}.${effect.field}`;
    case 'relation':
      return `relation ${any(effect.from)}>${any(effect.to)}`;
    case 'flag':
      return `flag ${effect.flag}`;
    case 'posture':
      return `posture ${any(effect.actor)}`;
  }
}

const covers = (lever: string, event: string) =>
  lever === event ||
  (lever.includes('*') &&
    new RegExp(`^${lever.replace(/[.>]/g, '\\$&').replace(/\*/g, '[a-z0-9_]+')}$`).test(event));

/**
 * Whether a scripted event made one of this actor's own moves for it (review item 17): everything it changes
 * is something one of the actor's levers changes, and it is the actor's doing rather than news it reacts to:
 * it sets a flag or the actor's posture, moves an indicator named for the actor, or moves only the actor's
 * relations. "Russia shifts to practical interaction" is Russia's; "the Taliban announce a government" that
 * only cools Russia's relations is not.
 */
export function actsAs(prepared: Prepared, effects: readonly Effect[], actor: string): boolean {
  if (effects.length === 0) return false;
  const levers = [...(prepared.actors.get(actor)?.levers.values() ?? [])].map((l) => [
    ...l.def.onSuccess.map(subject),
    ...l.def.onFailure.map(subject),
  ]);
  const made = effects.map(subject);
  const fits = levers.some((own) => made.every((m) => own.some((o) => covers(o, m))));
  if (!fits) return false;
  const owned = effects.some(
    (e) =>
      e.kind === 'flag' ||
      (e.kind === 'posture' && e.actor === actor) ||
      (e.kind === 'indicator' && e.indicator.startsWith(`${actor}_`)),
  );
  return owned || effects.every((e) => e.kind === 'relation' && e.from === actor);
}

/** The human roles a scripted event acted for. */
export function eventActsFor(
  prepared: Prepared,
  effects: readonly Effect[],
  humans: readonly string[],
): string[] {
  return humans.filter((h) => actsAs(prepared, effects, h));
}

function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

const signedWords = (n: number) => (n > 0 ? `up ${n}` : n < 0 ? `down ${-n}` : 'unchanged');
