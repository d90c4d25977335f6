import { describe, expect, it } from 'vitest';
import { type ExplorePlan, type RunOutcome, summarise } from '../../game/analysis/explore.ts';
import { exploreTable } from '../../game/cli/explore/table.ts';

/** Three seeds, one metric `x`: baseline gives the seed, `up` adds 10, `same` adds nothing. */
function table(variants: string[]): string[] {
  const plan: ExplorePlan = { scenario: 'mini', variants, seeds: [1, 2, 3], withoutSource: [] };
  const lift: Record<string, number> = { baseline: 0, up: 10, same: 0 };
  const outcomes: RunOutcome[] = variants.flatMap((variant) =>
    plan.seeds.map((seed) => ({
      variant,
      seed,
      hash: 'h',
      metrics: { x: seed + (lift[variant] ?? 0) },
      // `up` ends with Kabul fallen on seed 2 alone, and differs from turn `seed`; `same` never differs.
      keyOutcomes: { kabul_fallen: variant === 'up' && seed === 2 },
      divergedAt: variant === 'up' ? seed : null,
    })),
  );
  return exploreTable(summarise(plan, outcomes)).split('\n');
}

describe('the explore table', () => {
  it('with one variant, gives each metric its mean and percentiles, and promises no comparison', () => {
    const lines = table(['baseline']);
    expect(lines[0]).toBe('explore mini: 3 runs of baseline on seeds 1-3');
    expect(lines.join('\n')).not.toMatch(/difference|against/);
    expect(lines).toContainEqual(expect.stringMatching(/^x\s+2\.0 \(1-3\)$/));
  });

  it('with several, gives one block per variant against the reference, marking only what moved', () => {
    const lines = table(['baseline', 'up', 'same']);
    expect(lines.filter((l) => l.endsWith(' against baseline'))).toEqual([
      'up against baseline',
      'same against baseline',
    ]);
    expect(lines).toContainEqual(
      expect.stringMatching(/^x\s+2\.0 \(1-3\)\s+12\.0 \(11-13\)\s+\+10\.00 \[10\.00, 10\.00\] \*$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^x\s+2\.0 \(1-3\)\s+2\.0 \(1-3\)\s+0\.00 \[0\.00, 0\.00\]$/),
    );
  });
});
