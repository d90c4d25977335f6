import type { InputScope, ParsedInput, Value } from './inputs.ts';
import { parseInput } from './inputs.ts';
import type { Atom, Condition, Operator } from './schema/condition.ts';
import type { Scalar } from './schema/ids.ts';
import type { State } from './schema/state.ts';
import { domainOf, typeOf, type ValueDomains } from './values.ts';

export type { ValueDomains };

/** One input read as if it had another value: how explanations ask "what if". */
export interface Override {
  path: string;
  value: Value;
}

/** A condition compiled to a closure, with the inputs it reads (for explanations). */
export interface CompiledCondition {
  test(state: State, target: string | null, override?: Override): boolean;
  /**
   * False when no value of the input `path` could make the condition hold on this state (the other inputs as
   * they are): the nearest-flip search then need not try that input's candidates one by one.
   */
  couldHold(state: State, target: string | null, path: string): boolean;
  inputs: ParsedInput[];
}

type Test = (s: State, t: string | null, o?: Override) => boolean;

/** Three-valued (Kleene) truth: an atom on the free input is UNKNOWN, and all/any/not propagate it. */
const FALSE = 0;
const TRUE = 1;
const UNKNOWN = 2;
type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;
type Could = (s: State, t: string | null, free: string) => Truth;

/** The condition with one input left free; only called on a condition that compiled without problems. */
function buildCould(c: Condition, scope: InputScope): Could {
  if ('all' in c) {
    const parts = c.all.map((sub) => buildCould(sub, scope));
    return (s, t, free) => {
      let truth: Truth = TRUE;
      for (const part of parts) {
        const p = part(s, t, free);
        if (p === FALSE) return FALSE;
        if (p === UNKNOWN) truth = UNKNOWN;
      }
      return truth;
    };
  }
  if ('any' in c) {
    const parts = c.any.map((sub) => buildCould(sub, scope));
    return (s, t, free) => {
      let truth: Truth = FALSE;
      for (const part of parts) {
        const p = part(s, t, free);
        if (p === TRUE) return TRUE;
        if (p === UNKNOWN) truth = UNKNOWN;
      }
      return truth;
    };
  }
  if ('not' in c) {
    const inner = buildCould(c.not, scope);
    return (s, t, free) => {
      const p = inner(s, t, free);
      return p === UNKNOWN ? UNKNOWN : p === TRUE ? FALSE : TRUE;
    };
  }
  const parsed = parseInput(c.input, scope);
  if (typeof parsed === 'string') return () => FALSE;
  const { op, value } = c;
  const { read, path } = parsed;
  return (s, t, free) => (path === free ? UNKNOWN : compare(op, read(s, t), value) ? TRUE : FALSE);
}

export interface ConditionProblem {
  path: string;
  message: string;
}

export function compare(op: Operator, left: Value, right: Scalar | Scalar[]): boolean {
  if (op === 'in') return left !== null && Array.isArray(right) && right.includes(left);
  if (Array.isArray(right)) return false;
  if (op === '==') return left === right;
  if (op === '!=') return left !== right;
  if (left === null || typeof left !== typeof right || typeof left === 'boolean') return false;
  switch (op) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>=':
      return left >= right;
    case '>':
      return left > right;
  }
}

function checkAtom(atom: Atom, input: ParsedInput, domains: ValueDomains, path: string): ConditionProblem[] {
  const problems: ConditionProblem[] = [];
  const values = Array.isArray(atom.value) ? atom.value : [atom.value];
  if (atom.op === 'in' && !Array.isArray(atom.value)) {
    problems.push({
      path: `${path}.value`,
      message: `expected a list of values for 'in', found ${JSON.stringify(atom.value)}`,
    });
  }
  if (atom.op !== 'in' && Array.isArray(atom.value)) {
    problems.push({
      path: `${path}.value`,
      message: `expected one value for '${atom.op}', found a list (use 'in')`,
    });
  }
  const ordered = ['<', '<=', '>=', '>'].includes(atom.op);
  if (ordered && input.type !== 'number' && input.path !== 'date') {
    problems.push({
      path: `${path}.op`,
      message: `'${atom.op}' compares numbers or dates, but ${input.path} is a ${input.type}`,
    });
  }
  const domain = domainOf(input.path, domains);
  values.forEach((value, i) => {
    const where = Array.isArray(atom.value) ? `${path}.value[${i}]` : `${path}.value`;
    if (input.type !== 'scalar' && typeOf(value) !== input.type) {
      problems.push({
        path: where,
        message: `expected a ${input.type} for ${input.path}, found ${JSON.stringify(value)}`,
      });
    } else if (input.path === 'date' && !/^\d{4}-(0[1-9]|1[0-2])$/.test(String(value))) {
      problems.push({ path: where, message: `expected a date YYYY-MM, found ${JSON.stringify(value)}` });
    } else if (domain && typeof value === 'string' && !domain.valid.has(value)) {
      problems.push({
        path: where,
        message: `expected one of the ${domain.name} (${[...domain.valid].sort().join(', ')}), found '${value}'`,
      });
    }
  });
  return problems;
}

/**
 * Compiles a condition. `allowTarget` says whether `$target` may appear (lever preconditions only).
 * Problems carry full paths: `path` followed by the part of the condition (`rules[4].when.all[1].input`).
 */
export function compileCondition(
  condition: Condition,
  scope: InputScope,
  domains: ValueDomains,
  allowTarget: boolean,
  path: string,
): CompiledCondition | ConditionProblem[] {
  const problems: ConditionProblem[] = [];
  const inputs: ParsedInput[] = [];

  const build = (c: Condition, at: string): Test => {
    // Plain loops, not every/some: a test runs thousands of times a turn, and a callback per call is garbage.
    if ('all' in c) {
      const parts = c.all.map((sub, i) => build(sub, `${at}.all[${i}]`));
      return (s, t, o) => {
        for (const part of parts) if (!part(s, t, o)) return false;
        return true;
      };
    }
    if ('any' in c) {
      const parts = c.any.map((sub, i) => build(sub, `${at}.any[${i}]`));
      return (s, t, o) => {
        for (const part of parts) if (part(s, t, o)) return true;
        return false;
      };
    }
    if ('not' in c) {
      const inner = build(c.not, `${at}.not`);
      return (s, t, o) => !inner(s, t, o);
    }
    const parsed = parseInput(c.input, scope);
    if (typeof parsed === 'string') {
      problems.push({ path: `${at}.input`, message: parsed });
      return () => false;
    }
    if (parsed.usesTarget && !allowTarget) {
      problems.push({ path: `${at}.input`, message: `'$target' can only be read in a lever's requires` });
    }
    problems.push(...checkAtom(c, parsed, domains, at));
    if (!inputs.some((known) => known.path === parsed.path)) inputs.push(parsed);
    const { op, value } = c;
    const read = parsed.read;
    const input = parsed.path;
    // The commonest atoms without the general compare: the same answer (a list never equals a scalar).
    if (op === '==')
      return (s, t, o) => (o !== undefined && o.path === input ? o.value : read(s, t)) === value;
    if (op === '!=' && !Array.isArray(value))
      return (s, t, o) => (o !== undefined && o.path === input ? o.value : read(s, t)) !== value;
    return (s, t, o) => compare(op, o !== undefined && o.path === input ? o.value : read(s, t), value);
  };

  const test = build(condition, path);
  if (problems.length) return problems;
  const could = buildCould(condition, scope);
  return { test, inputs, couldHold: (s, t, free) => could(s, t, free) !== FALSE };
}
