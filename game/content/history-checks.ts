import {
  compileStateCondition,
  type HistoryCheck,
  type HistoryFile,
  PASS,
  type Problem,
  type ScenarioContent,
} from '../engine/index.ts';
import type { Library } from './library.ts';
import { turnDates } from './turn-dates.ts';

/** True when a month lies in a check's window: both ends included, an end left out open. */
export const inWindow = (window: { from?: string; to?: string }, date: string): boolean =>
  (window.from === undefined || date >= window.from) && (window.to === undefined || date <= window.to);

/**
 * Everything wrong with a scenario's history file as the library holds it: its schema errors, else the
 * checks against the scenario's baseline. `resolveBaseline` gives that content (null when it cannot be resolved,
 * a problem reported elsewhere).
 */
export function historyProblems(
  library: Library,
  scenario: string,
  resolveBaseline: () => ScenarioContent | null,
): Problem[] {
  const entry = library.scenarios.get(scenario);
  const file = entry?.files.history ?? `${scenario}/history.json`;
  const problems = library.errors.filter((e) => e.file === file);
  const baseline = entry?.history ? resolveBaseline() : null;
  if (entry?.history && baseline) problems.push(...checkHistory(entry.history, baseline, file));
  return problems;
}

/**
 * What the schema cannot see in a history file: every id it names exists in the scenario's baseline, every
 * condition reads inputs that exist, and every window holds at least one turn (else the claim can never be
 * checked). `content` is the scenario resolved at its baseline; `file` names the history file in each problem.
 */
export function checkHistory(history: HistoryFile, content: ScenarioContent, file: string): Problem[] {
  const problems: Problem[] = [];
  const report = (path: string, id: string, message: string) => problems.push({ file, path, id, message });
  const dates = turnDates(content.scenario);
  const seen = new Set<string>();
  history.claims.forEach((claim, i) => {
    const at = `claims[${i}]`;
    if (seen.has(claim.id)) report(`${at}.id`, claim.id, `duplicate claim id '${claim.id}'`);
    seen.add(claim.id);
    for (const p of checkOf(claim.check, content, `${at}.check`)) report(p.path, claim.id, p.message);
    const { from, to } = claim.check;
    if (!dates.some((d) => inWindow(claim.check, d)))
      report(
        `${at}.check`,
        claim.id,
        `no turn of ${content.id} falls from ${from ?? 'its start'} to ${to ?? 'its end'} (turns: ${dates[0]} to ${dates[dates.length - 1]})`,
      );
  });
  return problems;
}

function checkOf(
  check: HistoryCheck,
  content: ScenarioContent,
  path: string,
): { path: string; message: string }[] {
  if (check.kind === 'event') {
    const events = [...content.events.scheduled, ...content.events.deck.cards].map((e) => e.id);
    return events.includes(check.event)
      ? []
      : [{ path: `${path}.event`, message: `unknown event '${check.event}' in ${content.id}` }];
  }
  if (check.kind === 'action') {
    const inScenario = content.scenario.actors.some((a) => a.id === check.actor);
    const actor = content.actors.find((a) => a.id === check.actor);
    if (!inScenario || !actor)
      return [{ path: `${path}.actor`, message: `'${check.actor}' is not an actor of ${content.id}` }];
    const actions = [PASS, ...actor.levers.map((l) => l.id)];
    return actions.includes(check.action)
      ? []
      : [
          {
            path: `${path}.action`,
            message: `${check.actor} has no action '${check.action}' (actions: ${actions.join(', ')})`,
          },
        ];
  }
  const compiled = compileStateCondition(content, check.when, `${path}.when`);
  return compiled.ok ? [] : compiled.problems;
}
