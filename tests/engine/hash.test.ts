import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainHash, hashString, initialHash } from '../../game/engine/hash.ts';
import { playRandom } from '../helpers/random-play.ts';
import { playToEnd } from '../helpers/shipped.ts';

describe('hashes', () => {
  it('are 64-bit xxHash values written as 16 lowercase hex digits', () => {
    expect(hashString('greatgame')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashString('a')).not.toBe(hashString('b'));
  });

  it('h_0 hashes the starting state, and each turn chains h_t = H(h_(t-1) + state + log)', () => {
    const game = playToEnd('withdrawal-2021', 3);
    expect(game.hashes[0]).toBe(initialHash(game.initial));
    expect(game.hashes).toHaveLength(game.log.length + 1);
    // Recompute the last link from the final state and log.
    const last = game.log.length;
    const entry = game.log[last - 1];
    if (!entry) throw new Error('no turns');
    expect(game.hashes[last]).toBe(chainHash(game.hashes[last - 1] ?? '', game.state, entry));
  });
});

describe('state JSON is canonical by construction', () => {
  it('JSON.stringify equals RFC 8785 canonicalize on every state of 40 generated games', () => {
    // fast-check with a fixed seed: 40 games of 11 turns, every intermediate state checked (~900 states).
    fc.assert(
      fc.property(
        fc.nat({ max: 2 ** 31 }),
        fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 60 }),
        (seed, picks) => {
          for (const state of playRandom(seed, picks).states)
            expect(JSON.stringify(state)).toBe(canonicalize(state));
        },
      ),
      { seed: 20211015, numRuns: 40 },
    );
  });
});
