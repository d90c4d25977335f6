import type { Prepared, PreparedLever } from './prepare.ts';
import type { LegalAction } from './result.ts';
import type { State } from './schema/state.ts';

/**
 * Legality, in one place for AI rows, human submissions and resolution: an action is legal when the actor
 * has it, can pay its cost, its precondition holds and, if it takes a target, the target is among the
 * candidates for which the precondition holds.
 */
export function legalTargets(state: State, actor: string, lever: PreparedLever): string[] | null {
  const { def, requires } = lever;
  if ((state.actors[actor]?.resources ?? 0) < def.cost) return [];
  if (def.target === null) return requires.test(state, null) ? null : [];
  const pool = def.target.kind === 'zone' ? state.zones : state.actors;
  return def.target.among.filter((id) => id in pool && requires.test(state, id)).sort();
}

/** Why the action is not legal now, or null if it is. */
export function illegality(
  prepared: Prepared,
  state: State,
  actor: string,
  action: string,
  target: string | null,
): string | null {
  const lever = prepared.actors.get(actor)?.levers.get(action);
  if (!lever) return `${actor} has no action '${action}'`;
  const targets = legalTargets(state, actor, lever);
  if (targets === null) return target === null ? null : `'${action}' takes no target, got '${target}'`;
  if (targets.length === 0) return `'${action}' is not available to ${actor} now`;
  if (target === null) return `'${action}' needs a target: ${targets.join(', ')}`;
  return targets.includes(target)
    ? null
    : `'${target}' is not a legal target of '${action}' now (legal: ${targets.join(', ')})`;
}

/** The actions an actor may take now, pass included, in file order. */
export function listLegal(prepared: Prepared, state: State, actor: string): LegalAction[] {
  const levers = prepared.actors.get(actor)?.levers;
  if (!levers) return [];
  const legal: LegalAction[] = [];
  for (const lever of levers.values()) {
    const targets = legalTargets(state, actor, lever);
    if (targets === null || targets.length > 0)
      legal.push({ action: lever.def.id, title: lever.def.title, targets });
  }
  return legal;
}
