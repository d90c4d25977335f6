import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  expectCleanFailure,
  expectSuccess,
  greatgame,
  greatgameMany,
  INDICATOR_NAMES,
  messageLines,
  parseStdout,
  type Result,
  RunReport,
  SCENARIO,
  tempDir,
} from './helpers.ts';

const temp = tempDir();
const base = [
  'explore',
  '--scenario',
  SCENARIO,
  '--variants',
  'baseline,us-stays',
  '--runs',
  '12',
  '--first-seed',
  '40',
];

const Summary = z.strictObject({
  mean: z.number(),
  sd: z.number(),
  p5: z.number().int(),
  p95: z.number().int(),
});
const Difference = z.strictObject({
  mean: z.number(),
  low: z.number(),
  high: z.number(),
  n: z.number().int(),
});
const Share = z.strictObject({
  mean: z.number().min(0).max(1),
  low: z.number().min(0).max(1),
  high: z.number().min(0).max(1),
  n: z.number().int(),
});
const Turn = z.number().int().min(0).nullable();
const Divergence = z.strictObject({
  pairs: z.number().int(),
  never: Share,
  firstTurn: z.strictObject({ median: Turn, p5: Turn, p95: Turn, n: z.number().int() }),
  flips: z.record(
    z.string(),
    Share.extend({ gained: z.number().int().min(0), lost: z.number().int().min(0) }),
  ),
});
/** The `explore --json` object, written apart from the code that makes it. */
const ExploreReport = z.strictObject({
  scenario: z.string(),
  variants: z.array(z.string()).min(1),
  reference: z.string(),
  runs: z.number().int().positive(),
  seeds: z.strictObject({ first: z.number().int(), last: z.number().int() }),
  withoutSource: z.array(z.string()),
  metrics: z.record(z.string(), z.record(z.string(), Summary)),
  differences: z.record(z.string(), z.record(z.string(), Difference)),
  divergence: z.record(z.string(), Divergence),
});

let inProcess: Result;
let inWorkers: Result;
let table: Result;
let withCsv: Result;
let runOfSeed: Result;

beforeAll(async () => {
  [inProcess, inWorkers, table, withCsv, runOfSeed] = await Promise.all([
    greatgame([...base, '--json', '--workers', '1'], temp.dir),
    greatgame([...base, '--json', '--workers', '2'], temp.dir),
    greatgame([...base, '--workers', '1'], temp.dir),
    greatgame([...base, '--workers', '1', '--csv', temp.file('runs.csv'), '--json'], temp.dir),
    greatgame(['run', '--scenario', SCENARIO, '--variant', 'us-stays', '--seed', '45', '--json'], temp.dir),
  ]);
});
afterAll(() => temp.remove());

describe('greatgame explore', () => {
  it('summarises every final indicator and actor score under each variant, on the same seeds', () => {
    expectSuccess(inProcess);
    const report = parseStdout(inProcess, ExploreReport);
    expect(report).toMatchObject({
      scenario: SCENARIO,
      variants: ['baseline', 'us-stays'],
      reference: 'baseline',
      runs: 12,
      seeds: { first: 40, last: 51 },
    });
    for (const name of [...INDICATOR_NAMES, 'score:russia', 'score:taliban'])
      expect(Object.keys(report.metrics[name] ?? {}), name).toEqual(['baseline', 'us-stays']);
    expect(Object.keys(report.differences)).toEqual(['us-stays']);
    expect(report.differences['us-stays']?.us_presence_afghanistan?.n).toBe(12);
    expect(Object.keys(report.divergence)).toEqual(['us-stays']);
    expect(Object.keys(report.divergence['us-stays']?.flips ?? {})).toEqual([
      'kabul_fallen',
      'us_base_central_asia',
      'emirate_recognized',
    ]);
  });

  it('gives the same answer in worker threads as in one process', () => {
    expectSuccess(inWorkers);
    expect(inWorkers.stdout).toBe(inProcess.stdout);
  });

  it('prints a table with a line per metric, the difference from the reference and its interval', () => {
    expectSuccess(table);
    const lines = table.stdout.split('\n');
    expect(lines[0]).toBe(
      `explore ${SCENARIO}: 12 runs per variant on seeds 40-51, each variant against baseline on the same seeds`,
    );
    expect(lines).toContain('us-stays against baseline');
    expect(lines).toContainEqual(expect.stringMatching(/^metric\s+baseline\s+us-stays\s+difference$/));
    // The US staying keeps US forces in Afghanistan on every seed: the interval excludes zero.
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^us_presence_afghanistan\s+0\.0 \(0-0\)\s+[\d.]+ \(\d+-\d+\)\s+\+[\d.]+ \[[\d.]+, [\d.]+\] \*$/,
      ),
    );
  });

  it('writes every run as CSV, and any run can be played again by its seed to the same final hash', () => {
    expectSuccess(withCsv);
    expect(withCsv.stdout).toBe(inProcess.stdout);
    const [header, ...rows] = readFileSync(temp.file('runs.csv'), 'utf8').trimEnd().split('\n');
    expect(header?.split(',').slice(0, 6)).toEqual([
      'scenario',
      'variant',
      'seed',
      'without_source',
      'hash',
      'humanitarian_need',
    ]);
    expect(header?.split(',').slice(-4)).toEqual([
      'diverged_at',
      'kabul_fallen',
      'us_base_central_asia',
      'emirate_recognized',
    ]);
    expect(rows).toHaveLength(24);
    // The reference never diverges from itself; us-stays differs from the baseline from its first turn.
    expect(
      rows
        .find((r) => r.startsWith(`${SCENARIO},baseline,45,,`))
        ?.split(',')
        .at(-4),
    ).toBe('');
    expect(
      rows
        .find((r) => r.startsWith(`${SCENARIO},us-stays,45,,`))
        ?.split(',')
        .at(-4),
    ).toBe('1');
    const row = rows.find((r) => r.startsWith(`${SCENARIO},us-stays,45,,`))?.split(',');
    const run = parseStdout(runOfSeed, RunReport);
    expect(row?.[4]).toBe(run.turns[run.turns.length - 1]?.hash);
    const column = header?.split(',').indexOf('taliban_territory') ?? -1;
    expect(Number(row?.[column])).toBe(run.final.indicators.taliban_territory);
  });
});

