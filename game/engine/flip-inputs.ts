import type { CompiledCondition } from './conditions.ts';
import type { ParsedInput } from './inputs.ts';
import type { Atom, Condition } from './schema/condition.ts';
import { domainOf, type ValueDomains } from './values.ts';

/** One input of a row's condition, with the atoms that compare it and the values they make interesting. */
export interface FlipInput {
  input: ParsedInput;
  kind: 'number' | 'date' | 'boolean' | 'string';
  atoms: readonly Atom[];
  /** For `!=` on a string: the values it could take instead (an actor's actions, postures, actor ids). */
  domain: readonly string[];
}

function atomsOf(condition: Condition, out: Atom[] = []): Atom[] {
  if ('all' in condition) for (const c of condition.all) atomsOf(c, out);
  else if ('any' in condition) for (const c of condition.any) atomsOf(c, out);
  else if ('not' in condition) atomsOf(condition.not, out);
  else out.push(condition);
  return out;
}

/** Prepares, once per row, what the nearest-flip search needs. */
export function flipInputs(
  condition: Condition,
  compiled: CompiledCondition,
  domains: ValueDomains,
): FlipInput[] {
  const atoms = atomsOf(condition);
  return compiled.inputs.map((input) => {
    const mine = atoms.filter((a) => a.input === input.path);
    const kind = input.path === 'date' ? 'date' : input.type === 'scalar' ? 'string' : input.type;
    return { input, kind, atoms: mine, domain: domainOf(input.path, domains)?.reachable ?? [] };
  });
}
