import type { Game, ReplayFile } from '../engine/index.ts';
import { playContinuation } from './branch.ts';
import { percentile } from './statistics.ts';

/**
 * How far chance alone moves a score (second review, finding 22): the rule tables play every actor from the
 * start, with dice of their own, a few times, and the middle 90% of a role's final scores is the range the
 * dice alone give it. A decision whose two outcomes both lie in that range made no difference the dice could not.
 */
export const CHANCE_RUNS = 20;

export interface ChanceRange {
  actor: string;
  /** The 5th and 95th percentile of the actor's final score over the runs (nearest rank). */
  p5: number;
  p95: number;
  runs: number;
}

/** `records[t]` is the game after t turns, as the debrief replays it; runs are `branch`'s runs 1 to N from turn 0. */
export function chanceOf(
  records: readonly Game[],
  replay: ReplayFile,
  actors: readonly string[],
): ChanceRange[] {
  if (actors.length === 0 || records.length === 0) return [];
  const recording = { replay, games: records };
  const ends = Array.from({ length: CHANCE_RUNS }, (_, i) => playContinuation(recording, 0, i + 1));
  return actors.map((actor) => {
    const scores = ends.map((o) => o.metrics[`score:${actor}`] ?? 0);
    return { actor, p5: percentile(scores, 5), p95: percentile(scores, 95), runs: CHANCE_RUNS };
  });
}

/** True when both values lie inside the range: the difference between them is within what the dice alone make. */
export const withinChance = (range: ChanceRange, a: number, b: number) =>
  a >= range.p5 && a <= range.p95 && b >= range.p5 && b <= range.p95;
