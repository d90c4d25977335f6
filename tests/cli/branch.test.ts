import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ACTORS,
  expectCleanFailure,
  expectSuccess,
  greatgame,
  greatgameMany,
  messageLines,
  type Result,
  readJsonFile,
  recordGame,
  SCENARIO,
  tempDir,
  writeJson,
} from './helpers.ts';

/**
 * Issue 14, `greatgame branch REPLAY --turn T --runs N [--json]`: continuations of a recorded game from the
 * state after turn T, the rule tables playing every actor on paired seeds, compared with the recording.
 * The recording is a withdrawal-2021 game (11 turns) in which a person played Russia on two turns.
 */
const temp = tempDir();
const TURNS = 11;
const DECISIONS = [
  { turn: 1, actor: 'russia', action: 'convene_talks', target: null },
  { turn: 5, actor: 'russia', action: 'pass', target: null },
];

const Interval = z.strictObject({ mean: z.number(), low: z.number(), high: z.number(), n: z.number().int() });
/** The `branch --json` contract as the README and docs/branch.md write it, independently of the code. */
const BranchJson = z.strictObject({
  scenario: z.string(),
  variant: z.string(),
  seed: z.number().int(),
  withoutSource: z.array(z.string()),
  turn: z.number().int(),
  turns: z.number().int(),
  recordedTurns: z.number().int(),
  runs: z.number().int(),
  metrics: z.record(
    z.string(),
    z.strictObject({
      recorded: z.number(),
      continuations: Interval,
      spread: z.strictObject({ p5: z.number(), p95: z.number() }),
    }),
  ),
  flags: z.record(
    z.string(),
    z.strictObject({ recorded: z.union([z.boolean(), z.number(), z.string()]), asRecorded: Interval }),
  ),
});
type BranchJson = z.infer<typeof BranchJson>;

/** The CSV's rows as objects, keyed by its header. */
function csvRows(path: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const names = (header ?? '').split(',');
  return rows.map((row) => Object.fromEntries(row.split(',').map((cell, i) => [names[i] ?? '', cell])));
}

const parse = (result: Result): BranchJson => BranchJson.parse(JSON.parse(result.stdout));

let recorded: { final: { indicators: Record<string, number>; scores: Record<string, number> } };
let replayHashes: string[];
let atEnd: Result;
let fromThree: Result;
let fromThreeAgain: Result;
let text: Result;
let withForecasts: Result;
let three: Result;
let five: Result;
let fromSix: Result;
let fromStart: Result;

beforeAll(async () => {
  await recordGame(temp.dir, DECISIONS);
  const replay = readJsonFile(temp.file('game.json')) as Record<string, unknown> & { hashes: string[] };
  replayHashes = replay.hashes;
  writeJson(temp.file('forecasts.json'), {
    ...replay,
    forecasts: [
      { turn: 2, actor: 'russia', indicator: 'taliban_territory', direction: 'up', confidence: 70 },
    ],
  });
  const diverged = [...replay.hashes];
  diverged[4] = '0123456789abcdef';
  writeJson(temp.file('diverged.json'), { ...replay, hashes: diverged });
  let shown: Result;
  [shown, atEnd, fromThree, fromThreeAgain, text, withForecasts, three, five, fromSix, fromStart] =
    await greatgameMany(
      [
        ['replay', 'game.json', '--json'],
        ['branch', 'game.json', '--turn', String(TURNS), '--runs', '4', '--json', '--csv', 'end.csv'],
        ['branch', 'game.json', '--turn', '3', '--runs', '30', '--json'],
        ['branch', 'game.json', '--turn', '3', '--runs', '30', '--json'],
        ['branch', 'game.json', '--turn', '3', '--runs', '30'],
        ['branch', 'forecasts.json', '--turn', '3', '--runs', '30', '--json'],
        ['branch', 'game.json', '--turn', '3', '--runs', '3', '--json', '--csv', 'three.csv'],
        ['branch', 'game.json', '--turn', '3', '--runs', '5', '--json', '--csv', 'five.csv'],
        ['branch', 'game.json', '--turn', '6', '--runs', '5', '--json', '--csv', 'six.csv'],
        ['branch', 'game.json', '--turn', '0', '--runs', '5', '--json'],
      ],
      temp.dir,
    );
  expectSuccess(shown);
  recorded = JSON.parse(shown.stdout);
}, 120_000);

