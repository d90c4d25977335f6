import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { playOutcome } from '../../game/analysis/explore.ts';
import { round2 } from '../../game/analysis/statistics.ts';
import { shipped } from '../helpers/shipped.ts';
import {
  expectCleanFailure,
  expectSuccess,
  greatgame,
  greatgameMany,
  parseStdout,
  type Result,
  SCENARIO,
  tempDir,
} from './helpers.ts';

const temp = tempDir();
const REPORT_003 = '003_5657161a6a22a493.txt';
const byReport = ['sensitivity', '--scenario', SCENARIO, '--metric', 'taliban_territory', '--by', 'report'];
const runs = ['--runs', '6', '--first-seed', '30'];

const Effect = z.strictObject({ mean: z.number(), low: z.number(), high: z.number(), n: z.number().int() });
const Counts = z.strictObject({
  rows: z.number().int(),
  interests: z.number().int(),
  effects: z.number().int(),
});
/** The `sensitivity --json` object, written apart from the code that makes it. */
const SensitivityReport = z.strictObject({
  scenario: z.string(),
  variant: z.string(),
  metric: z.string(),
  by: z.enum(['report', 'row']),
  runs: z.number().int(),
  seeds: z.strictObject({ first: z.number().int(), last: z.number().int() }),
  withoutSource: z.array(z.string()),
  baseline: z.strictObject({ mean: z.number(), sd: z.number(), p5: z.number(), p95: z.number() }),
  ablations: z.array(
    z.strictObject({
      id: z.string(),
      label: z.string(),
      actor: z.string().optional(),
      removes: Counts,
      effect: Effect,
    }),
  ),
});
type SensitivityReport = z.infer<typeof SensitivityReport>;

/** Ranked: the absolute mean effects never grow down the list, and equal ones go by id. */
function expectRanked(report: SensitivityReport): void {
  report.ablations.forEach((a, i) => {
    const next = report.ablations[i + 1];
    if (!next) return;
    expect(Math.abs(a.effect.mean)).toBeGreaterThanOrEqual(Math.abs(next.effect.mean));
    if (Math.abs(a.effect.mean) === Math.abs(next.effect.mean)) expect(a.id < next.id).toBe(true);
  });
}

let oneWorker: Result;
let twoWorkers: Result;
let table: Result;
let rows: Result;
beforeAll(async () => {
  [oneWorker, twoWorkers, table, rows] = await greatgameMany(
    [
      [...byReport, ...runs, '--json', '--workers', '1'],
      [...byReport, ...runs, '--json', '--workers', '2'],
      [...byReport, ...runs, '--workers', '2'],
      [
        'sensitivity',
        '--scenario',
        'emirate-2022',
        '--metric',
        'score:russia',
        '--by',
        'row',
        '--runs',
        '3',
        '--json',
      ],
    ],
    temp.dir,
  );
}, 240_000);
afterAll(() => temp.remove());