/** Each refusal's command line and what its message must say. */
const refusals: [string[], RegExp][] = [
  [['--variants', 'baseline,martians-land'], /martians-land/],
  [['--variants', 'baseline,baseline'], /'baseline' is listed twice/],
  [['--variants', 'baseline,'], /an empty variant id/],
  [['--variants', 'baseline,poppy-ban-fails'], /poppy-ban-fails.*emirate-2022/],
  [['--runs', '0'], /--runs.*positive integer/],
  [['--runs', '1'], /--runs 1: a distribution needs at least 2 runs/],
  [['--variants', 'baseline,us-stays+'], /'us-stays\+' has an empty variant id/],
  [['--variants', 'baseline', '--csv', ''], /an empty file name/],
  [
    [
      '--runs',
      '100000',
      '--variants',
      'baseline,us-stays,early-recognition,tajik-escalation,strong-resistance',
    ],
    /500000 games; at most 400000/,
  ],
  [['--runs', '100001'], /at most 100000 runs/],
  [['--workers', 'two'], /--workers.*positive integer/],
  [['--workers', '65'], /--workers 65: at most 64/],
  [['--first-seed', '-3'], /--first-seed/],
  [['--scenario', 'atlantis-1900'], /atlantis-1900/],
];

describe('greatgame explore refuses bad input before playing anything', () => {
  // What explore says to each: all of them in one process (greatgameMany), for none of them is about the bin.
  let refused: Result[];
  let unwritable: Result;
  let overFolder: Result;
  beforeAll(async () => {
    mkdirSync(temp.file('a-folder'));
    const [first, second, ...rest] = await greatgameMany(
      [
        [
          'explore',
          '--scenario',
          SCENARIO,
          '--runs',
          '100000',
          '--workers',
          '1',
          '--csv',
          temp.file('missing/runs.csv'),
        ],
        [...base, '--workers', '1', '--csv', temp.file('a-folder')],
        ...refusals.map(([args]) => [
          'explore',
          '--scenario',
          SCENARIO,
          '--runs',
          '3',
          '--workers',
          '1',
          ...args,
        ]),
      ],
      temp.dir,
    );
    [unwritable, overFolder, refused] = [first!, second!, rest];
  });

  it.each(refusals.map(([args, message], index) => [args, message, index] as const))(
    '%j',
    (_args, message, index) => {
      const result = refused[index]!;
      expectCleanFailure(result, 2);
      expect(messageLines(result).join('\n')).toMatch(message);
    },
  );

  it('finds a CSV it cannot write before playing (100,000 runs would take minutes), and leaves nothing', () => {
    expectCleanFailure(unwritable, 2);
    expect(unwritable.stderr).toMatch(/cannot write .*missing\/runs\.csv: no such folder/);
    expect(existsSync(temp.file('missing'))).toBe(false);
    expect(readdirSync(temp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to write the CSV over a folder', () => {
    expectCleanFailure(overFolder, 2);
    expect(overFolder.stderr).toMatch(/a-folder: it is not a regular file/);
  });
});

describe('greatgame explore --csv through a symbolic link', () => {
  it('writes the file the link names and keeps the link', async () => {
    writeFileSync(temp.file('real.csv'), 'old\n');
    symlinkSync(temp.file('real.csv'), temp.file('link.csv'));
    const result = await greatgame(
      [...base, '--workers', '1', '--json', '--csv', temp.file('link.csv')],
      temp.dir,
    );
    expectSuccess(result);
    expect(lstatSync(temp.file('link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(temp.file('real.csv'), 'utf8')).toMatch(/^scenario,variant,seed,/);
  });
});
