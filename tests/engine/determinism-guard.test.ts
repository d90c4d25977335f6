import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyReplay } from '../../game/engine/index.ts';
import { replayOf } from '../../game/replay/replay-file.ts';
import { playToEnd, shipped } from '../helpers/shipped.ts';

const ENGINE_DIR = new URL('../../game/engine/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Runs `body` with every ambient source of nondeterminism replaced by a function that throws. */
function withoutAmbientRandomness<T>(body: () => T): T {
  const trap = (name: string) => () => {
    throw new Error(`${name} reached the simulation`);
  };
  const saved = {
    random: Math.random,
    now: Date.now,
    perf: performance.now,
    crypto: globalThis.crypto.getRandomValues,
  };
  Math.random = trap('Math.random');
  Date.now = trap('Date.now');
  performance.now = trap('performance.now');
  globalThis.crypto.getRandomValues = trap('crypto.getRandomValues') as typeof crypto.getRandomValues;
  try {
    return body();
  } finally {
    Math.random = saved.random;
    Date.now = saved.now;
    performance.now = saved.perf;
    globalThis.crypto.getRandomValues = saved.crypto;
  }
}

describe('determinism guard', () => {
  it('a full game and its replay run with Math.random, Date.now, performance.now and crypto.getRandomValues throwing', () => {
    const verdict = withoutAmbientRandomness(() => {
      const game = playToEnd('withdrawal-2021', 99);
      const checked = verifyReplay(shipped, replayOf(game, [], 'test'));
      return checked.ok ? checked.verdict.kind : checked.error.message;
    });
    expect(verdict).toBe('verified');
  });

  it('the traps really trap', () => {
    expect(() => withoutAmbientRandomness(() => Math.random())).toThrow('Math.random reached the simulation');
  });

  // Ambient randomness and clocks, and arithmetic whose last bit may differ between Node and Chromium.
  it.each([
    ['Math.random', /Math\.random/],
    ['Date.now', /Date\.now/],
    ['new Date', /new Date\b/],
    ['performance.now', /performance\.now/],
    ['getRandomValues', /getRandomValues/],
    ['localeCompare', /localeCompare/],
    ['Intl', /\bIntl\./],
    ['transcendental Math', /Math\.(exp|log|pow|sqrt|cbrt|sin|cos|tan|atan2?|hypot)\b/],
    ['the ** operator', /[\w)\]]\s*\*\*\s*[\w(]/],
  ])('game/engine never uses %s', (_name, pattern) => {
    const offenders = sources(ENGINE_DIR).filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
