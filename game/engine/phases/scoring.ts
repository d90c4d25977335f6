import type { Draft } from 'immer';
import type { Prepared } from '../prepared.ts';
import type { State } from '../schema/state.ts';

/**
 * Phase 5, scoring. An actor's score (0..100) is the weighted mean of how well each interest's indicator
 * sits where the actor wants it: the value itself for `up`, 100 minus it for `down`. `indicators` may be a
 * plain copy of the state's indicators, which is cheaper to read than a draft.
 */
export function score(
  state: Draft<State>,
  prepared: Prepared,
  indicators: Readonly<Record<string, number>> = state.indicators,
): void {
  for (const id of prepared.actorIds) {
    const actor = state.actors[id];
    const interests = prepared.actors.get(id)?.def.interests ?? [];
    if (!actor || interests.length === 0) continue;
    let total = 0;
    let weights = 0;
    for (const interest of interests) {
      const value = indicators[interest.indicator] ?? 0;
      total += interest.weight * (interest.want === 'up' ? value : 100 - value);
      weights += interest.weight;
    }
    const next = Math.floor(total / weights);
    if (actor.score !== next) actor.score = next;
  }
}
