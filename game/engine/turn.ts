import { produce } from 'immer';
import { dateOfTurn } from './calendar.ts';
import { decide } from './phases/decisions.ts';
import { runEvents } from './phases/events.ts';
import { resolve } from './phases/resolution.ts';
import { score } from './phases/scoring.ts';
import { evolveWorld } from './phases/world.ts';
import type { Prepared } from './prepared.ts';
import { openStream, type StreamFactory, TurnStreams } from './rng.ts';
import type { ActionRecord, EventRecord, TurnLog } from './schema/log.ts';
import type { State } from './schema/state.ts';

export interface TurnResult {
  state: State;
  log: TurnLog;
}

interface TurnContext {
  prepared: Prepared;
  streams: TurnStreams;
  /** The first month after this turn's period: dated events up to it may fire. */
  periodEnd: string;
}

function contextOf(prepared: Prepared, state: State, factory: StreamFactory): TurnContext {
  const { start, turnLength } = prepared.content.scenario;
  return {
    prepared,
    streams: new TurnStreams(state.meta.seed, state.meta.turn, factory),
    periodEnd: dateOfTurn(start, turnLength, state.meta.turn + 1),
  };
}

/** Phase 1. */
function eventsPhase(state: State, base: State, ctx: TurnContext): EventRecord[] {
  return runEvents(state, base, ctx.prepared, ctx.streams, ctx.periodEnd);
}

/** Phases 4 and 5 and the clock. The world reads the settled state `base` and writes into `state`. */
function worldPhases(state: State, base: State, ctx: TurnContext): void {
  const indicators = evolveWorld(state, base, ctx.prepared, ctx.streams);
  score(state, ctx.prepared, indicators);
  advanceClock(state, ctx.prepared);
}

function logEntry(
  ctx: TurnContext,
  before: State,
  after: State,
  events: EventRecord[],
  actions: ActionRecord[],
): TurnLog {
  return {
    actions,
    date: before.meta.date,
    events,
    indicators: { ...after.indicators },
    scores: Object.fromEntries(ctx.prepared.actorIds.map((id) => [id, after.actors[id]?.score ?? 0])),
    turn: before.meta.turn,
  };
}

/**
 * The turn pipeline, in its fixed order: events -> decisions -> resolution -> world -> scoring -> clock.
 * Phases are plain functions over a mutable state; here they run inside immer drafts, while decisions and the
 * world read plain, settled states (reading a draft costs a proxy per object). The log entry is built outside the drafts. `factory` lets tests watch every draw.
 */
export function playTurn(prepared: Prepared, state: State, factory: StreamFactory = openStream): TurnResult {
  const ctx = contextOf(prepared, state, factory);
  let events: EventRecord[] = [];
  const afterEvents = produce(state, (draft) => {
    events = eventsPhase(draft, state, ctx);
  });
  const decisions = decide(afterEvents, prepared, ctx.streams);
  let actions: ActionRecord[] = [];
  const resolved = produce(afterEvents, (draft) => {
    actions = resolve(draft, prepared, decisions);
  });
  const next = produce(resolved, (draft) => worldPhases(draft, resolved, ctx));
  return { state: next, log: logEntry(ctx, state, next, events, actions) };
}

/** The state the actors decide on in this turn: after the events phase. For explanations and tests. */
export function stateAtDecision(
  prepared: Prepared,
  state: State,
  factory: StreamFactory = openStream,
): State {
  const ctx = contextOf(prepared, state, factory);
  return produce(state, (draft) => {
    eventsPhase(draft, state, ctx);
  });
}

/**
 * The same phases applied to a structuredClone of the state instead of immer drafts. The benchmark measures
 * immer against it (clone included), and a test checks that both give the same turn.
 */
export function playTurnOnClone(
  prepared: Prepared,
  state: State,
  factory: StreamFactory = openStream,
): TurnResult {
  const ctx = contextOf(prepared, state, factory);
  const copy = structuredClone(state);
  const events = eventsPhase(copy, copy, ctx);
  const decisions = decide(copy, prepared, ctx.streams);
  const actions = resolve(copy, prepared, decisions);
  worldPhases(copy, copy, ctx);
  return { state: copy, log: logEntry(ctx, state, copy, events, actions) };
}

/** Clears the submitted decisions and moves to the next turn, or ends the game after the last one. */
export function advanceClock(state: State, prepared: Prepared): void {
  for (const id of prepared.actorIds) if (state.pending[id] !== null) state.pending[id] = null;
  if (state.meta.turn >= prepared.turns) {
    state.meta.phase = 'over';
    return;
  }
  state.meta.turn += 1;
  state.meta.date = dateOfTurn(
    prepared.content.scenario.start,
    prepared.content.scenario.turnLength,
    state.meta.turn,
  );
}
