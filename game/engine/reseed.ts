import { produce } from 'immer';
import alea from 'seedrandom/lib/alea.js';
import type { State } from './schema/state.ts';

/**
 * A seed derived from another and a purpose, by seedrandom's alea (never a hand-written generator): so that
 * one recorded seed gives a family of fresh, reproducible seeds (`branch` gives continuation k the seed
 * derived from (the game's seed, k)). 32 bits: a valid seed for every engine.
 */
export function derivedSeed(seed: number, purpose: string): number {
  return alea(`${seed}:${purpose}`).int32() >>> 0;
}

/**
 * The state with every random stream re-derived from `seed`. Streams are opened per turn from
 * `${meta.seed}:${name}:${turn}` (rng.ts) and no generator state outlives a turn, so the seed in the state is
 * the whole of its randomness: replacing it re-derives the events, world and actor streams of every turn to come,
 * and leaves the turns already played as they were.
 */
export function reseeded(state: State, seed: number): State {
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new RangeError(`seed must be a non-negative safe integer, got ${seed}`);
  if (state.meta.seed === seed) return state;
  return produce(state, (draft) => {
    draft.meta.seed = seed;
  });
}
