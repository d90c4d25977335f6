import jstat from 'jstat';

/** Rounds to two decimals, as every figure the summaries print is rounded. */
export const round2 = (x: number) => Math.round(x * 100) / 100;

export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / (values.length || 1);
}

/** The sample standard deviation (n - 1); 0 for fewer than two values. */
export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1));
}

/** The values in ascending order, in a typed array: its sort is numeric and, for a million runs, fast. */
const ascending = (values: readonly number[]) => Float64Array.from(values).sort();

/** The nearest-rank percentile of values already in ascending order. */
const rankIn = (sorted: Float64Array, p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

/** The smallest value with at least `p` percent of the values at or below it (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  return rankIn(ascending(values), p);
}

/** How a list of values is spread: mean, standard deviation, 5th and 95th percentiles. */
export interface Spread {
  mean: number;
  sd: number;
  p5: number;
  p95: number;
}

export function spreadOf(values: readonly number[]): Spread {
  const sorted = ascending(values);
  return {
    mean: round2(mean(values)),
    sd: round2(standardDeviation(values)),
    p5: rankIn(sorted, 5),
    p95: rankIn(sorted, 95),
  };
}

/** The mean paired difference of a variant from a baseline, with its 95% confidence interval. */
export interface PairedDifference {
  mean: number;
  low: number;
  high: number;
  n: number;
}

/**
 * Paired comparison: the same seeds under both variants (per-purpose streams keep the draws aligned), the
 * difference per seed, and a 95% interval of its mean from Student's t, which is wide for a few seeds and near
 * the normal 1.96 for hundreds. Needs at least two pairs. Metrics keep the order of `base`'s keys.
 */
export function pairedDifferences(
  base: readonly Record<string, number>[],
  alt: readonly Record<string, number>[],
): Record<string, PairedDifference> {
  const n = base.length;
  if (n < 2) throw new Error(`a paired difference needs at least 2 pairs, got ${n}`);
  const t = jstat.jStat.studentt.inv(0.975, n - 1);
  const out: Record<string, PairedDifference> = {};
  for (const name of Object.keys(base[0] ?? {})) {
    const diffs = base.map((b, i) => (alt[i]?.[name] ?? 0) - (b[name] ?? 0));
    const m = mean(diffs);
    const half = (t * standardDeviation(diffs)) / Math.sqrt(n);
    out[name] = { mean: round2(m), low: round2(m - half), high: round2(m + half), n };
  }
  return out;
}

/** A 95% interval, with the same names as a paired difference: the mean (or share), its bounds, the count. */
export type Interval = PairedDifference;

/**
 * The mean of the values with its 95% interval from Student's t. Values that all agree give an interval of
 * width zero. Needs at least two values.
 */
export function meanInterval(values: readonly number[]): Interval {
  const n = values.length;
  if (n < 2) throw new Error(`an interval of a mean needs at least 2 values, got ${n}`);
  const t = jstat.jStat.studentt.inv(0.975, n - 1);
  const m = mean(values);
  const half = (t * standardDeviation(values)) / Math.sqrt(n);
  return { mean: round2(m), low: round2(m - half), high: round2(m + half), n };
}

/** Rounds a share to four decimals (a hundredth of a percentage point). */
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * The share of `hits` among `n` with its 95% Wilson score interval, which stays inside [0, 1] and is not empty
 * when every run or none agrees (the normal interval would shrink to a point at 0 or 1).
 */
export function wilsonInterval(hits: number, n: number): Interval {
  if (n < 1 || hits < 0 || hits > n)
    throw new Error(`a share needs 0 <= hits <= n and n >= 1, got ${hits}/${n}`);
  const z = jstat.jStat.normal.inv(0.975, 0, 1);
  const p = hits / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return {
    mean: round4(p),
    low: round4(Math.max(0, centre - half)),
    high: round4(Math.min(1, centre + half)),
    n,
  };
}
