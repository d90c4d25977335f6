import type { Game } from './api.ts';
import { step } from './api.ts';
import { evaluateTable, type RowVerdict } from './evaluate.ts';
import { type FlipCandidate, nearestFlip } from './flip.ts';
import type { Value } from './inputs.ts';
import { traceRequires } from './levers.ts';
import type { Prepared, PreparedRow } from './prepared.ts';
import type { Result } from './result.ts';
import type { ActionRecord, Flip } from './schema/log.ts';
import type { State } from './schema/state.ts';
import { type ConditionTrace, traceCondition } from './trace.ts';
import { stateAtDecision } from './turn.ts';

/** How one row fared: `fired` (the row drawn), or its verdict in the table's evaluation (`RowVerdict`). */
export type RowStatus = 'fired' | RowVerdict;

export interface RowExplanation {
  row: PreparedRow;
  status: RowStatus;
  condition: ConditionTrace;
  /** Why the action was not legal, when the condition held but the action could not be taken. */
  illegal: string | null;
}

export interface TableExplanation {
  actor: string;
  /** The priority whose eligible rows the draw chose among, or null if none was eligible. */
  priority: number | null;
  rows: RowExplanation[];
}

function whyIllegal(state: State, actor: string, row: PreparedRow): string {
  const { def } = row.lever;
  const resources = state.actors[actor]?.resources ?? 0;
  if (resources < def.cost) return `it costs ${def.cost} and ${actor} has ${resources}`;
  const requires = traceRequires(row.lever, state);
  if (def.target === null)
    return `its precondition does not hold (${requires.atoms.map((a) => `${a.atom.input} is ${String(a.actual)}`).join(', ')})`;
  const wanted = row.def.do.target;
  return typeof wanted === 'string' ? `target ${wanted} is not a legal target now` : 'no target is legal now';
}

/** Evaluates an actor's table on a state, as `choose` does, and says how each row fared and why. */
export function explainTable(
  prepared: Prepared,
  state: State,
  actor: string,
  firedRuleId: string | null,
): TableExplanation {
  const table = evaluateTable(prepared, state, actor);
  const rows = table.rows.map(({ row, verdict }): RowExplanation => {
    const lookup = (path: string): Value =>
      row.when.inputs.find((i) => i.path === path)?.read(state, null) ?? null;
    const condition = traceCondition(row.def.when, lookup);
    const status: RowStatus = verdict === 'eligible' && row.def.id === firedRuleId ? 'fired' : verdict;
    const illegal = verdict === 'not-legal' ? whyIllegal(state, actor, row) : null;
    return { row, status, condition, illegal };
  });
  return { actor, priority: table.priority, rows };
}

export interface DecisionExplanation {
  /** What the actor did this turn, as the log records it. */
  action: ActionRecord;
  /** The table evaluated on the state the actor decided on (also when a person decided instead). */
  table: TableExplanation;
  /** The state the actor decided on: after this turn's events. */
  state: State;
}

/**
 * Explains `actor`'s decision in the turn `game` is about to play (decisions for it already submitted):
 * plays the turn to see what happened, and evaluates the actor's table on the state it decided on.
 */
export function explainDecision(game: Game, actor: string): Result<{ explanation: DecisionExplanation }> {
  if (!game.prepared.actors.has(actor)) {
    return {
      ok: false,
      error: {
        code: 'unknown_actor',
        message: `'${actor}' is not an actor of ${game.state.meta.scenario} (actors: ${game.prepared.actorIds.join(', ')})`,
      },
    };
  }
  const stepped = step(game);
  if (!stepped.ok) return stepped;
  const action = stepped.log.actions.find((a) => a.actor === actor);
  if (!action) return { ok: false, error: { code: 'unknown_actor', message: `${actor} took no action` } };
  const state = stateAtDecision(game.prepared, game.state);
  return {
    ok: true,
    explanation: { action, table: explainTable(game.prepared, state, actor, action.ruleId), state },
  };
}

/**
 * The nearest flip of `actor`'s table on `state` (the state it decided on) among the rows and inputs `accept`
 * takes: for an explanation whose recorded flip teaches nothing. Nothing records it, so no hash depends on it.
 */
export function nearestFlipWhere(
  prepared: Prepared,
  state: State,
  actor: string,
  accept: (candidate: FlipCandidate) => boolean,
): Flip | null {
  return nearestFlip(evaluateTable(prepared, state, actor), state, actor, accept);
}
