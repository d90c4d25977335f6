import { describe, expect, it } from 'vitest';
import { finalIndicators } from '../../game/analysis/distribution.ts';
import { pairedDifferences } from '../../game/analysis/statistics.ts';
import { library, shipped } from '../helpers/shipped.ts';

/**
 * Each variant declares which indicators it should move up or down. Over 200 paired seeds (the same seed
 * under baseline and variant), the 95% interval of the mean paired difference must exclude zero in each
 * declared direction.
 */
const SEEDS = Array.from({ length: 200 }, (_, i) => 5000 + i);
const baselines = new Map<string, Record<string, number>[]>();
const baselineOf = (scenario: string) => {
  let finals = baselines.get(scenario);
  if (!finals) {
    finals = finalIndicators(shipped, scenario, 'baseline', SEEDS);
    baselines.set(scenario, finals);
  }
  return finals;
};

const cases = [...library.variants.values()]
  .sort((a, b) => (a.id < b.id ? -1 : 1))
  .flatMap((v) => v.appliesTo.map((scenario) => [`${v.id} in ${scenario}`, v, scenario] as const));

describe('the variants do what they say', () => {
  it('there are at least ten variants, each applying somewhere and expecting something', () => {
    expect(library.variants.size).toBeGreaterThanOrEqual(10);
    for (const v of library.variants.values()) expect(Object.keys(v.expect).length, v.id).toBeGreaterThan(0);
  });

  it.each(cases)('%s', (_label, variant, scenario) => {
    const differences = pairedDifferences(
      baselineOf(scenario),
      finalIndicators(shipped, scenario, variant.id, SEEDS),
    );
    const wrong = Object.entries(variant.expect)
      .filter(([name, direction]) => {
        const d = differences[name];
        return !d || (direction === 'up' ? d.low <= 0 : d.high >= 0);
      })
      .map(
        ([name, direction]) =>
          `${name} should go ${direction}: mean ${differences[name]?.mean}, 95% CI [${differences[name]?.low}, ${differences[name]?.high}]`,
      );
    expect(wrong).toEqual([]);
  });
});
