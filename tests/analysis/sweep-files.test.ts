import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSweepFile } from '../../game/analysis/open-sweep-file.ts';

/**
 * The explore page opens what the CLI wrote: `explore --json`, `explore --csv` (summarised again with
 * explore's own code, so it gives the JSON's figures) and `sensitivity --json`. A bad file is refused with its
 * name and what is wrong, never a stack trace.
 */
let dir: string;
let json: string;
let csv: string;
let sensitivity: string;

const cli = (...args: string[]) =>
  execFileSync(process.execPath, ['bin/greatgame.mjs', ...args], { encoding: 'utf8' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'greatgame-sweep-files-'));
  const sweep = ['--scenario', 'withdrawal-2021', '--variants', 'baseline,us-stays', '--runs', '12'];
  json = cli('explore', ...sweep, '--json', '--csv', join(dir, 'runs.csv'));
  csv = readFileSync(join(dir, 'runs.csv'), 'utf8');
  sensitivity = cli(
    ...['sensitivity', '--scenario', 'withdrawal-2021', '--metric', 'taliban_territory', '--by', 'report'],
    ...['--runs', '4', '--json'],
  );
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const refusal = (name: string, text: string) => {
  const read = openSweepFile(name, text);
  return read.kind === 'refused' ? read.message : `not refused: ${read.kind}`;
};

describe('opening the files the CLI wrote', () => {
  it('reads explore --json as it is, and keeps fields it does not know (added later)', () => {
    expect(openSweepFile('a.json', json)).toEqual({ kind: 'explore', summary: JSON.parse(json) });
    const later = { ...JSON.parse(json), histograms: { 'us-stays': [1, 2, 3] } };
    expect(openSweepFile('b.json', JSON.stringify(later))).toEqual({ kind: 'explore', summary: later });
  });

  it('refuses an explore --json from before divergence was added, by name', () => {
    const { divergence: _, ...older } = JSON.parse(json);
    expect(openSweepFile('old.json', JSON.stringify(older))).toEqual({
      kind: 'refused',
      message: expect.stringMatching(/^old\.json is not explore --json output: divergence: /),
    });
  });

  it("summarises explore --csv to exactly explore --json's figures", () => {
    expect(openSweepFile('runs.csv', csv)).toEqual({
      kind: 'explore',
      summary: JSON.parse(json),
      runs: expect.any(Array),
    });
  });

  it('reads sensitivity --json with its ranked effects', () => {
    const read = openSweepFile('s.json', sensitivity);
    expect(read).toEqual({ kind: 'sensitivity', summary: JSON.parse(sensitivity) });
  });
});

describe('refusing a bad file, naming the file and what is wrong', () => {
  const summary = () => JSON.parse(json);

  it.each([
    ['empty.json', '', 'empty.json is empty'],
    ['x.txt', 'hello', 'x.txt is neither JSON'],
    ['x.json', '{"scenario": ', 'x.json is not JSON:'],
    ['x.json', '[1, 2]', 'x.json is neither explore --json nor sensitivity --json output'],
    ['x.json', '{"format": "greatgame-explore-shard"}', 'x.json is a shard of a sweep: combine the shards'],
  ])('%s (%s)', (name, text, message) => {
    expect(refusal(name, text)).toContain(message);
  });

  it('an explore summary with a field of the wrong type, or parts that disagree', () => {
    const wrongRuns = { ...summary(), runs: 'twelve' };
    expect(refusal('a.json', JSON.stringify(wrongRuns))).toBe(
      'a.json is not explore --json output: runs: Invalid input: expected number, received string',
    );
    const noDifference = { ...summary(), differences: {} };
    expect(refusal('a.json', JSON.stringify(noDifference))).toBe(
      'a.json is not explore --json output: differences: expected us-stays, found none',
    );
    const noSpread = summary();
    delete noSpread.metrics.taliban_territory['us-stays'];
    expect(refusal('a.json', JSON.stringify(noSpread))).toBe(
      'a.json is not explore --json output: metrics.taliban_territory: no spread for us-stays',
    );
    expect(refusal('a.json', JSON.stringify({ ...summary(), runs: 13 }))).toContain(
      'seeds 1-12 are not 13 runs',
    );
  });

  it('a sensitivity summary without its effects', () => {
    const bad = { ...JSON.parse(sensitivity), ablations: [{ id: 'x' }] };
    expect(refusal('s.json', JSON.stringify(bad))).toMatch(
      /^s\.json is not sensitivity --json output: ablations\.0\./,
    );
  });

  it('a CSV with a bad header, a short line, a bad cell or a run missing', () => {
    const lines = csv.trimEnd().split('\n');
    expect(refusal('r.csv', `scenario,variant,seed\n${lines[1]}`)).toContain(
      'r.csv: line 1 is not the header',
    );
    const short = [...lines];
    short[3] = short[3]?.split(',').slice(0, -1).join(',') ?? '';
    expect(refusal('r.csv', short.join('\n'))).toMatch(/^r\.csv: line 4 has \d+ fields; the header has \d+$/);
    const letter = [...lines];
    letter[2] = letter[2]?.replace(/,(-?\d+),(\d*),([01]),([01]),([01])$/, ',x,$2,$3,$4,$5') ?? '';
    expect(refusal('r.csv', letter.join('\n'))).toMatch(
      /^r\.csv: line 3: score:uzbekistan 'x' is not a number$/,
    );
    const flag = [...lines];
    flag[2] = flag[2]?.replace(/,[01]$/, ',yes') ?? '';
    expect(refusal('r.csv', flag.join('\n'))).toBe(
      "r.csv: line 3: emirate_recognized 'yes' is neither 0 nor 1",
    );
    const older = lines.map((l) => l.split(',').slice(0, -4).join(','));
    expect(refusal('r.csv', older.join('\n'))).toContain('a file of an older explore --csv');
    const missing = lines.filter((_, i) => i !== lines.length - 1);
    expect(refusal('r.csv', missing.join('\n'))).toBe('r.csv: us-stays has 11 of the 12 runs planned');
    expect(refusal('r.csv', lines[0] ?? '')).toBe('r.csv: no runs after the header');
  });
});
