import { describe, expect, it } from 'vitest';
import { type ExplorePlan, playOutcome, type RunOutcome, summarise } from '../../game/analysis/explore.ts';
import { playToEnd, shipped } from '../helpers/shipped.ts';

const plan: ExplorePlan = {
  scenario: 'mini',
  variants: ['baseline', 'b'],
  seeds: [1, 2, 3, 4],
  withoutSource: [],
};

/** Outcomes with one metric: the reference gives `seed`, variant b gives `seed + lift(seed)`. */
function outcomes(lift: (seed: number) => number): RunOutcome[] {
  return plan.seeds.flatMap((seed) => [
    {
      variant: 'baseline',
      seed,
      hash: `h${seed}`,
      metrics: { x: seed * 10 },
      keyOutcomes: {},
      divergedAt: null,
    },
    {
      variant: 'b',
      seed,
      hash: `g${seed}`,
      metrics: { x: seed * 10 + lift(seed) },
      keyOutcomes: {},
      divergedAt: 1,
    },
  ]);
}

describe('explore: many seeds per variant, summarised', () => {
  it('gives each metric its mean, spread and 5th-95th percentiles under each variant', () => {
    const summary = summarise(
      plan,
      outcomes(() => 5),
    );
    expect(summary.metrics.x?.baseline).toEqual({ mean: 25, sd: 12.91, p5: 10, p95: 40 });
    expect(summary.metrics.x?.b).toEqual({ mean: 30, sd: 12.91, p5: 15, p95: 45 });
    expect(summary).toMatchObject({ reference: 'baseline', runs: 4, seeds: { first: 1, last: 4 } });
  });

  it('compares seed by seed: a constant lift has no spread, however much the seeds differ', () => {
    const d = summarise(
      plan,
      outcomes(() => 5),
    ).differences.b?.x;
    expect(d).toEqual({ mean: 5, low: 5, high: 5, n: 4 });
  });

  it('gives a paired difference an interval that includes 0 when the lift goes both ways', () => {
    const d = summarise(
      plan,
      outcomes((seed) => (seed % 2 === 0 ? 3 : -3)),
    ).differences.b?.x;
    expect(d?.mean).toBe(0);
    expect(d?.low).toBeLessThan(0);
    expect(d?.high).toBeGreaterThan(0);
  });

  it('does not depend on the order the runs finished in (workers finish when they finish)', () => {
    const runs = outcomes((seed) => seed);
    expect(summarise(plan, [...runs].reverse())).toEqual(summarise(plan, runs));
  });

  it('refuses to summarise when a planned run is missing', () => {
    const runs = outcomes(() => 1).filter((o) => !(o.variant === 'b' && o.seed === 3));
    expect(() => summarise(plan, runs)).toThrow('b has 3 of the 4 runs planned');
  });

  it('measures a game by its final indicators and every actor’s final score, and names it by its last hash', () => {
    const outcome = playOutcome(shipped, { scenario: 'withdrawal-2021', withoutSource: [] }, 'baseline', 9);
    const game = playToEnd('withdrawal-2021', 9);
    expect(outcome.hash).toBe(game.hashes[game.hashes.length - 1]);
    expect(outcome.metrics.taliban_territory).toBe(game.state.indicators.taliban_territory);
    expect(outcome.metrics['score:russia']).toBe(game.state.actors.russia?.score);
    const names = Object.keys(outcome.metrics);
    expect(names.filter((n) => n.startsWith('score:'))).toHaveLength(Object.keys(game.state.actors).length);
    expect(names).toHaveLength(
      Object.keys(game.state.indicators).length + Object.keys(game.state.actors).length,
    );
  });
});
