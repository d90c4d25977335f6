import type { BatchGame, ContentSource } from '../engine/index.ts';
import { playBatchGame } from '../engine/index.ts';
import { round2, type Spread, spreadOf } from './statistics.ts';

/** How a scenario's outcomes are distributed over a list of seeds: what the golden files record. */
export interface OutcomeDistribution {
  scenario: string;
  variant: string;
  seeds: number[];
  /** Per final indicator: mean, standard deviation, 5th and 95th percentiles. */
  indicators: Record<string, Spread>;
  /** Per `actor:action`: the percentage of that actor's turns in which it took that action. */
  actions: Record<string, number>;
}

/** Plays every seed with the tables alone (the batch path) and summarises the final indicators and the actions taken. */
export function outcomeDistribution(
  source: ContentSource,
  scenario: string,
  variant: string,
  seeds: readonly number[],
): OutcomeDistribution {
  const games: BatchGame[] = seeds.map((seed) => {
    const played = playBatchGame(source, { scenario, variant, seed });
    if (!played.ok) throw new Error(`${scenario}/${variant} seed ${seed}: ${played.error.message}`);
    return played.game;
  });
  const indicators: OutcomeDistribution['indicators'] = {};
  for (const name of Object.keys(games[0]?.state.indicators ?? {}).sort()) {
    indicators[name] = spreadOf(games.map((g) => g.state.indicators[name] ?? 0));
  }
  const counts = new Map<string, number>();
  const turns = new Map<string, number>();
  for (const game of games) {
    for (const log of game.log) {
      for (const a of log.actions) {
        counts.set(`${a.actor}:${a.action}`, (counts.get(`${a.actor}:${a.action}`) ?? 0) + 1);
        turns.set(a.actor, (turns.get(a.actor) ?? 0) + 1);
      }
    }
  }
  const actions: Record<string, number> = {};
  for (const key of [...counts.keys()].sort()) {
    const actor = key.slice(0, key.indexOf(':'));
    actions[key] = round2((100 * (counts.get(key) ?? 0)) / (turns.get(actor) ?? 1));
  }
  return { scenario, variant, seeds: [...seeds], indicators, actions };
}

/** The final indicators of one game per seed, for one scenario and variant. */
export function finalIndicators(
  source: ContentSource,
  scenario: string,
  variant: string,
  seeds: readonly number[],
): Record<string, number>[] {
  return seeds.map((seed) => {
    const played = playBatchGame(source, { scenario, variant, seed });
    if (!played.ok) throw new Error(`${scenario}/${variant} seed ${seed}: ${played.error.message}`);
    return { ...played.game.state.indicators };
  });
}
