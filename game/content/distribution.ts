import type { ContentSource, Game } from '../engine/index.ts';
import { playScripted } from '../engine/index.ts';

/** How a scenario's outcomes are distributed over a list of seeds: what the golden files record. */
export interface OutcomeDistribution {
  scenario: string;
  variant: string;
  seeds: number[];
  /** Per final indicator: mean, standard deviation, 5th and 95th percentiles. */
  indicators: Record<string, { mean: number; sd: number; p5: number; p95: number }>;
  /** Per `actor:action`: the percentage of that actor's turns in which it took that action. */
  actions: Record<string, number>;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / (values.length || 1);
}

export function standardDeviation(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / Math.max(1, values.length - 1));
}

/** The value below which `p` percent of the values fall (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/** Plays every seed with the tables alone and summarises the final indicators and the actions taken. */
export function outcomeDistribution(
  source: ContentSource,
  scenario: string,
  variant: string,
  seeds: readonly number[],
): OutcomeDistribution {
  const games: Game[] = seeds.map((seed) => {
    const played = playScripted(source, { scenario, variant, seed }, []);
    if (!played.ok) throw new Error(`${scenario}/${variant} seed ${seed}: ${played.error.message}`);
    return played.game;
  });
  const indicators: OutcomeDistribution['indicators'] = {};
  for (const name of Object.keys(games[0]?.state.indicators ?? {}).sort()) {
    const finals = games.map((g) => g.state.indicators[name] ?? 0);
    indicators[name] = {
      mean: round2(mean(finals)),
      sd: round2(standardDeviation(finals)),
      p5: percentile(finals, 5),
      p95: percentile(finals, 95),
    };
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

/** The mean paired difference of a variant from a baseline, with its 95% confidence interval. */
export interface PairedDifference {
  mean: number;
  low: number;
  high: number;
  n: number;
}

/** The final indicators of one game per seed, for one scenario and variant. */
export function finalIndicators(
  source: ContentSource,
  scenario: string,
  variant: string,
  seeds: readonly number[],
): Record<string, number>[] {
  return seeds.map((seed) => {
    const played = playScripted(source, { scenario, variant, seed }, []);
    if (!played.ok) throw new Error(`${scenario}/${variant} seed ${seed}: ${played.error.message}`);
    return { ...played.game.state.indicators };
  });
}

/**
 * Paired comparison: the same seeds under both variants (per-purpose streams keep the draws aligned), the
 * difference per seed, and a normal-approximation 95% interval of its mean.
 */
export function pairedDifferences(
  base: readonly Record<string, number>[],
  alt: readonly Record<string, number>[],
): Record<string, PairedDifference> {
  const out: Record<string, PairedDifference> = {};
  for (const name of Object.keys(base[0] ?? {}).sort()) {
    const diffs = base.map((b, i) => (alt[i]?.[name] ?? 0) - (b[name] ?? 0));
    const m = mean(diffs);
    const half = (1.96 * standardDeviation(diffs)) / Math.sqrt(diffs.length || 1);
    out[name] = { mean: round2(m), low: round2(m - half), high: round2(m + half), n: diffs.length };
  }
  return out;
}
