import { checkContent } from './checks/index.ts';
import { compile } from './compile.ts';
import { scopeOf } from './content-scope.ts';
import type { ScenarioContent } from './content-source.ts';
import type { Prepared } from './prepared.ts';
import type { Problem } from './problem.ts';

export type {
  Prepared,
  PreparedActor,
  PreparedCard,
  PreparedLever,
  PreparedRow,
  PreparedScheduled,
} from './prepared.ts';
export type { Problem } from './problem.ts';

/** Checks the content, then compiles it if nothing is wrong: the one way content becomes playable. */
export function prepare(
  content: ScenarioContent,
): { ok: true; prepared: Prepared } | { ok: false; problems: Problem[] } {
  const ctx = scopeOf(content);
  const problems = checkContent(content, ctx);
  return problems.length ? { ok: false, problems } : { ok: true, prepared: compile(content, ctx) };
}
