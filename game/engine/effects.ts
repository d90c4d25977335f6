import type { Draft } from 'immer';
import type { Effect } from './schema/effect.ts';
import { TARGET } from './schema/effect.ts';
import type { State } from './schema/state.ts';

/** Indicators, zone values and relations are levels in 0..100. */
export function clamp(value: number): number {
  return Math.max(0, Math.min(value, 100));
}

/** An effect's actor or zone: the action's target where it names TARGET. */
const ref = (id: string, target: string | null) => (id === TARGET ? target : id);

/**
 * Applies effects in order. A zone, actor or relation the scenario lacks is skipped: actor files are shared
 * across periods, and the content check has already rejected names outside the vocabulary.
 */
export function applyEffects(state: Draft<State>, effects: readonly Effect[], target: string | null): void {
  for (const effect of effects) {
    switch (effect.kind) {
      case 'indicator': {
        const current = state.indicators[effect.indicator];
        if (current !== undefined) state.indicators[effect.indicator] = clamp(current + effect.add);
        break;
      }
      case 'zone': {
        const zone = state.zones[ref(effect.zone, target) ?? ''];
        if (!zone) break;
        if (effect.field === 'control') {
          zone.control = typeof effect.set === 'string' ? effect.set : zone.control;
          break;
        }
        const current = zone[effect.field];
        if (current === null) break;
        zone[effect.field] = clamp(effect.add !== undefined ? current + effect.add : Number(effect.set));
        break;
      }
      case 'relation': {
        const row = state.relations[ref(effect.from, target) ?? ''];
        const to = ref(effect.to, target) ?? '';
        const current = row?.[to];
        if (row && current !== undefined) row[to] = clamp(current + effect.add);
        break;
      }
      case 'flag':
        if (effect.flag in state.flags) state.flags[effect.flag] = effect.set;
        break;
      case 'posture': {
        const actor = state.actors[ref(effect.actor, target) ?? ''];
        if (actor) actor.posture = effect.set;
        break;
      }
    }
  }
}