describe('greatgame branch: the comparison', () => {
  it('prints the JSON contract, with the recorded game as the reference', () => {
    expectSuccess(fromThree);
    const summary = parse(fromThree);
    expect(summary).toMatchObject({ scenario: SCENARIO, variant: 'baseline', seed: 7, withoutSource: [] });
    expect(summary).toMatchObject({ turn: 3, turns: TURNS, recordedTurns: TURNS, runs: 30 });
    const expected = {
      ...recorded.final.indicators,
      ...Object.fromEntries(ACTORS.map((a) => [`score:${a}`, recorded.final.scores[a]])),
    };
    expect(Object.fromEntries(Object.entries(summary.metrics).map(([m, v]) => [m, v.recorded]))).toEqual(
      expected,
    );
    for (const { continuations } of Object.values(summary.metrics)) {
      expect(continuations.n).toBe(30);
      expect(continuations.low).toBeLessThanOrEqual(continuations.mean);
      expect(continuations.high).toBeGreaterThanOrEqual(continuations.mean);
    }
    expect(Object.keys(summary.flags)).toEqual([
      'kabul_fallen',
      'us_base_central_asia',
      'emirate_recognized',
    ]);
    for (const { asRecorded } of Object.values(summary.flags)) {
      expect(asRecorded.n).toBe(30);
      expect(asRecorded.low).toBeGreaterThanOrEqual(0);
      expect(asRecorded.high).toBeLessThanOrEqual(1);
      expect(asRecorded.low).toBeLessThanOrEqual(asRecorded.mean);
      expect(asRecorded.high).toBeGreaterThanOrEqual(asRecorded.mean);
    }
  });

  it('the continuations from turn 3 are not the recorded game: the dice are fresh', () => {
    const summary = parse(fromThree);
    const spread = Object.values(summary.metrics).filter((m) => m.continuations.high > m.continuations.low);
    expect(spread.length).toBeGreaterThan(5);
    // Single games spread wider than their mean's interval: the one recorded game is read against the spread.
    for (const [metric, m] of Object.entries(summary.metrics)) {
      expect(m.spread.p5, metric).toBeLessThanOrEqual(m.continuations.low);
      expect(m.spread.p95, metric).toBeGreaterThanOrEqual(m.continuations.high);
    }
  });

  it('from the last turn nothing is left to play: every interval is the recorded value itself', () => {
    expectSuccess(atEnd);
    const summary = parse(atEnd);
    for (const [metric, m] of Object.entries(summary.metrics))
      expect(m.continuations, metric).toEqual({ mean: m.recorded, low: m.recorded, high: m.recorded, n: 4 });
    for (const [metric, m] of Object.entries(summary.metrics))
      expect(m.spread, metric).toEqual({ p5: m.recorded, p95: m.recorded });
    for (const f of Object.values(summary.flags)) expect(f.asRecorded.mean).toBe(1);
    // Each continuation ends on the recorded game's final hash.
    const rows = csvRows(temp.file('end.csv'));
    expect(rows.map((r) => r.hash)).toEqual(Array(4).fill(replayHashes[TURNS - 1]));
  });

  it('is deterministic: the same call prints the same bytes', () => {
    expectSuccess(fromThreeAgain);
    expect(fromThreeAgain.stdout).toBe(fromThree.stdout);
  });

  it('pairs its runs: run i is the same game whatever --runs is', () => {
    expectSuccess(three);
    expectSuccess(five);
    const first = csvRows(temp.file('three.csv'));
    const more = csvRows(temp.file('five.csv'));
    expect(first).toHaveLength(3);
    expect(more).toHaveLength(5);
    expect(more.slice(0, 3)).toEqual(first);
    expect(new Set(more.map((r) => r.hash)).size).toBe(5);
    expect(more.map((r) => r.run)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('gives run i the same seed from any turn, a seed other than the recording’s', () => {
    expectSuccess(fromSix);
    const six = csvRows(temp.file('six.csv'));
    const from3 = csvRows(temp.file('five.csv'));
    expect(six.map((r) => r.seed)).toEqual(from3.map((r) => r.seed));
    expect(six.map((r) => r.seed)).not.toContain('7');
    expect(six.map((r) => r.hash)).not.toEqual(from3.map((r) => r.hash));
  });

  it('gives the same answer in worker threads as in this process', async () => {
    const [here, threads] = await Promise.all([
      greatgame(
        ['branch', 'game.json', '--turn', '2', '--runs', '60', '--workers', '1', '--json', '--csv', 'w1.csv'],
        temp.dir,
      ),
      greatgame(
        ['branch', 'game.json', '--turn', '2', '--runs', '60', '--workers', '2', '--json', '--csv', 'w2.csv'],
        temp.dir,
      ),
    ]);
    expectSuccess(here);
    expectSuccess(threads);
    expect(threads.stdout).toBe(here.stdout);
    expect(readFileSync(temp.file('w2.csv'), 'utf8')).toBe(readFileSync(temp.file('w1.csv'), 'utf8'));
    expect(csvRows(temp.file('w2.csv')).map((r) => Number(r.run))).toEqual(
      Array.from({ length: 60 }, (_, i) => i + 1),
    );
  }, 60_000);

  it('branches from the start with --turn 0', () => {
    expectSuccess(fromStart);
    expect(parse(fromStart)).toMatchObject({ turn: 0, runs: 5 });
  });

  it('reads the browser’s replay with forecasts as the same game', () => {
    expectSuccess(withForecasts);
    expect(withForecasts.stdout).toBe(fromThree.stdout);
  });

  it('prints a table in words for a teacher', () => {
    expectSuccess(text);
    expect(text.stdout).toContain('What if the rule tables had played every actor after turn 3 (June 2021)?');
    expect(text.stdout).toContain('30 continuations of turns 4-11');
    expect(text.stdout).toContain(
      'In the recording a person played Russia after turn 3; here the rule tables play it too.',
    );
    // The mean [its interval], then the middle 90% of single continuations, which the star reads.
    expect(text.stdout).toMatch(/^indicator\s+recorded\s+mean \[95%\]\s+middle 90%$/m);
    expect(text.stdout).toContain('* where it leaves out the recorded value');
    expect(text.stdout).toMatch(
      /^Taliban territory \(%\)\s+\d+\s+\d+\.\d\d \[\d+\.\d\d, \d+\.\d\d\]\s+\[\d+, \d+\]( \*)?$/m,
    );
    expect(text.stdout).toMatch(/^Russia\s+\d+\s+\d+\.\d\d \[/m);
    expect(text.stdout).toMatch(/^Kabul has fallen\s+\d+\.\d%\s+\[\d+\.\d%, \d+\.\d%\]$/m);
  });
});

describe('greatgame branch: refusals', () => {
  let refusals: Result[] = [];
  let diverged: Result;
  let help: Result;
  const CASES: { args: string[]; message: RegExp }[] = [
    { args: ['missing.json', '--turn', '3'], message: /replay file missing\.json: .*no such file/ },
    { args: ['decisions.json', '--turn', '3'], message: /is not a replay/ },
    {
      args: ['game.json', '--turn', '12'],
      message: /--turn 12: .*records 11 turns; choose a turn from 0 to 11/,
    },
    { args: ['game.json', '--turn', '12', '--csv', 'refused.csv'], message: /--turn 12: / },
    { args: ['game.json', '--turn', '-1'], message: /--turn/ },
    { args: ['game.json', '--turn', 'three'], message: /--turn/ },
    { args: ['game.json'], message: /needs --turn/ },
    { args: ['game.json', '--turn', '3', '--runs', '0'], message: /--runs/ },
    { args: ['game.json', '--turn', '3', '--runs', '1'], message: /--runs 1: expected 2 to 10000/ },
    { args: ['game.json', '--turn', '3', '--runs', '2.5'], message: /--runs/ },
    { args: ['game.json', '--turn', '3', '--runs', '10001'], message: /--runs 10001: .*10000/ },
    { args: ['game.json', '--turn', '3', '--csv', 'no/such/folder/x.csv'], message: /cannot write/ },
    { args: ['game.json', '--turn', '3', '--workers', '0'], message: /--workers/ },
    { args: ['game.json', '--turn', '3', '--workers', '65'], message: /--workers 65: at most 64/ },
  ];

  beforeAll(async () => {
    const results = await greatgameMany(
      [
        ...CASES.map((c) => ['branch', ...c.args]),
        ['branch', 'diverged.json', '--turn', '3', '--runs', '2'],
        ['branch', '--help'],
      ],
      temp.dir,
    );
    help = results.pop() as Result;
    diverged = results.pop() as Result;
    refusals = results;
  }, 60_000);

  it.each(CASES.map((c, i) => [c.args.join(' '), i] as const))('refuses %s with exit 2', (_, i) => {
    const result = refusals[i] as Result;
    expectCleanFailure(result, 2);
    expect(messageLines(result).join('\n')).toMatch(CASES[i]?.message ?? /never/);
  });

  it('refuses a replay that does not verify with exit 1, naming the turn', () => {
    expectCleanFailure(diverged, 1);
    expect(diverged.stderr).toMatch(/diverged on turn 5/);
  });

  it('writes no CSV when it refuses', () => {
    expect(existsSync(temp.file('refused.csv'))).toBe(false);
  });

  it('explains itself in --help', () => {
    expectSuccess(help);
    expect(help.stdout).toContain('--turn <t>');
    expect(help.stdout).toContain('--runs <n>');
    expect(help.stdout).toContain('Wilson');
  });

  it('runs as the bin, exiting 2 on a bad turn with no stack trace', async () => {
    const result = await greatgame(['branch', 'game.json', '--turn', '99'], temp.dir);
    expectCleanFailure(result, 2);
  });
});
