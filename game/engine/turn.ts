import { produce } from 'immer';
import { dateOfTurn } from './calendar.ts';
import { decide } from './phases/decisions.ts';
import { runEvents } from './phases/events.ts';
import { resolve } from './phases/resolution.ts';
import { score } from './phases/scoring.ts';
import { evolveWorld } from './phases/world.ts';
import type { Prepared } from './prepare.ts';
import { openStream, type StreamFactory, TurnStreams } from './rng.ts';
import type { TurnLog } from './schema/log.ts';
import type { State } from './schema/state.ts';

/**
 * The turn pipeline, in its fixed order: events -> decisions -> resolution -> world -> scoring -> clock.
 * Each phase is a plain function over a mutable state; here they run inside immer drafts. The log entry is
 * built outside the drafts. `factory` is replaceable so that tests can watch every draw.
 */
export function playTurn(
  prepared: Prepared,
  state: State,
  factory: StreamFactory = openStream,
): { state: State; log: TurnLog } {
  const { turn } = state.meta;
  const { start, turnLength } = prepared.content.scenario;
  const streams = new TurnStreams(state.meta.seed, turn, factory);
  const periodEnd = dateOfTurn(start, turnLength, turn + 1);

  let events: TurnLog['events'] = [];
  const afterEvents = produce(state, (draft) => {
    events = runEvents(draft, prepared, streams, periodEnd);
  });
  const decisions = decide(afterEvents, prepared, streams);
  let actions: TurnLog['actions'] = [];
  const next = produce(afterEvents, (draft) => {
    actions = resolve(draft, prepared, decisions);
    evolveWorld(draft, prepared, streams);
    score(draft, prepared);
    advanceClock(draft, prepared);
  });
  const log: TurnLog = {
    actions,
    date: state.meta.date,
    events,
    indicators: { ...next.indicators },
    scores: Object.fromEntries(prepared.actorIds.map((id) => [id, next.actors[id]?.score ?? 0])),
    turn,
  };
  return { state: next, log };
}

/** Clears the submitted decisions and moves to the next turn, or ends the game after the last one. */
export function advanceClock(state: State, prepared: Prepared): void {
  for (const id of prepared.actorIds) state.pending[id] = null;
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
