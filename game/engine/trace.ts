import { compare } from './conditions.ts';
import type { Value } from './inputs.ts';
import type { Atom, Condition } from './schema/condition.ts';

export interface AtomTrace {
  atom: Atom;
  actual: Value;
  holds: boolean;
}

export interface ConditionTrace {
  holds: boolean;
  atoms: AtomTrace[];
}

/**
 * Evaluates a condition as written, reading each input through `lookup`, and records every atom with the
 * value it saw: what `explain` prints, and how tests check that a recorded explanation is true.
 */
export function traceCondition(condition: Condition, lookup: (input: string) => Value): ConditionTrace {
  const atoms: AtomTrace[] = [];
  const walk = (c: Condition): boolean => {
    if ('all' in c) return c.all.map(walk).every(Boolean);
    if ('any' in c) return c.any.map(walk).some(Boolean);
    if ('not' in c) return !walk(c.not);
    const actual = lookup(c.input);
    const holds = compare(c.op, actual, c.value);
    atoms.push({ atom: c, actual, holds });
    return holds;
  };
  return { holds: walk(condition), atoms };
}
