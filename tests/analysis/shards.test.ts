import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExplorePlan, RunOutcome } from '../../game/analysis/explore.ts';
import { type ShardFile, shardFileOf, shardVersionProblem } from '../../game/analysis/shard-file.ts';
import { mergeShards, type ShardPart, shardPart } from '../../game/analysis/shard-merge.ts';
import { runsOf, seedsOf, shardSeeds } from '../../game/analysis/shards.ts';

describe('shard K of N: the K-th of N contiguous blocks of the seeds', () => {
  it('gives 42 seeds in 4 shards as 11, 11, 10 and 10 seeds, in order', () => {
    const sweep = { first: 3, last: 44 };
    expect([1, 2, 3, 4].map((index) => shardSeeds(sweep, { index, count: 4 }))).toEqual([
      { first: 3, last: 13 },
      { first: 14, last: 24 },
      { first: 25, last: 34 },
      { first: 35, last: 44 },
    ]);
  });

  it('covers every seed of any sweep exactly once, in order, in blocks that differ by at most one seed', () => {
    // fast-check with a fixed seed: 100 sweeps of up to 10,000 seeds anywhere in the safe range, 1 to 100 shards.
    fc.assert(
      fc.property(
        fc.nat({ max: Number.MAX_SAFE_INTEGER - 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 100 }),
        (first, runs, wanted) => {
          const count = Math.min(wanted, runs);
          const sweep = { first, last: first + runs - 1 };
          const blocks = Array.from({ length: count }, (_, i) => shardSeeds(sweep, { index: i + 1, count }));
          expect(blocks[0]?.first).toBe(sweep.first);
          expect(blocks[count - 1]?.last).toBe(sweep.last);
          for (const [i, block] of blocks.entries()) {
            expect(runsOf(block)).toBeGreaterThanOrEqual(1);
            if (i > 0) expect(block.first).toBe((blocks[i - 1]?.last ?? 0) + 1);
          }
          const sizes = blocks.map(runsOf);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        },
      ),
      { seed: 20260901, numRuns: 100 },
    );
  });
});

/** A sweep of two variants with two metrics, made up (no game is played): enough to check the bookkeeping. */
const sweep = { first: 1, last: 10 };
const variants = ['baseline', 'us-stays'];
const outcome = (variant: string, seed: number): RunOutcome => ({
  variant,
  seed,
  hash: seed.toString(16).padStart(16, '0'),
  metrics: { peace_process: seed * 3, 'score:russia': variant.length - seed },
  keyOutcomes: {
    kabul_fallen: seed % 3 === 0,
    us_base_central_asia: false,
    emirate_recognized: seed % 2 === 0,
  },
  divergedAt: variant === 'baseline' ? null : seed % 4 === 0 ? null : seed % 5,
});

/** Shard K of N of the sweep as explore writes it, its outcomes handed over in a scrambled order. */
function shard(index: number, count: number): ShardFile {
  const slice = shardSeeds(sweep, { index, count });
  const plan: ExplorePlan = {
    scenario: 'withdrawal-2021',
    variants,
    seeds: seedsOf(slice),
    withoutSource: [],
  };
  const outcomes = variants.flatMap((v) => plan.seeds.map((s) => outcome(v, s))).reverse();
  return shardFileOf({
    plan,
    outcomes,
    sweep,
    shard: { index, count },
    engineVersion: '0.2.0',
    scenarioHashes: { baseline: '0123456789abcdef', 'us-stays': 'fedcba9876543210' },
  });
}

function part(name: string, file: ShardFile): ShardPart {
  const checked = shardPart(name, file);
  if (!checked.ok) throw new Error(checked.reason);
  return checked.part;
}

