import xxhash from 'xxhash-wasm';
import type { TurnLog } from './schema/log.ts';
import type { State } from './schema/state.ts';

// xxhash-wasm compiles its WebAssembly once; top-level await keeps every engine call synchronous afterwards.
const hasher = await xxhash();

/** 64-bit xxHash of a string, as 16 lowercase hex digits. */
export function hashString(text: string): string {
  return hasher.h64ToString(text);
}

/**
 * The chained per-turn hash: h_t = H(h_(t-1) + JSON(state_t) + JSON(log_t)). State objects keep their keys
 * sorted, so JSON.stringify is canonical JSON here and the hash needs no canonicalising pass.
 */
export function chainHash(previous: string, state: State, log: TurnLog): string {
  return chainHashOfText(previous, JSON.stringify(state), log);
}

/** chainHash with the state's JSON already made, for a caller that needs that text too. */
export function chainHashOfText(previous: string, stateJson: string, log: TurnLog): string {
  return hashString(previous + stateJson + JSON.stringify(log));
}

/** h_0: the hash of the starting state. */
export function initialHash(state: State): string {
  return hashString(JSON.stringify(state));
}
