import { compileCondition } from '../conditions.ts';
import type { ContentScope } from '../content-scope.ts';
import type { Condition } from '../schema/condition.ts';
import type { Problems } from './problems.ts';

/** A condition: every input it reads exists, and every value it compares with fits the input. */
export function checkCondition(
  out: Problems,
  { scope, domains }: ContentScope,
  condition: Condition,
  path: string,
  allowTarget: boolean,
): void {
  const compiled = compileCondition(condition, scope, domains, allowTarget, path);
  if (Array.isArray(compiled)) for (const p of compiled) out.report(p.path, p.message);
}
