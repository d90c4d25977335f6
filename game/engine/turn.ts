import { type Draft, produce } from 'immer';
import { dateOfTurn } from './calendar.ts';
import { PHASES, type PhaseName, type TurnContext, type TurnWork } from './phases/index.ts';
import type { Prepared } from './prepared.ts';
import { openStream, type StreamFactory, TurnStreams } from './rng.ts';
import type { TurnLog } from './schema/log.ts';
import type { State } from './schema/state.ts';

export interface TurnResult {
  state: State;
  log: TurnLog;
}

/**
 * How the phases change the state: `immerMutation` gives each run of phases an immer draft and returns a new,
 * structurally shared state (the browser, the server, tests); `inPlace` mutates the state it is given, for a
 * working copy that no one else holds (batch runs, the benchmark's reference).
 */
export type Mutation = (state: State, recipe: (draft: Draft<State>) => void) => State;

export const immerMutation: Mutation = (state, recipe) => produce(state, recipe);
export const inPlace: Mutation = (state, recipe) => {
  recipe(state as Draft<State>);
  return state;
};

export interface RunOptions {
  mutation?: Mutation;
  /** Lets tests watch every draw. */
  factory?: StreamFactory;
  /** Stop before this phase. */
  until?: PhaseName;
}

/**
 * Runs the phase list on a state. Consecutive phases share a draft until a phase that reads the settled state
 * starts a new one. Returns the state after the last phase run and what the phases handed each other.
 */
export function runPhases(
  prepared: Prepared,
  state: State,
  options: RunOptions = {},
): { state: State; work: TurnWork } {
  const { mutation = immerMutation, factory = openStream, until } = options;
  const { start, turnLength } = prepared.content.scenario;
  const ctx: TurnContext = {
    prepared,
    streams: new TurnStreams(state.meta.seed, state.meta.turn, factory),
    periodEnd: dateOfTurn(start, turnLength, state.meta.turn + 1),
  };
  const work: TurnWork = { events: [], decisions: [], actions: [], indicators: {}, world: [] };
  const stop = until === undefined ? PHASES.length : PHASES.findIndex((p) => p.name === until);
  let current = state;
  for (let i = 0; i < stop; ) {
    let end = i + 1;
    while (end < stop && !PHASES[end]?.settled) end++;
    const group = PHASES.slice(i, end);
    const base = current;
    current = mutation(base, (draft) => {
      for (const phase of group) phase.run(draft, base, ctx, work);
    });
    i = end;
  }
  return { state: current, work };
}

/**
 * The log entry of a turn, built outside the drafts from the state after it, under the turn and date it was
 * played in (`before`: read before the clock moved them, since in place the state after is the same object).
 */
function logEntry(
  prepared: Prepared,
  before: { turn: number; date: string },
  after: State,
  work: TurnWork,
): TurnLog {
  return {
    actions: work.actions,
    date: before.date,
    events: work.events,
    indicators: { ...after.indicators },
    scores: Object.fromEntries(prepared.actorIds.map((id) => [id, after.actors[id]?.score ?? 0])),
    turn: before.turn,
    world: work.world,
  };
}

/** Plays one turn on immer drafts: the state passed in is never changed. */
export function playTurn(prepared: Prepared, state: State, factory: StreamFactory = openStream): TurnResult {
  const { state: next, work } = runPhases(prepared, state, { factory });
  return { state: next, log: logEntry(prepared, state.meta, next, work) };
}

/**
 * Plays one turn on the state itself, which it changes and returns: the batch path, for a working copy that
 * no one else holds (see batch.ts). The same phases, streams and log as `playTurn`.
 */
export function playTurnInPlace(
  prepared: Prepared,
  state: State,
  factory: StreamFactory = openStream,
): TurnResult {
  const before = { turn: state.meta.turn, date: state.meta.date };
  const { state: next, work } = runPhases(prepared, state, { mutation: inPlace, factory });
  return { state: next, log: logEntry(prepared, before, next, work) };
}

/**
 * The same phases on a copy of the state instead of immer drafts (a JSON round trip: the state is plain JSON,
 * and structuredClone is a host API, not ECMAScript). The benchmark measures immer
 * against it (clone included), and a test checks that both give the same turn.
 */
export function playTurnOnClone(
  prepared: Prepared,
  state: State,
  factory: StreamFactory = openStream,
): TurnResult {
  const { state: next, work } = runPhases(prepared, JSON.parse(JSON.stringify(state)) as State, {
    mutation: inPlace,
    factory,
  });
  return { state: next, log: logEntry(prepared, state.meta, next, work) };
}

/** The state the actors decide on in this turn: after the events phase. For explanations and tests. */
export function stateAtDecision(
  prepared: Prepared,
  state: State,
  factory: StreamFactory = openStream,
): State {
  return runPhases(prepared, state, { factory, until: 'decisions' }).state;
}
