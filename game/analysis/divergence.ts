import type { State, TurnObserver } from '../engine/index.ts';
import { hashString } from '../engine/index.ts';
import { type Interval, percentile, wilsonInterval } from './statistics.ts';

/**
 * The outcomes whose flips `explore` counts, by their flags in scenarios/flags.json: a run "has" the outcome
 * when the flag is true at its end.
 */
export const KEY_OUTCOMES = [
  { flag: 'kabul_fallen', title: 'Kabul falls' },
  { flag: 'us_base_central_asia', title: 'the US keeps a base in Central Asia' },
  { flag: 'emirate_recognized', title: 'Russia recognises the Emirate' },
] as const;

/** The key outcomes at the end of a game, in KEY_OUTCOMES order: flag -> true when set. */
export function keyOutcomesOf(state: Readonly<State>): Record<string, boolean> {
  const outcomes: Record<string, boolean> = {};
  for (const { flag } of KEY_OUTCOMES) outcomes[flag] = state.flags[flag] === true;
  return outcomes;
}

/**
 * A state's hash with its variant's id blanked, from `json`, the state's JSON that the engine made for its own
 * hash. The engine's hashes cover `meta.variant`, so two variants' runs differ from the start even when the
 * variant changes nothing; this one differs only when the game does. It hashes the state alone, not the turn's
 * log: a row that never fires may change a `why` without changing anything that happens.
 */
export function playedHash(state: Readonly<State>, json: string): string {
  // Only meta has these two keys side by side, and quotes inside a string value are escaped, so the text is
  // found once, there.
  const id = `"variant":${JSON.stringify(state.meta.variant)},"withoutSource":`;
  const at = json.indexOf(id);
  if (at < 0) throw new Error(`no meta.variant ${state.meta.variant} in the state's JSON`);
  return hashString(`${json.slice(0, at)}"variant":null,"withoutSource":${json.slice(at + id.length)}`);
}

/**
 * Records the reference run's played hashes, turn by turn (index 0: the starting state), for the runs of the
 * same seed to be compared with.
 */
export function recordPlayed(into: string[]): TurnObserver {
  return (state, turn, json) => {
    into[turn] = playedHash(state, json);
  };
}

/**
 * Compares a run with the reference's played hashes turn by turn, and stops hashing at the first difference:
 * most variants differ at once, so they cost next to nothing. `divergedAt()` is that turn (0: the starting
 * state), or null if the two never differ; a game that ends before the other differs at the turn the shorter
 * one lacks.
 */
export function divergenceFrom(reference: readonly string[]) {
  let diverged: number | null = null;
  let seen = 0;
  return {
    observe(state: Readonly<State>, turn: number, json: string): void {
      seen = turn + 1;
      if (diverged === null && reference[turn] !== playedHash(state, json)) diverged = turn;
    },
    divergedAt(): number | null {
      if (diverged === null && seen !== reference.length) return Math.min(seen, reference.length);
      return diverged;
    },
  };
}

/** How often one key outcome flips between the paired runs, with the share's 95% Wilson interval. */
export interface OutcomeFlips extends Interval {
  /** The reference run lacks the outcome, the variant's run has it. */
  gained: number;
  /** The reference run has the outcome, the variant's run lacks it. */
  lost: number;
}

/** One variant's divergence from the reference, over the runs paired by seed (`explore --json`'s `divergence`). */
export interface Divergence {
  pairs: number;
  /** The share of pairs whose states never differ, with its 95% Wilson interval. */
  never: Interval;
  /**
   * Over the pairs that do diverge (`n` of them): the median of the first turn whose state differs, and its 5th
   * and 95th percentiles (0: the starting states already differ). All null when no pair diverges.
   */
  firstTurn: { median: number | null; p5: number | null; p95: number | null; n: number };
  /** Key outcome flag (KEY_OUTCOMES order) -> the share of pairs in which it flips. */
  flips: Record<string, OutcomeFlips>;
}

/** What divergence needs of a run (explore's RunOutcome has it). */
export interface PairedRun {
  variant: string;
  seed: number;
  keyOutcomes: Record<string, boolean>;
  divergedAt?: number | null;
}

/**
 * Compares a variant's runs with the reference's, pair by pair (both in seed order, as inPlanOrder gives them).
 * Each of the variant's runs must carry its `divergedAt`, which only playing it beside the reference gives.
 */
export function divergenceOf(reference: readonly PairedRun[], variant: readonly PairedRun[]): Divergence {
  const pairs = variant.length;
  const turns: number[] = [];
  for (const run of variant) {
    if (run.divergedAt === undefined)
      throw new Error(`${run.variant} seed ${run.seed} was played without its reference's run`);
    if (run.divergedAt !== null) turns.push(run.divergedAt);
  }
  const flips: Record<string, OutcomeFlips> = {};
  for (const { flag } of KEY_OUTCOMES) {
    let gained = 0;
    let lost = 0;
    for (const [i, run] of variant.entries()) {
      const before = reference[i]?.keyOutcomes[flag] === true;
      const after = run.keyOutcomes[flag] === true;
      if (after && !before) gained += 1;
      if (before && !after) lost += 1;
    }
    flips[flag] = { ...wilsonInterval(gained + lost, pairs), gained, lost };
  }
  const some = turns.length > 0;
  return {
    pairs,
    never: wilsonInterval(pairs - turns.length, pairs),
    firstTurn: {
      median: some ? percentile(turns, 50) : null,
      p5: some ? percentile(turns, 5) : null,
      p95: some ? percentile(turns, 95) : null,
      n: turns.length,
    },
    flips,
  };
}
