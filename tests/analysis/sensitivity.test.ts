import { describe, expect, it } from 'vitest';
import type { RunOutcome } from '../../game/analysis/explore.ts';
import { playOutcome } from '../../game/analysis/explore.ts';
import {
  type AblationEffect,
  citedReports,
  contentCounts,
  rankEffects,
  type SensitivityPlan,
  summariseSensitivity,
} from '../../game/analysis/sensitivity.ts';
import { withoutRowsSource } from '../../game/content/without-rows.ts';
import { shipped } from '../helpers/shipped.ts';

const none = { rows: 0, interests: 0, effects: 0 };
const ablation = (id: string) => ({ id, label: id, withoutSource: [], withoutRows: [id], removes: none });
const plan: SensitivityPlan = {
  scenario: 'mini',
  variant: 'baseline',
  metric: 'm',
  by: 'row',
  seeds: [1, 2, 3, 4],
  withoutSource: [],
  ablations: [ablation('a.small'), ablation('b.none'), ablation('c.large')],
};
const runs = (value: (seed: number) => number): RunOutcome[] =>
  plan.seeds.map((seed) => ({
    variant: 'baseline',
    seed,
    hash: '',
    metrics: { m: value(seed), other: 9 },
    keyOutcomes: {},
  }));

describe('summariseSensitivity', () => {
  const baseline = runs((s) => s * 10);
  const arms = [runs((s) => s * 10 + 1), runs((s) => s * 10), runs((s) => s * 10 - 5 - (s % 2))];

  it('gives each ablation the mean paired effect on the one metric, ablated minus baseline, with its interval', () => {
    const summary = summariseSensitivity(plan, baseline, arms);
    const byId = Object.fromEntries(summary.ablations.map((a) => [a.id, a.effect]));
    expect(byId['a.small']).toEqual({ mean: 1, low: 1, high: 1, n: 4 });
    expect(byId['b.none']).toEqual({ mean: 0, low: 0, high: 0, n: 4 });
    expect(byId['c.large']?.mean).toBe(-5.5);
    expect(byId['c.large']?.low).toBeLessThan(-5.5);
    expect(summary.baseline).toMatchObject({ mean: 25, p5: 10, p95: 40 });
  });

  it('ranks the largest absolute effect first, whichever its sign', () => {
    expect(summariseSensitivity(plan, baseline, arms).ablations.map((a) => a.id)).toEqual([
      'c.large',
      'a.small',
      'b.none',
    ]);
  });

  it('does not depend on the order the runs come back in', () => {
    const shuffled = arms.map((arm) => [...arm].reverse());
    expect(summariseSensitivity(plan, [...baseline].reverse(), shuffled)).toEqual(
      summariseSensitivity(plan, baseline, arms),
    );
  });

  it('refuses an arm with a run missing', () => {
    expect(() => summariseSensitivity(plan, baseline, [arms[0] ?? [], arms[1] ?? [], []])).toThrow(
      'c.large has 0 of the 4 runs planned',
    );
  });
});

describe('rankEffects', () => {
  it('orders equal absolute effects by id', () => {
    const effect = (id: string, mean: number): AblationEffect => ({
      id,
      label: id,
      removes: none,
      effect: { mean, low: mean, high: mean, n: 2 },
    });
    expect(
      rankEffects([effect('z', 1), effect('b', -1), effect('a', 0.5), effect('c', 1)]).map((e) => e.id),
    ).toEqual(['b', 'c', 'z', 'a']);
  });
});

describe('the content a sensitivity sweep takes apart', () => {
  const resolved = shipped.resolve({ scenario: 'withdrawal-2021', variant: 'baseline', withoutSource: [] });
  if (!resolved.ok) throw new Error(resolved.error.message);
  const content = resolved.content;

  it('finds the reports the scenario cites and counts the rows, interests and effects it has', () => {
    expect(citedReports(content)).toHaveLength(5);
    const counts = contentCounts(content);
    expect(counts.rows).toBe(content.actors.reduce((n, a) => n + a.rules.length, 0));
    expect(counts.interests).toBeGreaterThan(0);
    expect(counts.effects).toBeGreaterThan(0);
  });

  it('removes one rule row from its table and nothing else', () => {
    const without = withoutRowsSource(shipped, ['russia.regional-format']).resolve({
      scenario: 'withdrawal-2021',
      variant: 'baseline',
      withoutSource: [],
    });
    if (!without.ok) throw new Error(without.error.message);
    const russia = (c: typeof content) =>
      c.actors.find((a) => a.id === 'russia')?.rules.map((r) => r.id) ?? [];
    expect(russia(without.content)).toEqual(russia(content).filter((id) => id !== 'russia.regional-format'));
    expect(contentCounts(without.content)).toEqual({
      ...contentCounts(content),
      rows: contentCounts(content).rows - 1,
    });
  });

  it('refuses to remove a default row or a row the scenario lacks', () => {
    const request = { scenario: 'withdrawal-2021', variant: 'baseline', withoutSource: [] };
    const last = content.actors[0]?.rules.at(-1)?.id ?? '';
    const defaultRow = withoutRowsSource(shipped, [last]).resolve(request);
    expect(defaultRow.ok === false && defaultRow.error.message).toMatch(/default row of its table/);
    const stranger = withoutRowsSource(shipped, ['russia.no-such-row']).resolve(request);
    expect(stranger.ok === false && stranger.error.message).toMatch(/no rule row 'russia.no-such-row'/);
  });

  it('plays a game without a row as the engine plays any content: seeded, and the same twice', () => {
    const choice = {
      scenario: 'withdrawal-2021',
      withoutSource: [],
      withoutRows: ['us.complete-the-withdrawal'],
    };
    const first = playOutcome(shipped, choice, 'baseline', 5);
    expect(playOutcome(shipped, choice, 'baseline', 5)).toEqual(first);
    expect(first.hash).not.toBe(playOutcome(shipped, { ...choice, withoutRows: [] }, 'baseline', 5).hash);
  });
});
