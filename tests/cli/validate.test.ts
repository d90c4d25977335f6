import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanFailure, greatgameMany, type Result, tempDir, writeJson } from './helpers.ts';

const SCENARIOS = new URL('../../scenarios/', import.meta.url);
const shipped = (path: string) => JSON.parse(readFileSync(new URL(path, SCENARIOS), 'utf8'));

const temp = tempDir();
let valid: Result;
let invalid: Result;
let invalidJson: Result;
let unreadable: Result;
let badQuote: Result;
let encoding: Result;
let semantic: Result;
let badKind: Result;
let noFile: Result;

beforeAll(async () => {
  const russia = shipped('actors/russia.json');
  russia.rules[2].when = { input: 'indicators.morale', op: '>', value: 3 };
  russia.rules[3].priority = 'high';
  writeJson(temp.file('russia.json'), russia);
  const onlyInput = shipped('actors/russia.json');
  onlyInput.rules[2].when = { input: 'indicators.morale', op: '>', value: 3 };
  writeJson(temp.file('russia-input.json'), onlyInput);
  const unknownKind = shipped('actors/russia.json');
  unknownKind.levers[0].kind = 'bribery';
  delete unknownKind.levers[1].kind;
  writeJson(temp.file('russia-kind.json'), unknownKind);
  const tajikistan = shipped('actors/tajikistan.json');
  tajikistan.rules[0].citations[0].quote = 'Tajikistan never said anything of the sort, ever.';
  writeJson(temp.file('tajikistan.json'), tajikistan);
  writeJson(temp.file('scenario.json'), shipped('withdrawal-2021/scenario.json'));
  const { writeFileSync } = await import('node:fs');
  writeFileSync(temp.file('utf16.json'), Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]));
  const shippedFile = new URL('actors/taliban.json', SCENARIOS).pathname;
  // One process for every command line: what each prints is the test, not the bin's start-up.
  [valid, invalid, invalidJson, unreadable, badQuote, encoding, semantic, badKind, noFile] =
    await greatgameMany(
      [
        ['validate', shippedFile, 'scenario.json'],
        ['validate', 'russia.json'],
        ['validate', 'russia.json', '--json'],
        ['validate', 'scenario.json', 'missing.json'],
        ['validate', 'tajikistan.json'],
        ['validate', 'utf16.json'],
        ['validate', 'russia-input.json'],
        ['validate', 'russia-kind.json'],
        ['validate'],
      ],
      temp.dir,
    );
});

afterAll(() => temp.remove());

describe('greatgame validate FILE...', () => {
  it('exits 0 when every file is valid, naming each', () => {
    expect(valid.status).toBe(0);
    expect(valid.stdout).toContain('scenario.json: valid');
    expect(valid.stdout).toContain('2 of 2 file(s) valid');
  });

  it('exits 1 on an invalid file, each error naming the file, the path, the row and what is wrong', () => {
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toMatch(
      /^russia\.json: rules\[3\]\.priority \(russia\.[a-z0-9-]+\): expected number, found string "high"$/m,
    );
    expect(invalid.stdout).not.toMatch(/^\s*at\s/m);
  });

  it('lists the errors as JSON with --json', () => {
    const verdicts = JSON.parse(invalidJson.stdout) as {
      file: string;
      valid: boolean;
      errors: { path: string }[];
    }[];
    expect(verdicts[0]).toMatchObject({ file: 'russia.json', valid: false });
    expect(verdicts[0]?.errors.some((e) => e.path === 'rules[3].priority')).toBe(true);
  });

  it('runs the game`s own checks once the schema holds, in every scenario the file takes part in', () => {
    expect(semantic.status).toBe(1);
    expect(semantic.stdout).toMatch(
      /rules\[2\]\.when\.input \(russia\.[a-z0-9-]+\): unknown indicator 'morale' \(in emirate-2022, moscow-format-2016, withdrawal-2021\)/,
    );
  });

  it('names the lever whose kind is unknown or missing, and the kinds it may have', () => {
    expect(badKind.status).toBe(1);
    expect(badKind.stdout).toMatch(
      /^russia-kind\.json: levers\[0\]\.kind \(convene_talks\): expected one of "talks", .*"other", found string "bribery"$/m,
    );
    expect(badKind.stdout).toMatch(
      /^russia-kind\.json: levers\[1\]\.kind \(engage_taliban\): expected one of .* found nothing$/m,
    );
  });

  it('checks every quote word for word against the reports', () => {
    expect(badQuote.status).toBe(1);
    expect(badQuote.stdout).toContain('rules[0].citations[0].quote: not found word for word in');
  });

  it('exits 2 when a file cannot be read, after reporting the others', () => {
    expect(unreadable.status).toBe(2);
    expect(unreadable.stdout).toContain('scenario.json: valid');
    expect(unreadable.stdout).toContain('missing.json: (file): no such file');
  });

  it('says what is wrong with an encoding', () => {
    expect(encoding.stdout).toContain('is UTF-16 text: save it as UTF-8');
  });

  it('needs at least one file', () => {
    expectCleanFailure(noFile, 2);
  });
});
