import { describe, expect, it } from 'vitest';
import {
  meanInterval,
  pairedDifferences,
  percentile,
  spreadOf,
  standardDeviation,
  wilsonInterval,
} from '../../game/analysis/statistics.ts';

describe('the statistics explore and the variant checks rest on', () => {
  it('takes the sample standard deviation (n - 1), and 0 for a single value', () => {
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.138, 3);
    expect(standardDeviation([5])).toBe(0);
  });

  it('takes percentiles by nearest rank: the smallest value with p percent at or below it', () => {
    const values = [15, 20, 35, 40, 50];
    expect(percentile(values, 5)).toBe(15);
    expect(percentile(values, 40)).toBe(20);
    expect(percentile(values, 95)).toBe(50);
    // The rank rounds up: 41% of ten values is 4.1 values, so the 5th value is the first with 41% at or below
    // it (rounding 4.1 to the nearest rank would give the 4th, which has only 40% at or below it).
    const tens = [100, 10, 90, 20, 80, 30, 70, 40, 60, 50];
    expect(percentile(tens, 41)).toBe(50);
    expect(percentile(tens, 40)).toBe(40);
    expect(percentile(tens, 0)).toBe(10);
    expect(percentile(tens, 100)).toBe(100);
    expect(spreadOf(values)).toEqual({ mean: 32, sd: 14.4, p5: 15, p95: 50 });
  });

  it("gives a paired difference Student's t interval: wide for two pairs, near the normal 1.96 for hundreds", () => {
    // Differences 1 and 3: mean 2, sd 1.414, t(0.975, 1) = 12.706, half-width 12.706 * 1.414 / sqrt(2) = 12.71.
    const two = pairedDifferences([{ x: 0 }, { x: 0 }], [{ x: 1 }, { x: 3 }]).x;
    expect(two).toEqual({ mean: 2, low: -10.71, high: 14.71, n: 2 });
    const base = Array.from({ length: 400 }, () => ({ x: 0 }));
    const alt = base.map((_, i) => ({ x: i % 2 === 0 ? 1 : 3 }));
    const many = pairedDifferences(base, alt).x;
    // sd 1.0013, t(0.975, 399) = 1.966: half-width 0.098.
    expect(many).toEqual({ mean: 2, low: 1.9, high: 2.1, n: 400 });
  });

  it('refuses a paired difference of one pair, which has no spread to speak of', () => {
    expect(() => pairedDifferences([{ x: 0 }], [{ x: 1 }])).toThrow('at least 2 pairs');
  });

  it('keeps the metrics in the order the runs list them', () => {
    const d = pairedDifferences(
      [
        { z: 1, a: 1 },
        { z: 2, a: 2 },
      ],
      [
        { z: 1, a: 1 },
        { z: 2, a: 2 },
      ],
    );
    expect(Object.keys(d)).toEqual(['z', 'a']);
  });
});

describe('the intervals branch reports (issue 14)', () => {
  it("gives a mean Student's t interval: 1, 2, 3 is 2 with t(0.975, 2) = 4.303 times 1/sqrt(3)", () => {
    expect(meanInterval([1, 2, 3])).toEqual({ mean: 2, low: -0.48, high: 4.48, n: 3 });
  });

  it('collapses to the value when every run agrees', () => {
    expect(meanInterval([40, 40, 40, 40])).toEqual({ mean: 40, low: 40, high: 40, n: 4 });
  });

  it('needs two values for an interval', () => {
    expect(() => meanInterval([1])).toThrow(/at least 2/);
  });

  it('gives a share its Wilson interval: 5 of 10 is 50% [23.66%, 76.34%]', () => {
    expect(wilsonInterval(5, 10)).toEqual({ mean: 0.5, low: 0.2366, high: 0.7634, n: 10 });
  });

  it('keeps a width when every run or none agrees, inside 0 to 1', () => {
    expect(wilsonInterval(0, 10)).toEqual({ mean: 0, low: 0, high: 0.2775, n: 10 });
    expect(wilsonInterval(200, 200)).toEqual({ mean: 1, low: 0.9812, high: 1, n: 200 });
  });

  it('refuses a share that cannot be', () => {
    expect(() => wilsonInterval(3, 2)).toThrow();
    expect(() => wilsonInterval(0, 0)).toThrow();
  });
});
