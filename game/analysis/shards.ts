/** A contiguous range of seeds, both ends included. */
export interface SeedRange {
  first: number;
  last: number;
}

/** Which of how many slices of a sweep: `--shard 2/4` is `{index: 2, count: 4}`, index from 1. */
export interface ShardId {
  index: number;
  count: number;
}

/** A distribution and a paired difference need at least two runs of each variant. */
export const MIN_SWEEP_RUNS = 2;
/**
 * The most seeds per variant in a sharded sweep. Each shard keeps only its own runs, but `merge` keeps every run
 * of the sweep: 2,000,000 runs merged within a 1.5 GB heap (measured), so this many need about 8 GB
 * (docs/sweeps.md).
 */
export const MAX_SWEEP_RUNS = 10_000_000;

export const runsOf = (range: SeedRange) => range.last - range.first + 1;

/**
 * The seeds shard K of N plays: the K-th of N contiguous blocks of the sweep's seeds, in order, the first
 * `runs mod N` blocks one seed longer than the others. So the blocks cover every seed once, and a shard plays
 * exactly the runs the unsharded sweep plays for its seeds (a run depends only on its variant and seed).
 * Needs 1 <= K <= N <= runs, so that no block is empty.
 */
export function shardSeeds(sweep: SeedRange, shard: ShardId): SeedRange {
  const runs = runsOf(sweep);
  const base = Math.floor(runs / shard.count);
  const longer = runs % shard.count;
  const before = shard.index - 1;
  const first = sweep.first + before * base + Math.min(before, longer);
  const size = base + (shard.index <= longer ? 1 : 0);
  return { first, last: first + size - 1 };
}

/** The seeds of a range, in order. */
export const seedsOf = (range: SeedRange) => Array.from({ length: runsOf(range) }, (_, i) => range.first + i);
