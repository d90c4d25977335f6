import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainHash, hashString, initialHash } from '../../game/engine/hash.ts';
import type { State, TurnLog } from '../../game/engine/index.ts';
import { playRandom } from '../helpers/random-play.ts';
import { playToEnd } from '../helpers/shipped.ts';

/**
 * Known answers, computed outside the engine (an independent XXH64 written from the specification, which also
 * gives the published vectors for '', 'a' and 'abc'): a change of hash function, seed, encoding or chaining
 * fails here even when the engine still agrees with itself.
 */
describe('hashes', () => {
  it('are 64-bit xxHash (XXH64, seed 0) of the UTF-8 text, written as 16 lowercase hex digits', () => {
    expect(hashString('')).toBe('ef46db3751d8e999');
    expect(hashString('a')).toBe('d24ec4f1a98c6e5b');
    expect(hashString('abc')).toBe('44bc2cf5ad770999');
    expect(hashString('greatgame')).toBe('6ef11b75021bdbd8');
    expect(hashString(' greatgame\n')).toBe('d3993d620888adfd');
    // Over 32 bytes (the four-lane loop) and beyond ASCII (UTF-8, 18 bytes).
    expect(hashString('The Taliban took control of more border posts in early July 2021.')).toBe(
      'b4f99ed59a23fdfa',
    );
    expect(hashString('Kabul — کابل')).toBe('4ec742ad7dde49e9');
  });

  it('h_0 = H(JSON(state)) and h_t = H(h_(t-1) + JSON(state_t) + JSON(log_t)), on a tiny state and log', () => {
    const h0 = initialHash(TINY_STATE);
    expect(h0).toBe('9b2c8cde9a7bf636');
    expect(chainHash(h0, TINY_STATE, TINY_LOG)).toBe('8585629d9673218b');
  });

  it('withdrawal-2021 seed 1 gives the recorded h_0, h_1 and final hash', () => {
    const game = playToEnd('withdrawal-2021', 1);
    expect(game.hashes).toHaveLength(12);
    expect(game.hashes[0]).toBe('7a667c1b364e9a61');
    expect(game.hashes[1]).toBe('25813735c2616ebb');
    expect(game.hashes[11]).toBe('ce2f0a216feaafb0');
  });
});

/** A state and a log entry in miniature: the hash reads only their JSON, keys in the order written. */
const TINY_STATE = {
  actors: { russia: { lastAction: null, lastTarget: null, posture: 'engaged', resources: 5, score: 40 } },
  fired: [],
  flags: { talks_held: false },
  indicators: { peace_process: 40 },
  meta: {
    date: '2021-02',
    phase: 'play',
    scenario: 'mini',
    seed: 1,
    turn: 2,
    turns: 4,
    variant: 'baseline',
    withoutSource: [],
  },
  pending: { russia: null },
  relations: {},
  zones: {},
} as unknown as State;

const TINY_LOG = {
  actions: [
    {
      action: 'pass',
      actor: 'russia',
      outcome: 'success',
      ruleId: 'russia.default',
      target: null,
      why: { conditions: {}, flip: null },
    },
  ],
  date: '2021-01',
  events: [],
  indicators: { peace_process: 40 },
  scores: { russia: 40 },
  turn: 1,
} as unknown as TurnLog;

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
