import { step, submit } from '../../engine/index.ts';
import { fromClassroomForecast } from '../../replay/forecasts.ts';
import { appealsOf } from './appeals.ts';
import type { EntryOf } from './entries.ts';
import type { SessionModel } from './model.ts';
import { turnMs, waitedRoles } from './model.ts';

/** The played roles without a decision this turn: their rule tables will play them. */
export function undecided(model: SessionModel): string[] {
  return waitedRoles(model).filter((role) => !model.decisions.has(role));
}

/**
 * Plays the turn: each played role's decision is submitted in role order, then the engine steps. A role with no
 * decision is left to its rule table, which is what the engine does when nothing was submitted.
 */
export function resolveTurn(model: SessionModel, entry: EntryOf<'resolve'>, n: number, at: number): void {
  let game = model.game;
  const turn = game.state.meta.turn;
  // A resolution is written for one turn: applied to another (it cannot happen) it would play a turn unasked.
  if (entry.turn !== turn || game.state.meta.phase === 'over') return;
  for (const role of waitedRoles(model)) {
    const decision = model.decisions.get(role);
    if (!decision) continue;
    const submitted = submit(game, role, { action: decision.action, target: decision.target });
    // Legality is checked on acceptance and the state does not change within a turn, so this holds; if it
    // ever did not, the table plays the role rather than the session stopping.
    if (!submitted.ok) continue;
    game = submitted.game;
    model.played.push({ turn, actor: role, action: decision.action, target: decision.target });
  }
  const stepped = step(game);
  if (!stepped.ok) return;
  model.game = stepped.game;
  // What the rule tables said to played roles this turn, derived from the turn's log (so a rebuild has it too).
  model.messages.push(...appealsOf(model, stepped.log, n, at));
  // Each team's last forecast of the turn goes into the replay, unhashed, before the next turn clears it.
  for (const role of [...model.forecasts.keys()].sort()) {
    const forecast = model.forecasts.get(role);
    if (forecast) model.forecastsMade.push(...fromClassroomForecast(turn, role, forecast));
  }
  model.decisions.clear();
  model.forecasts.clear();
  model.deadline = entry.deadline;
  model.remaining = model.paused ? turnMs(model) : null;
  model.publicLog.push({ n, at, turn, kind: 'resolve', reason: entry.reason, table: entry.table });
}
