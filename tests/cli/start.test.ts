import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectCleanFailure, node, type Result } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `npm start -- ...args`, as package.json runs it. A mistake must be reported before anything is built or
 * served, so the test never waits on a server. */
const start = (args: readonly string[]) =>
  node(['--import', 'tsx', 'scripts/start.ts', ...args], ROOT, { timeout: 20_000 });

const results: Record<string, Result> = {};
const MISTAKES: Record<string, { args: string[]; message: string }> = {
  'an unknown flag': { args: ['--bogus'], message: "start: unknown option '--bogus'" },
  '--port without its number': {
    args: ['--port'],
    message: "start: option '--port <value>' argument missing",
  },
  'an argument it does not take': { args: ['now'], message: "start: unexpected argument 'now'" },
};

beforeAll(async () => {
  const names = Object.keys(MISTAKES);
  const done = await Promise.all(names.map((name) => start(MISTAKES[name]?.args ?? [])));
  names.forEach((name, i) => {
    results[name] = done[i] as Result;
  });
});

describe('npm start with a mistake in its arguments', () => {
  it.each(Object.keys(MISTAKES))('%s: exits 2 with one line saying what, then the usage', (name) => {
    const result = results[name] as Result;
    expectCleanFailure(result, 2);
    expect(result.stderr).not.toContain('ERR_PARSE_ARGS');
    const [message, usage] = result.stderr.split('\n');
    expect(message).toBe(MISTAKES[name]?.message);
    expect(usage).toMatch(/^usage: npm start /);
  });
});
