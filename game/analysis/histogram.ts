/**
 * Histograms of a metric's final values under each variant, with bins shared by every variant so that they can
 * be overlaid. The bins depend only on the values (their least and greatest), not on their order or on who
 * played them, so a sweep played in the page and the CSV the CLI wrote for the same seeds give the same bins
 * and the same counts.
 */

/** At most this many bins: about 16 px each on a chart 390 px wide. */
export const MAX_BINS = 20;

export interface Histogram {
  /** Bin i holds the values v with edges[i] <= v < edges[i + 1]: one edge more than bins. */
  edges: number[];
  /** variant -> how many of its runs fall in each bin (as many numbers as bins). */
  counts: Record<string, number[]>;
}

/** The widths tried, smallest first: 1, 2 and 5 times each power of ten from the one at or below `raw`. */
function* niceWidths(raw: number): Generator<number> {
  for (let power = 10 ** Math.floor(Math.log10(raw)); ; power *= 10)
    for (const m of [1, 2, 5]) if (m * power >= raw * (1 - 1e-12)) yield edge(m * power);
}

/** A number with the float noise of sums and products taken off (0.30000000000000004 -> 0.3). */
const edge = (x: number) => Number(x.toPrecision(12));

/**
 * The histogram of `byVariant` (variant -> its runs' values, in any order), in the variants' order. Its bins
 * share one width, the smallest of 1, 2 or 5 times a power of ten (a whole number for whole-number metrics)
 * that covers every value in at most MAX_BINS bins, the first starting at a multiple of the width at or below
 * the least value. Each bin holds the values v with edges[i] <= v < edges[i + 1].
 */
export function histogramOf(byVariant: ReadonlyMap<string, readonly number[]>): Histogram {
  const all = [...byVariant.values()].flat();
  if (all.some((v) => !Number.isFinite(v))) throw new Error('a histogram needs finite values');
  const counts: Record<string, number[]> = {};
  if (all.length === 0) {
    for (const variant of byVariant.keys()) counts[variant] = [];
    return { edges: [], counts };
  }
  // A loop, not Math.min(...all): a sweep of 400,000 games has more values than a call takes arguments.
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const v of all) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  const whole = all.every(Number.isInteger);
  const raw = Math.max((high - low) / MAX_BINS, whole ? 1 : Math.abs(high) * 1e-9 || 1e-9);
  let width = 1;
  let start = 0;
  let bins = 1;
  for (const w of niceWidths(raw)) {
    width = w;
    start = edge(Math.floor(low / w) * w);
    bins = Math.floor(edge((high - start) / w)) + 1;
    if (bins <= MAX_BINS) break;
  }
  const edges = Array.from({ length: bins + 1 }, (_, i) => edge(start + i * width));
  for (const [variant, values] of byVariant) {
    const row = new Array<number>(bins).fill(0);
    for (const v of values) {
      // The index by division, then checked against the edges themselves, so that v and its bin always agree.
      let i = Math.min(Math.max(Math.floor(edge((v - start) / width)), 0), bins - 1);
      while (i > 0 && v < (edges[i] ?? 0)) i--;
      while (i < bins - 1 && v >= (edges[i + 1] ?? 0)) i++;
      row[i] = (row[i] ?? 0) + 1;
    }
    counts[variant] = row;
  }
  return { edges, counts };
}

/** What a histogram needs of a run: its variant and final metrics (explore's RunOutcome has them). */
export interface MetricRun {
  variant: string;
  metrics: Record<string, number>;
}

/** Every metric's histogram over the runs, variants in `variants`' order, metrics in the first run's order. */
export function histogramsOf(
  variants: readonly string[],
  runs: readonly MetricRun[],
): Record<string, Histogram> {
  const metrics = Object.keys(runs[0]?.metrics ?? {});
  const result: Record<string, Histogram> = {};
  for (const metric of metrics) {
    const byVariant = new Map(variants.map((v) => [v, [] as number[]]));
    for (const run of runs) byVariant.get(run.variant)?.push(run.metrics[metric] ?? 0);
    result[metric] = histogramOf(byVariant);
  }
  return result;
}
