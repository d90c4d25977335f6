import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  expectCleanFailure,
  expectSuccess,
  greatgameMany,
  messageLines,
  parseStdout,
  type Result,
  SCENARIO,
  tempDir,
} from './helpers.ts';

const temp = tempDir();
const Report = z.strictObject({
  scenario: z.string(),
  variant: z.string(),
  runs: z.number().int(),
  claims: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
        text: z.string().min(10),
        citation: z.strictObject({
          source: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
          quote: z.string().min(20),
        }),
        target: z.number().min(0).max(1),
        share: z.number().min(0).max(1),
        held: z.boolean(),
      }),
    )
    .min(1),
});

let json: Result;
let table: Result;
let variant: Result;
let help: Result;
let unknownScenario: Result;
let tooManyRuns: Result;
beforeAll(async () => {
  // What each command line prints is the test, so they all run in one process.
  [json, table, variant, help, unknownScenario, tooManyRuns] = await greatgameMany(
    [
      ['history', '--scenario', SCENARIO, '--runs', '6', '--json'],
      ['history', '--scenario', SCENARIO, '--runs', '6'],
      ['history', '--scenario', SCENARIO, '--variant', 'us-stays', '--runs', '4', '--json'],
      ['history', '--help'],
      ['history', '--scenario', 'nowhere'],
      ['history', '--scenario', SCENARIO, '--runs', '100001'],
    ],
    temp.dir,
  );
});
afterAll(() => temp.remove());

describe('greatgame history', () => {
  it('--json prints {scenario, variant, runs, claims: [{id, text, citation, target, share, held}]} alone', () => {
    const report = parseStdout(json, Report);
    expect(report).toMatchObject({ scenario: SCENARIO, variant: 'baseline', runs: 6 });
    for (const claim of report.claims) {
      // Held means the count of seeds reached the target (shares are rounded to 3 places).
      expect(claim.held).toBe(Math.round(claim.share * 6) >= Math.ceil(claim.target * 6 - 1e-9));
    }
  });

  it('exits 0 when every claim is held and 1 when one is missed, saying how many', () => {
    const report = parseStdout(json, Report);
    const missed = report.claims.filter((c) => !c.held).length;
    if (missed === 0) expectSuccess(json);
    else {
      expect(json.status).toBe(1);
      expect(messageLines(json)).toEqual([
        `greatgame: ${missed} of ${report.claims.length} claims missed their target`,
      ]);
    }
  });

  it('prints a table: the tally, then each claim with its share, target, sentence and quote', () => {
    const report = parseStdout(json, Report);
    const lines = table.stdout.split('\n');
    const held = report.claims.filter((c) => c.held).length;
    expect(lines[0]).toBe(`${SCENARIO} (baseline), 6 seeds: ${held} of ${report.claims.length} claims held`);
    for (const claim of report.claims) {
      const at = lines.findIndex((l) => l.endsWith(`  ${claim.id}`));
      expect(lines[at]).toMatch(
        new RegExp(`^(held  |MISSED) +\\d+% of seeds \\(target ${Math.round(claim.target * 100)}%\\)`),
      );
      expect(lines[at]?.startsWith(claim.held ? 'held' : 'MISSED')).toBe(true);
      expect(lines[at + 1]?.trim()).toBe(claim.text);
      expect(lines[at + 2]).toContain(claim.citation.quote);
    }
  });

  it('plays a variant against the same claims', () => {
    expect(parseStdout(variant, Report)).toMatchObject({ scenario: SCENARIO, variant: 'us-stays', runs: 4 });
  });

  it('--help says what a claim is and what the exit code means', () => {
    expectSuccess(help);
    const text = help.stdout.replace(/\s+/g, ' ');
    for (const flag of ['--scenario', '--variant', '--runs', '--first-seed', '--json', '--without-source'])
      expect(text).toContain(flag);
    expect(text).toContain('history.json');
    expect(text).toMatch(/0 when every claim is held, 1 when one or more are missed/);
  });

  it.each([
    ['an unknown scenario', () => unknownScenario, /unknown scenario 'nowhere'/],
    ['--runs over the limit', () => tooManyRuns, /--runs 100001: at most 100000/],
  ])('refuses %s with exit 2 and one clear line', (_name, run, message) => {
    const result = run();
    expectCleanFailure(result, 2);
    expect(result.stderr).toMatch(message);
  });
});
