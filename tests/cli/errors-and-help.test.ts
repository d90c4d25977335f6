import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectCleanFailure,
  expectSuccess,
  greatgame,
  greatgameMany,
  messageLines,
  PACKAGE_VERSION,
  type Result,
  SCENARIO,
  tempDir,
} from './helpers.ts';

const temp = tempDir();
const run = ['run', '--scenario', SCENARIO];

/** Bad usage, by name: the arguments, and a fragment the message must contain. */
const USAGE_ERRORS: Record<string, { args: string[]; says: (string | RegExp)[] }> = {
  'an unknown scenario': {
    args: ['run', '--scenario', 'no-such-scenario', '--seed', '1'],
    says: ['no-such-scenario', SCENARIO],
  },
  'an unknown variant': {
    args: [...run, '--variant', 'no-such-variant', '--seed', '1'],
    says: ['no-such-variant'],
  },
  '--seed -1': { args: [...run, '--seed', '-1'], says: ['--seed'] },
  '--seed abc': { args: [...run, '--seed', 'abc'], says: ['--seed', 'abc'] },
  '--seed 1.5': { args: [...run, '--seed', '1.5'], says: ['--seed', '1.5'] },
  '--seed above the largest safe integer': { args: [...run, '--seed', '9007199254740992'], says: ['--seed'] },
  'a missing --seed': { args: run, says: ['--seed'] },
  'a missing --scenario': { args: ['run', '--seed', '1'], says: ['--scenario'] },
  '--turns 0': { args: [...run, '--seed', '1', '--turns', '0'], says: ['--turns'] },
  'an unknown flag': { args: [...run, '--seed', '1', '--no-such-flag'], says: ['--no-such-flag'] },
  'an unknown command': { args: ['no-such-command'], says: ['no-such-command'] },
  'an unknown flag on scenarios': { args: ['scenarios', '--no-such-flag'], says: ['--no-such-flag'] },
  'replay without a file': { args: ['replay'], says: [/file/i] },
};

const HELP: Record<string, { args: string[]; lists: string[] }> = {
  greatgame: {
    args: ['--help'],
    lists: [
      'scenarios',
      'run',
      'replay',
      'explore',
      'merge',
      'sensitivity',
      'history',
      'briefing',
      '--help',
      '--version',
    ],
  },
  scenarios: { args: ['scenarios', '--help'], lists: ['--json'] },
  run: {
    args: ['run', '--help'],
    lists: ['--scenario', '--variant', '--seed', '--turns', '--decisions', '--json', '--replay-out'],
  },
  replay: { args: ['replay', '--help'], lists: ['--verify', '<file>'] },
  explore: {
    args: ['explore', '--help'],
    lists: [
      '--scenario',
      '--variants',
      '--runs',
      '--first-seed',
      '--workers',
      '--csv',
      '--json',
      '--without-source',
      '--shard',
      '--out',
    ],
  },
  merge: { args: ['merge', '--help'], lists: ['--json', '--csv'] },
  sensitivity: {
    args: ['sensitivity', '--help'],
    lists: [
      '--scenario',
      '--variant',
      '--metric',
      '--by',
      '--runs',
      '--first-seed',
      '--workers',
      '--without-source',
      '--json',
    ],
  },
  briefing: {
    args: ['briefing', '--help'],
    lists: ['--scenario', '--variant', '--actor', '--json', '--out'],
  },
};

const errors: Record<string, Result> = {};
const help: Record<string, Result> = {};
let version: Result;
let closedStdout: Result;

beforeAll(async () => {
  const errorNames = Object.keys(USAGE_ERRORS);
  const helpNames = Object.keys(HELP);
  // What a command says to bad usage and to --help: all of it in one process (greatgameMany), since none of it is
  // about how the bin starts. --version and a closed stdout are about the bin itself, so they spawn it.
  const [said, versionRun, closedRun] = await Promise.all([
    greatgameMany(
      [
        ...errorNames.map((name) => USAGE_ERRORS[name]?.args ?? []),
        ...helpNames.map((name) => HELP[name]?.args ?? []),
      ],
      temp.dir,
    ),
    greatgame(['--version'], temp.dir),
    greatgame(['scenarios'], temp.dir, { closeStdout: true }),
  ]);
  errorNames.forEach((name, i) => {
    errors[name] = said[i] as Result;
  });
  helpNames.forEach((name, i) => {
    help[name] = said[errorNames.length + i] as Result;
  });
  version = versionRun;
  closedStdout = closedRun;
}, 120_000);
afterAll(() => temp.remove());

describe('bad usage exits 2 with a clear message on stderr, nothing on stdout and no stack trace', () => {
  it.each(Object.keys(USAGE_ERRORS))('%s', (name) => {
    const result = errors[name] as Result;
    expectCleanFailure(result, 2);
    expect(messageLines(result).length, result.stderr).toBeLessThanOrEqual(2);
    for (const fragment of USAGE_ERRORS[name]?.says ?? [])
      if (typeof fragment === 'string') expect(result.stderr).toContain(fragment);
      else expect(result.stderr).toMatch(fragment);
  });

  it('an unknown scenario lists the known scenarios', () => {
    expect((errors['an unknown scenario'] as Result).stderr).toContain(SCENARIO);
  });

  it('an unknown variant lists the variants there are', () => {
    expect((errors['an unknown variant'] as Result).stderr).toContain('baseline');
  });
});

describe('every command has --help', () => {
  it.each(Object.keys(HELP))('%s --help exits 0 and lists its options', (name) => {
    const result = help[name] as Result;
    expectSuccess(result);
    expect(result.stdout).toMatch(/usage/i);
    for (const option of HELP[name]?.lists ?? []) expect(result.stdout).toContain(option);
  });
});

describe('greatgame --version', () => {
  it("prints package.json's version", () => {
    expectSuccess(version);
    expect(version.stdout.trim()).toBe(PACKAGE_VERSION);
  });
});

describe('a reader that goes away (greatgame scenarios | head -1)', () => {
  // A write to a closed stdout pipe raises EPIPE; the command must not print a stack trace or exit 1,
  // the code of a "no" verdict.
  it('ends quietly: no stack trace, and not exit 1', () => {
    expect(closedStdout.stderr).not.toMatch(/EPIPE|node:events|^\s*at\s/m);
    expect(closedStdout.status).not.toBe(1);
  });
});
