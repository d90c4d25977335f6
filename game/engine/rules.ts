import { evaluateTable, type RowEvaluation, type TableEvaluation } from './evaluate.ts';
import { nearestFlip } from './flip.ts';
import type { Prepared } from './prepared.ts';
import { intBelow, type Reserved } from './rng.ts';
import type { Why } from './schema/log.ts';
import type { State } from './schema/state.ts';

export interface Choice {
  action: string;
  target: string | null;
  ruleId: string;
  why: Why;
}

/** A choice's draws by place: 0 the row draw, 1 the target tie-break. */
type Draws = Pick<Reserved, 'at'>;

/** Picks one target: a fixed id, or the max/min of a zone field with a seeded tie-break among equals. */
function pickTarget(state: State, { row, targets }: RowEvaluation, draws: Draws): string | null {
  const wanted = row.def.do.target;
  if (targets === null) return null;
  if (wanted === null || typeof wanted === 'string') return targets[0] ?? null;
  const [spec, sign] = 'maxBy' in wanted ? [wanted.maxBy, 1] : [wanted.minBy, -1];
  const field = spec.split('.')[2] as keyof State['zones'][string];
  let best: string[] = [];
  let bestValue = Number.NEGATIVE_INFINITY;
  for (const id of targets) {
    const raw = state.zones[id]?.[field];
    const value = typeof raw === 'number' ? raw * sign : Number.NEGATIVE_INFINITY;
    if (value > bestValue) {
      bestValue = value;
      best = [id];
    } else if (value === bestValue) best.push(id);
  }
  // The tie-break draw is read only when there is a tie: with one best it cannot change the pick.
  return (best.length > 1 ? best[intBelow(draws.at(1), best.length)] : best[0]) ?? null;
}

/**
 * An actor's choice from its table: among the eligible rows of the highest eligible priority one is drawn
 * in proportion to weight (draw `rowDraw`), then its target is picked (draw `targetDraw`). The last row is
 * a default that is always eligible. The choice records the values its row read and the nearest flip.
 */
export function choose(
  prepared: Prepared,
  state: State,
  actor: string,
  rowDraw: number,
  targetDraw: number,
): Choice {
  return chooseWith(prepared, state, actor, { at: (i) => (i === 0 ? rowDraw : targetDraw) });
}

/**
 * `choose` with its draws by place (0 the row draw, 1 the target tie-break), each read only when the choice
 * needs it: among one eligible row, or one best target, a draw cannot change the choice.
 */
export function chooseWith(prepared: Prepared, state: State, actor: string, draws: Draws): Choice {
  const table = evaluateTable(prepared, state, actor);
  const chosen = drawByWeight(table, draws);
  if (!chosen) {
    // Unreachable for checked content (the default row is always legal); pass rather than throw.
    const rows = table.rows;
    return {
      action: 'pass',
      target: null,
      ruleId: rows[rows.length - 1]?.row.def.id ?? `${actor}.default`,
      why: { conditions: {}, flip: null },
    };
  }
  const conditions: Why['conditions'] = {};
  for (const input of chosen.row.when.inputs) conditions[input.path] = input.read(state, null);
  return {
    action: chosen.row.def.do.action,
    target: pickTarget(state, chosen, draws),
    ruleId: chosen.row.def.id,
    why: { conditions, flip: nearestFlip(table, state, actor) },
  };
}

function drawByWeight({ candidates }: TableEvaluation, draws: Draws): RowEvaluation | undefined {
  if (candidates.length < 2) return candidates[0];
  const total = candidates.reduce((sum, c) => sum + c.row.def.weight, 0);
  let ticket = intBelow(draws.at(0), total);
  for (const candidate of candidates) {
    ticket -= candidate.row.def.weight;
    if (ticket < 0) return candidate;
  }
  return candidates[candidates.length - 1];
}
