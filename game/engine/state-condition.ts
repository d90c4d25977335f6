import { compileCondition } from './conditions.ts';
import { scopeOf } from './content-scope.ts';
import type { ScenarioContent } from './content-source.ts';
import type { Condition } from './schema/condition.ts';
import type { State } from './schema/state.ts';

/** A condition on a whole state, checked against the content it reads: for claims about a game's record. */
export type StateTest = (state: State) => boolean;

/**
 * Compiles a condition in the rule tables' language for reading finished states (the history claims), with
 * the same inputs and value checks a row's `when` gets. Problems carry `path` followed by the condition's part.
 */
export function compileStateCondition(
  content: ScenarioContent,
  condition: Condition,
  path: string,
): { ok: true; test: StateTest } | { ok: false; problems: { path: string; message: string }[] } {
  const { scope, domains } = scopeOf(content);
  const compiled = compileCondition(condition, scope, domains, false, path);
  if (Array.isArray(compiled)) return { ok: false, problems: compiled };
  return { ok: true, test: (state) => compiled.test(state, null) };
}
