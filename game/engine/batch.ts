import { openSeeded, type ScenarioChoice } from './api.ts';
import type { ContentSource } from './content-source.ts';
import { createState } from './create.ts';
import { chainHashOfText, hashString } from './hash.ts';
import type { Prepared } from './prepared.ts';
import type { Result } from './result.ts';
import type { TurnLog } from './schema/log.ts';
import type { State } from './schema/state.ts';
import { playTurnInPlace } from './turn.ts';

/** A game played headless to its end: the final state, every turn's log and the chained hashes (h_0 first). */
export interface BatchGame {
  readonly prepared: Prepared;
  readonly state: State;
  readonly log: readonly TurnLog[];
  readonly hashes: readonly string[];
}

/**
 * Sees the working state of a batch game at the start (turn 0) and after each turn, for a measure the hashes
 * do not give (explore's divergence, which must not see the variant's id). It must not change the state.
 * `json` is JSON.stringify(state), which the hash has made anyway: making it again cost explore a sixth more
 * time (measured).
 */
export type TurnObserver = (state: Readonly<State>, turn: number, json: string) => void;

/**
 * The batch path: plays a whole game with every actor on its table, on one mutable working copy of the state,
 * with no immer drafts and no game record per turn. It runs the same phase list as `newGame` + `step` and gives
 * the same logs and per-turn hashes (a property test holds them equal over seeds and variants). For headless
 * runs that keep only the outcome (explore, distributions, rule coverage); the browser, the server and
 * anything that keeps the states of a game in between play through the immer path.
 */
export function playBatchGame(
  content: ContentSource,
  options: ScenarioChoice & { seed: number },
  observe?: TurnObserver,
): Result<{ game: BatchGame }> {
  const { seed } = options;
  const opened = openSeeded(content, options);
  if (!opened.ok) return opened;
  const { prepared } = opened;
  // Built here and never frozen or shared, so the phases may write into it directly.
  const state = createState(prepared, { seed });
  // h_0 (initialHash) from the JSON an observer is handed too: the state is serialised once either way.
  const json = JSON.stringify(state);
  observe?.(state, 0, json);
  return { ok: true, game: { prepared, ...playInPlaceToEnd(prepared, state, hashString(json), observe) } };
}

/** Plays a working copy no one else holds to the scenario's end; the hashes chain on from `hash`, its own. */
function playInPlaceToEnd(
  prepared: Prepared,
  state: State,
  hash: string,
  observe?: TurnObserver,
): Omit<BatchGame, 'prepared'> {
  const hashes = [hash];
  const log: TurnLog[] = [];
  while (state.meta.phase !== 'over' && log.length < prepared.turns) {
    const turn = playTurnInPlace(prepared, state).log;
    const previous = hashes[hashes.length - 1] ?? '';
    log.push(turn);
    const json = JSON.stringify(state);
    hashes.push(chainHashOfText(previous, json, turn));
    observe?.(state, log.length, json);
  }
  return { state, log, hashes };
}

/**
 * The batch path from a state part-way through a game (`branch`'s continuations): a copy of `state` played to
 * the end with every actor on its table, the state given left as it was. `hash` is the chained hash of the
 * state given; the result's `hashes` start with it, and `log` holds only the turns played here. The same turns
 * and hashes as stepping the immer path on from that state.
 */
export function playBatchOn(prepared: Prepared, state: State, hash: string): BatchGame {
  // A JSON round trip: the state is plain JSON, and structuredClone is a host API, not ECMAScript.
  const copy = JSON.parse(JSON.stringify(state)) as State;
  return { prepared, ...playInPlaceToEnd(prepared, copy, hash) };
}