describe('merging shard files', () => {
  it('writes a shard in plan order, whatever order its runs finished in', () => {
    const file = shard(2, 3);
    expect(file.shard).toEqual({ index: 2, count: 3, first: 5, last: 7 });
    expect(file.metrics).toEqual(['peace_process', 'score:russia']);
    expect(file.runs.map((r) => `${r.variant}:${r.seed}`)).toEqual([
      'baseline:5',
      'baseline:6',
      'baseline:7',
      'us-stays:5',
      'us-stays:6',
      'us-stays:7',
    ]);
  });

  it('gives back the plan and every outcome of the unsharded sweep, from the files in any order', () => {
    const merged = mergeShards([part('c', shard(3, 3)), part('a', shard(1, 3)), part('b', shard(2, 3))]);
    if (!merged.ok) throw new Error(merged.reason);
    expect(merged.plan).toEqual({
      scenario: 'withdrawal-2021',
      variants,
      seeds: seedsOf(sweep),
      withoutSource: [],
    });
    const key = (o: RunOutcome) => `${o.variant}:${o.seed}`;
    const expected = variants.flatMap((v) => seedsOf(sweep).map((s) => outcome(v, s)));
    expect([...merged.outcomes].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      expected.sort((a, b) => key(a).localeCompare(key(b))),
    );
  });

  it('refuses a file whose runs are not its slice', () => {
    const file = shard(1, 3);
    const checked = shardPart('a', { ...file, runs: file.runs.slice(1) });
    expect(checked).toMatchObject({ ok: false, file: 'a', reason: expect.stringMatching(/^runs: 7 runs/) });
    const moved = shardPart('a', { ...file, shard: { ...file.shard, last: 5 } });
    expect(moved).toMatchObject({
      reason: 'shard 1/3 of seeds 1-10 is seeds 1-4, but the file says seeds 1-5',
    });
  });

  it('refuses a shard of another sweep, naming what differs', () => {
    const other = { ...shard(2, 3), engineVersion: '0.3.0' };
    expect(mergeShards([part('a', shard(1, 3)), part('b', other)])).toEqual({
      ok: false,
      file: 'b',
      reason: 'from another sweep: engine version 0.3.0 here, 0.2.0 in a',
    });
  });

  it('refuses two files of one shard, and says which shards are missing', () => {
    expect(mergeShards([part('a', shard(1, 3)), part('b', shard(1, 3))])).toMatchObject({
      file: 'b',
      reason: 'overlaps a: both are shard 1/3 (seeds 1-4)',
    });
    expect(mergeShards([part('b', shard(2, 3))])).toMatchObject({
      file: null,
      reason:
        "missing shards 1/3 (seeds 1-4), 3/3 (seeds 8-10): only 1 of the 3 shards of b's sweep were given",
    });
  });

  it("keeps each run's key outcomes and divergence, and refuses a file with other key outcomes", () => {
    const file = shard(1, 3);
    expect(file.keyOutcomes).toEqual(['kabul_fallen', 'us_base_central_asia', 'emirate_recognized']);
    // Seed 3: Kabul fallen, no recognition; us-stays diverges at turn 3 (seed mod 5).
    expect(file.runs.find((r) => r.variant === 'us-stays' && r.seed === 3)).toMatchObject({
      set: 0b001,
      divergedAt: 3,
    });
    const extraBit = { ...file, runs: file.runs.map((r, i) => (i === 2 ? { ...r, set: 0b1000 } : r)) };
    expect(shardPart('a', extraBit)).toMatchObject({
      reason: 'runs[2]: set 8 has bits beyond the 3 key outcomes',
    });
    const renamed = shardPart('a', {
      ...file,
      keyOutcomes: ['kabul_fallen', 'poppy_ban', 'emirate_recognized'],
    });
    expect(renamed).toMatchObject({
      ok: false,
      reason:
        'keyOutcomes: expected kabul_fallen, us_base_central_asia, emirate_recognized, found kabul_fallen, poppy_ban, emirate_recognized',
    });
  });

  it('refuses a version 1 file, which has no divergence to merge, and says what to do', () => {
    expect(shardVersionProblem({ ...shard(1, 3), version: 1 })).toMatch(
      /^is shard format version 1, from an older greatgame: .* play its sweep's shards again$/,
    );
    expect(shardVersionProblem(shard(1, 3))).toBeNull();
  });
});
