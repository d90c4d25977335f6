import type { ContentScope } from '../content-scope.ts';
import type { Problem } from '../problem.ts';
import { checkCondition } from './conditions.ts';
import { Problems } from './problems.ts';

/** The scenario's `mapFlags`: each names a true-or-false flag once, and its condition reads what exists. */
export function checkMapFlags(ctx: ContentScope): Problem[] {
  const { scenario, files } = ctx.content;
  const out = new Problems(files.scenario);
  const seen = new Set<string>();
  scenario.mapFlags.forEach(({ flag, when }, i) => {
    const at = `mapFlags[${i}]`;
    const initial = ctx.scope.flags.get(flag);
    if (initial === undefined) out.report(`${at}.flag`, `unknown flag '${flag}'`);
    else if (typeof initial !== 'boolean')
      out.report(
        `${at}.flag`,
        `flag '${flag}' holds a ${typeof initial}: only a true-or-false flag can follow the map`,
      );
    if (seen.has(flag)) out.report(`${at}.flag`, `flag '${flag}' follows the map twice`);
    seen.add(flag);
    checkCondition(out, ctx, when, `${at}.when`, false);
  });
  return out.list;
}
