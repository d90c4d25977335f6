import type { Draft } from 'immer';
import { dateOfTurn } from '../calendar.ts';
import type { Prepared } from '../prepared.ts';
import type { State } from '../schema/state.ts';

/** Phase 6, the clock: clears the submitted decisions and moves to the next turn, or ends the game. */
export function advanceClock(state: Draft<State>, prepared: Prepared): void {
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
