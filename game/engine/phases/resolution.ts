import type { Draft } from 'immer';
import { applyEffects } from '../effects.ts';
import { illegality } from '../levers.ts';
import type { Prepared } from '../prepared.ts';
import { certain, succeeds } from '../rng.ts';
import type { ActionRecord } from '../schema/log.ts';
import type { State } from '../schema/state.ts';
import type { TakenDecision } from './decisions.ts';

/**
 * Phase 3, resolution. Actions apply in actor-id order. An action an earlier one made illegal is `blocked`;
 * otherwise its cost is paid and its outcome drawn against its chance (per mille).
 */
export function resolve(
  state: Draft<State>,
  prepared: Prepared,
  decisions: readonly TakenDecision[],
): ActionRecord[] {
  const records: ActionRecord[] = [];
  for (const d of decisions) {
    const lever = prepared.actors.get(d.actor)?.levers.get(d.action);
    const actor = state.actors[d.actor];
    let outcome: ActionRecord['outcome'] = 'blocked';
    if (lever && actor && illegality(prepared, state, d.actor, d.action, d.target) === null) {
      actor.resources -= lever.def.cost;
      const { chance } = lever.def;
      outcome = (certain(chance) ?? succeeds(d.draws.at(2), chance)) ? 'success' : 'failure';
      applyEffects(state, outcome === 'success' ? lever.def.onSuccess : lever.def.onFailure, d.target);
    }
    records.push({
      action: d.action,
      actor: d.actor,
      outcome,
      ruleId: d.ruleId,
      target: d.target,
      why: d.why,
    });
  }
  for (const record of records) {
    const actor = state.actors[record.actor];
    if (!actor) continue;
    if (actor.lastAction !== record.action) actor.lastAction = record.action;
    if (actor.lastOutcome !== record.outcome) actor.lastOutcome = record.outcome;
  }
  return records;
}
