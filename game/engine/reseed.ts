import { produce } from 'immer';
import alea from 'seedrandom/lib/alea.js';
import type { State } from './schema/state.ts';

/** 2^53: alea's `double()` has 53 random bits, so a derived seed is any safe integer from 0 to 2^53 - 1. */
// Written out: the determinism guard keeps `**` out of the engine (its last bit may differ between engines).
const TWO_TO_53 = 9_007_199_254_740_992;

/**
 * A seed derived from another and a purpose, by seedrandom's alea (never a hand-written generator): one
 * recorded seed gives a family of fresh, reproducible seeds (`branch` gives continuation i the seed derived
 * from (the game's seed, `branch:${i}`)). The alea key starts with a word, where every stream's key starts with
 * a number (`${seed}:${name}:${turn}`, rng.ts), so a derived seed is never one of the game's own draws. 53
 * bits, not 32: ten thousand continuations would share a seed about once in a hundred sweeps with 32.
 */
export function derivedSeed(seed: number, purpose: string): number {
  // double() is a sum of two draws scaled by powers of two: times 2^53 it is an exact integer on every engine.
  return Math.floor(alea(`derived:${seed}:${purpose}`).double() * TWO_TO_53);
}

/**
 * The state with every random stream re-derived from `seed`. Streams are opened per turn from
 * `${meta.seed}:${name}:${turn}` (rng.ts) and no generator state outlives a turn, so the seed in the state is
 * the whole of its randomness: replacing it re-derives the events, world and actor streams of every turn to
 * come, and leaves the turns already played as they were. Two states reseeded alike draw alike on every turn
 * they share, whatever turn each was reseeded on.
 */
export function reseeded(state: State, seed: number): State {
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new RangeError(`seed must be a non-negative safe integer, got ${seed}`);
  if (state.meta.seed === seed) return state;
  return produce(state, (draft) => {
    draft.meta.seed = seed;
  });
}
