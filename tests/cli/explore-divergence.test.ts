import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  expectSuccess,
  greatgame,
  greatgameMany,
  parseStdout,
  type Result,
  SCENARIO,
  tempDir,
} from './helpers.ts';

const temp = tempDir();
/**
 * 24 seeds of three variants: us-stays differs from the first turn and keeps Kabul from falling;
 * early-recognition differs later, and only in some of its outcomes.
 */
const sweep = [
  'explore',
  '--scenario',
  SCENARIO,
  '--variants',
  'baseline,us-stays,early-recognition',
  '--runs',
  '24',
  '--first-seed',
  '100',
];
const shard = (k: number) => temp.file(`shard-${k}.json`);

const Report = z.object({
  divergence: z.record(
    z.string(),
    z.object({
      pairs: z.number(),
      never: z.object({ mean: z.number() }),
      firstTurn: z.object({ median: z.number().nullable(), n: z.number() }),
      flips: z.record(
        z.string(),
        z.object({ mean: z.number(), low: z.number(), gained: z.number(), lost: z.number() }),
      ),
    }),
  ),
});

let oneWorker: Result;
let twoWorkers: Result;
let table: Result;
let merged: Result;

beforeAll(async () => {
  // Worker threads are what is tested here, so these run as separate processes, side by side.
  [oneWorker, twoWorkers] = await Promise.all([
    greatgame([...sweep, '--json', '--workers', '1'], temp.dir),
    greatgame([...sweep, '--json', '--workers', '2'], temp.dir),
  ]);
  const shards = [1, 2, 3, 4].map((k) => [
    ...sweep,
    '--workers',
    '1',
    '--shard',
    `${k}/4`,
    '--out',
    shard(k),
  ]);
  const results = await greatgameMany(
    [[...sweep, '--workers', '1'], ...shards, ['merge', shard(3), shard(1), shard(4), shard(2), '--json']],
    temp.dir,
  );
  table = results[0] as Result;
  for (const result of results.slice(1, 5)) expectSuccess(result as Result);
  merged = results[5] as Result;
}, 120_000);
afterAll(() => temp.remove());

describe('explore: when and how each variant diverges from the reference', () => {
  it('finds that keeping the US in Afghanistan diverges at once and keeps Kabul from falling', () => {
    expectSuccess(oneWorker);
    const { divergence } = parseStdout(oneWorker, Report);
    expect(Object.keys(divergence)).toEqual(['us-stays', 'early-recognition']);
    const usStays = divergence['us-stays'];
    expect(usStays).toMatchObject({ pairs: 24, never: { mean: 0 }, firstTurn: { median: 1, n: 24 } });
    expect(usStays?.flips.kabul_fallen?.lost).toBeGreaterThan(0);
    expect(usStays?.flips.kabul_fallen?.low).toBeGreaterThan(0);
    expect(usStays?.flips.kabul_fallen?.gained).toBe(0);
    // Recognising the Emirate early is a later turn's choice: the runs agree until then.
    expect(divergence['early-recognition']?.firstTurn.median).toBeGreaterThan(1);
    expect(divergence['early-recognition']?.flips.emirate_recognized?.gained).toBeGreaterThan(0);
  });

  it('gives the same bytes in two worker threads as in one', () => {
    expectSuccess(twoWorkers);
    expect(twoWorkers.stdout).toBe(oneWorker.stdout);
  });

  it('gives the same bytes from four shards merged as from one run', () => {
    expectSuccess(merged);
    expect(merged.stdout).toBe(oneWorker.stdout);
  });

  it("prints, under each variant's block, the share that never diverges, the median turn and the flips", () => {
    expectSuccess(table);
    const lines = table.stdout.split('\n');
    expect(lines).toContain(
      'diverges from baseline on the same seed: never in 0.0% [0.0%, 13.8%] of the runs',
    );
    expect(lines).toContain(
      'first turn that differs, over the 24 that do: median 1 (5th-95th percentile 1-1; 0: the start)',
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^key outcome\s+flips \[95% interval\]\s+gained\s+lost$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^Kabul falls \(kabul_fallen\)\s+\d+\.\d% \[\d+\.\d%, \d+\.\d%\]\s+0\s+\d+$/),
    );
    expect(
      lines.filter((l) => l.startsWith('the US keeps a base in Central Asia (us_base_central_asia)')),
    ).toHaveLength(2);
  });
});