describe('greatgame sensitivity --by report', () => {
  it('ranks every report the scenario cites by its paired effect, with a 95% interval over the runs', () => {
    expectSuccess(oneWorker);
    const report = parseStdout(oneWorker, SensitivityReport);
    expect(report).toMatchObject({ scenario: SCENARIO, variant: 'baseline', metric: 'taliban_territory' });
    expect(report.seeds).toEqual({ first: 30, last: 35 });
    expect(report.ablations.map((a) => a.id).sort()).toEqual([
      '000_8c4da183d0938c5d.txt',
      '001_09ab83d40f3f135c.txt',
      '002_318213e2a4a15a31.txt',
      REPORT_003,
      '004_f66c701fc97e74f9.txt',
    ]);
    for (const a of report.ablations) {
      expect(a.effect.n).toBe(6);
      expect(a.effect.low).toBeLessThanOrEqual(a.effect.mean);
      expect(a.effect.high).toBeGreaterThanOrEqual(a.effect.mean);
      expect(a.removes.rows).toBeGreaterThan(0);
    }
    expect(report.ablations.find((a) => a.id === REPORT_003)?.label).toBe(
      'Ekaterina Stepanova, IMEMO, PONARS Eurasia, 2021',
    );
    expectRanked(report);
  });

  it('measures what run --without-source plays: the mean, seed by seed, of without minus with', () => {
    const report = parseStdout(oneWorker, SensitivityReport);
    const seeds = [30, 31, 32, 33, 34, 35];
    const metric = (withoutSource: string[], seed: number) =>
      playOutcome(shipped, { scenario: SCENARIO, withoutSource }, 'baseline', seed).metrics
        .taliban_territory ?? 0;
    const diffs = seeds.map((s) => metric([REPORT_003], s) - metric([], s));
    const mean = diffs.reduce((a, b) => a + b, 0) / diffs.length;
    expect(report.ablations.find((a) => a.id === REPORT_003)?.effect.mean).toBe(round2(mean));
    expect(mean).not.toBe(0);
  });

  it('gives the same answer, byte for byte, whatever the number of workers', () => {
    expectSuccess(twoWorkers);
    expect(twoWorkers.stdout).toBe(oneWorker.stdout);
  });

  it('prints, for a teacher, the report that moves the metric most and the ranked list with its labels', () => {
    expectSuccess(table);
    const report = parseStdout(oneWorker, SensitivityReport);
    const top = report.ablations[0];
    expect(table.stdout).toContain(`Leaving out ${top?.label} moves`);
    const ranked = table.stdout.split('\n').filter((l) => /^\s+\d+\s/.test(l));
    expect(ranked).toHaveLength(5);
    report.ablations.forEach((a, i) => {
      expect(ranked[i]).toMatch(new RegExp(`^\\s+${i + 1}\\s.*${a.label}.*${a.id.replace('.', '\\.')}`));
    });
  });
});

describe('greatgame sensitivity --by row', () => {
  it('takes out each rule row but the default ones, labelled by actor and action, ranked', () => {
    expectSuccess(rows);
    const report = parseStdout(rows, SensitivityReport);
    expect(report.by).toBe('row');
    expect(report.ablations.length).toBeGreaterThan(50);
    expect(report.ablations.some((a) => a.id === 'russia.default' || a.id.endsWith('.default'))).toBe(false);
    const drill = report.ablations.find((a) => a.id.startsWith('russia.'));
    expect(drill?.actor).toBe('russia');
    expect(drill?.label).toMatch(/^Russia: /);
    expectRanked(report);
  });

  it('gives exactly zero for a row that can never fire (the scheduled embassy hand-over comes first)', () => {
    const report = parseStdout(rows, SensitivityReport);
    expect(report.ablations.find((a) => a.id === 'russia.hand-over-embassy')?.effect).toEqual({
      mean: 0,
      low: 0,
      high: 0,
      n: 3,
    });
  });
});

describe('greatgame sensitivity refuses bad input with exit 2, before anything is played', () => {
  const cases: [string[], RegExp][] = [
    [
      [...byReport.slice(0, 3), '--metric', 'taliban', '--by', 'report'],
      /unknown metric 'taliban' \(metrics: .*taliban_territory.*score:russia/,
    ],
    [[...byReport.slice(0, 5), '--by', 'paragraph'], /--by.*paragraph.*report, row/],
    [byReport.slice(0, 5), /--by/],
    [[...byReport, '--runs', '1'], /--runs 1: a distribution needs at least 2 runs/],
    [[...byReport, '--workers', '65'], /--workers 65: at most 64/],
    [
      [...byReport.slice(0, 5), '--by', 'row', '--runs', '5000'],
      /the baseline and \d+ ablations is \d+ games; at most 400000/,
    ],
    [['sensitivity', '--scenario', 'nowhere', '--metric', 'x', '--by', 'row'], /unknown scenario 'nowhere'/],
    [[...byReport, '--without-source', 'nope.txt'], /unknown report 'nope.txt'/],
    [[...byReport, '--variant', 'nope'], /nope/],
  ];
  it.each(cases)('%j', async (args, message) => {
    const started = performance.now();
    const result = await greatgame(args, temp.dir);
    expectCleanFailure(result, 2);
    expect(result.stderr).toMatch(message);
    // Refused before any game is played: a usage error costs only the start-up.
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
