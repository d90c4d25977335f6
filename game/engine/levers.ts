import type { Prepared, PreparedLever } from './prepared.ts';
import type { LegalAction, UnavailableAction } from './result.ts';
import type { State } from './schema/state.ts';
import { type ConditionTrace, traceCondition } from './trace.ts';

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
  // `among` is sorted once at compile time, so the filtered list is in id order without a sort a call.
  const targets: string[] = [];
  for (const id of lever.among) if (id in pool && requires.test(state, id)) targets.push(id);
  return targets;
}

/** Legal targets mean a legal action: null (it takes none) or at least one. */
export const isLegal = (targets: string[] | null) => targets === null || targets.length > 0;

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
    if (isLegal(targets)) legal.push({ action: lever.def.id, title: lever.def.title, targets });
  }
  return legal;
}

/** A lever's precondition as written, evaluated on a state (no target), with the values it read. */
export function traceRequires(lever: PreparedLever, state: State): ConditionTrace {
  return traceCondition(
    lever.def.requires,
    (path) => lever.requires.inputs.find((i) => i.path === path)?.read(state, null) ?? null,
  );
}

/** The actions an actor has but cannot take now, in file order, each with the reason (see UnavailableAction). */
export function listUnavailable(prepared: Prepared, state: State, actor: string): UnavailableAction[] {
  const levers = prepared.actors.get(actor)?.levers;
  if (!levers) return [];
  const resources = state.actors[actor]?.resources ?? 0;
  const unavailable: UnavailableAction[] = [];
  for (const lever of levers.values()) {
    if (isLegal(legalTargets(state, actor, lever))) continue;
    const { def } = lever;
    const base = { action: def.id, title: def.title };
    if (resources < def.cost) {
      unavailable.push({ ...base, why: { kind: 'cost', cost: def.cost, resources } });
      continue;
    }
    if (def.target !== null) {
      unavailable.push({ ...base, why: { kind: 'no-target' } });
      continue;
    }
    const trace = traceRequires(lever, state);
    const values = Object.fromEntries(trace.atoms.map((a) => [a.atom.input, a.actual]));
    unavailable.push({ ...base, why: { kind: 'requires', condition: def.requires, values } });
  }
  return unavailable;
}
