import { isLegal, legalTargets } from './levers.ts';

export { isLegal };

import type { Prepared, PreparedRow } from './prepared.ts';
import type { State } from './schema/state.ts';

/**
 * How one row fares on a state, before any draw: `eligible` (its condition holds and its action is legal);
 * `condition-false`; `not-legal` (its condition holds but its action cannot be taken); `below` (a higher
 * priority already has an eligible row, so this one was not evaluated).
 */
export type RowVerdict = 'eligible' | 'condition-false' | 'not-legal' | 'below';

export interface RowEvaluation {
  row: PreparedRow;
  verdict: RowVerdict;
  /** For an eligible row, the targets it may take, in id order; null when its action takes none. */
  targets: string[] | null;
}

export interface TableEvaluation {
  /** The priority whose eligible rows the draw chooses among; null when no row is eligible. */
  priority: number | null;
  /** Every row of the table, in file order. */
  rows: RowEvaluation[];
  /** The eligible rows of `priority`, in file order: what the weighted draw chooses among. */
  candidates: RowEvaluation[];
}

/**
 * The targets a row's action may take now: null for a legal action without a target, [] when the action is
 * not legal. A row naming a fixed target may take only that one.
 */
export function rowTargets(state: State, actor: string, row: PreparedRow): string[] | null {
  const targets = legalTargets(state, actor, row.lever);
  if (targets === null) return null;
  const wanted = row.def.do.target;
  if (typeof wanted === 'string') return targets.includes(wanted) ? [wanted] : [];
  return targets;
}

/**
 * The one evaluation of a rule table, COIN-bot style, that choosing, explaining and the nearest flip share.
 * Rows are listed by falling priority: the first eligible row fixes the priority, the rows of that priority
 * are all evaluated, and the rows below it are not (their conditions are never read).
 */
export function evaluateTable(prepared: Prepared, state: State, actor: string): TableEvaluation {
  const table = prepared.actors.get(actor)?.rows ?? [];
  let priority: number | null = null;
  const rows: RowEvaluation[] = [];
  const candidates: RowEvaluation[] = [];
  for (const row of table) {
    if (priority !== null && row.def.priority < priority) {
      rows.push({ row, verdict: 'below', targets: null });
      continue;
    }
    if (!row.when.test(state, null)) {
      rows.push({ row, verdict: 'condition-false', targets: null });
      continue;
    }
    const targets = rowTargets(state, actor, row);
    if (!isLegal(targets)) {
      rows.push({ row, verdict: 'not-legal', targets: null });
      continue;
    }
    priority = row.def.priority;
    const evaluation: RowEvaluation = { row, verdict: 'eligible', targets };
    rows.push(evaluation);
    candidates.push(evaluation);
  }
  return { priority, rows, candidates };
}
