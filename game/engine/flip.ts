import { monthsBetween, shiftMonths } from './calendar.ts';
import type { Override } from './conditions.ts';
import { isLegal, rowTargets, type TableEvaluation } from './evaluate.ts';
import type { FlipInput } from './flip-inputs.ts';
import type { Value } from './inputs.ts';
import type { Atom } from './schema/condition.ts';
import type { Scalar } from './schema/ids.ts';
import type { Flip } from './schema/log.ts';
import type { State } from './schema/state.ts';

/**
 * The values just across each threshold the atoms set: the smallest changes that can make an atom true. Written
 * into `out` from index 0, returning how many, since the nearest-flip search asks for them for every input of
 * every row, every turn (and shortening an array costs more than counting).
 */
function candidates(flip: FlipInput, from: Value, out: Value[]): number {
  let n = 0;
  for (const { op, value } of flip.atoms) {
    if (Array.isArray(value)) for (const v of value) n = candidatesOf(flip, op, v, from, out, n);
    else n = candidatesOf(flip, op, value, from, out, n);
  }
  return n;
}

/** Writes the candidates of one atom value at `out[n]` on; returns the new count. */
function candidatesOf(
  flip: FlipInput,
  op: Atom['op'],
  v: Scalar,
  from: Value,
  out: Value[],
  n: number,
): number {
  if (flip.kind === 'number' && typeof v === 'number') {
    if (op === '<') out[n++] = v - 1;
    else if (op === '>') out[n++] = v + 1;
    else if (op === '!=' && typeof from === 'number') {
      out[n++] = from + 1;
      out[n++] = from - 1;
    } else out[n++] = v;
  } else if (flip.kind === 'date' && typeof v === 'string') {
    if (op === '<') out[n++] = shiftMonths(v, -1);
    else if (op === '>' || (op === '!=' && from === v)) out[n++] = shiftMonths(v, 1);
    else out[n++] = v;
  } else if (flip.kind === 'boolean' && typeof v === 'boolean') {
    out[n++] = op === '!=' ? !v : v;
  } else if (op === '!=') {
    // Prefer the neutral alternative (pass) when the domain has it.
    const other = v !== 'pass' && flip.domain.includes('pass') ? 'pass' : flip.domain.find((d) => d !== v);
    if (other !== undefined) out[n++] = other;
  } else {
    out[n++] = v;
  }
  return n;
}

const scratch: Value[] = [];
/** One override, rewritten for each candidate: a test reads it and keeps nothing of it. */
const override: Override = { path: '', value: null };

/** How big a change from `from` to `to` is: numbers and months by their difference, anything else counts 1. */
function distance(kind: FlipInput['kind'], from: Value, to: Value): number {
  if (kind === 'number' && typeof from === 'number' && typeof to === 'number') return Math.abs(to - from);
  if (kind === 'date' && typeof from === 'string' && typeof to === 'string')
    return Math.abs(monthsBetween(from, to));
  return 1;
}

/** A flip a caller would take: the row it leads to (its id and action) and the input it changes. */
export interface FlipCandidate {
  ruleId: string;
  action: string;
  input: string;
}

/**
 * The nearest flip of DESIGN.md section 3: among the rows of strictly higher priority than the one that
 * fired, the row that one input, changed least, would have made eligible. Ties go to the higher priority,
 * then to file order. A row whose action is not legal now cannot be flipped by its condition, so it is skipped.
 * `accept`, when given, passes over the rows and inputs it refuses (the explanation's search for the next flip
 * that teaches something); the flip the log records is searched without it.
 */
export function nearestFlip(
  table: TableEvaluation,
  state: State,
  actor: string,
  accept?: (candidate: FlipCandidate) => boolean,
): Flip | null {
  const fired = table.priority ?? Number.NEGATIVE_INFINITY;
  let best: Flip | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const { row, verdict } of table.rows) {
    if (row.def.priority <= fired) break;
    // A row whose condition already holds lost on legality: no change to its condition can flip it.
    if (verdict !== 'condition-false') continue;
    // Legality costs more than a condition test, so it is checked only once a flip would be the nearest.
    let legal: boolean | null = null;
    for (const flip of row.flips) {
      if (accept && !accept({ ruleId: row.def.id, action: row.def.do.action, input: flip.input.path }))
        continue;
      // Once a flip 1 away is known, an input none of whose candidates can be nearer is passed by (the same
      // answer, sooner: a farther or equal candidate is never taken). A boolean, id or month that changes
      // moves by at least 1, as does a whole number across a condition's thresholds (whole numbers, as the
      // content schema has them).
      if (bestDistance <= 1 && flip.kind !== 'number') continue;
      const from = flip.input.read(state, null);
      if (bestDistance <= 1 && (typeof from !== 'number' || Number.isInteger(from))) continue;
      // Asked once a candidate is near enough to test: when no value of this input can make the condition
      // hold, none of its candidates can, and they are not tried one by one (the same answer, sooner).
      let possible: boolean | null = null;
      const count = candidates(flip, from, scratch);
      for (let i = 0; i < count; i++) {
        const to = scratch[i] as Value;
        if (to === from) continue;
        const d = distance(flip.kind, from, to);
        if (d >= bestDistance) continue;
        possible ??= row.when.couldHold(state, null, flip.input.path);
        if (!possible) break;
        override.path = flip.input.path;
        override.value = to;
        if (!row.when.test(state, null, override)) continue;
        legal ??= isLegal(rowTargets(state, actor, row));
        if (!legal) break;
        best = { from, input: flip.input.path, ruleId: row.def.id, to };
        bestDistance = d;
      }
      if (legal === false) break;
    }
  }
  return best;
}
