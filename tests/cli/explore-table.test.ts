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

  it('says under each block when its runs diverge, counting those that never do apart', () => {
    const lines = table(['baseline', 'up', 'same']);
    expect(lines.filter((l) => l.startsWith('diverges from baseline'))).toEqual([
      'diverges from baseline on the same seed: never in 0.0% [0.0%, 56.1%] of the runs',
      'diverges from baseline on the same seed: never in 100.0% [43.9%, 100.0%] of the runs',
    ]);
    // Only `up` has runs that diverge, so only it has a median turn.
    expect(lines.filter((l) => l.startsWith('first turn that differs'))).toEqual([
      'first turn that differs, over the 3 that do: median 2 (5th-95th percentile 1-3; 0: the start)',
    ]);
  });

  it('gives each key outcome the share of pairs in which it flips, and which way', () => {
    const kabul = table(['baseline', 'up', 'same']).filter((l) => l.startsWith('Kabul falls'));
    expect(kabul).toHaveLength(2);
    expect(kabul[0]).toMatch(/^Kabul falls \(kabul_fallen\)\s+33\.3% \[6\.2%, 79\.2%\]\s+1\s+0$/);
    expect(kabul[1]).toMatch(/^Kabul falls \(kabul_fallen\)\s+0\.0% \[0\.0%, 56\.1%\]\s+0\s+0$/);
  });
});
