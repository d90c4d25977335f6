import { type ContentScope, scopeOf } from '../content-scope.ts';
import type { ScenarioContent } from '../content-source.ts';
import { idAlong } from '../locate.ts';
import type { Problem } from '../problem.ts';
import { checkActors } from './actors.ts';
import { checkEvents } from './events.ts';
import { checkMapFlags } from './map-flags.ts';
import { checkScenario } from './scenario.ts';

/**
 * The one validator of resolved content (what a schema cannot check: ids that must exist, values that must
 * fit, rows in priority order, a default that is always legal). `newGame`, `greatgame validate` and the
 * browser all run it; every problem is reported, not just the first, each naming the id its path runs through.
 */
export function checkContent(content: ScenarioContent, ctx: ContentScope = scopeOf(content)): Problem[] {
  const problems = [
    ...checkScenario(content),
    ...checkActors(ctx),
    ...checkEvents(ctx),
    ...checkMapFlags(ctx),
  ];
  return problems.map((p) => withId(p, content));
}

/** Adds the id of the row, lever, event or zone a problem's path runs through. */
function withId(problem: Problem, content: ScenarioContent): Problem {
  const { files } = content;
  const actor = Object.entries(files.actors).find(([, file]) => file === problem.file)?.[0];
  const data =
    problem.file === files.scenario
      ? content.scenario
      : problem.file === files.events
        ? content.events
        : content.actors.find((a) => a.id === actor);
  const id = idAlong(data, problem.path);
  return id === null ? problem : { ...problem, id };
}
