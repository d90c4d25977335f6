import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../game/engine/effects.ts';
import type { Effect, State } from '../../game/engine/index.ts';
import { newGame } from '../../game/engine/index.ts';
import { CITE, miniContent, sourceOf } from '../helpers/mini.ts';

/**
 * The closed set of effects (docs/engine.md), applied to the mini scenario's starting state: russia and the
 * Taliban, af_north and af_south (no border security), border_tajik (security only), relations between the two.
 */
function fresh(): State {
  const created = newGame(sourceOf(miniContent()), { scenario: 'mini', seed: 1 });
  if (!created.ok) throw new Error(created.error.message);
  return structuredClone(created.game.state);
}

const effect = (fields: Record<string, unknown>) => ({ ...fields, citations: CITE }) as Effect;

function applied(effects: Record<string, unknown>[], target: string | null = null): State {
  const state = fresh();
  applyEffects(state, effects.map(effect), target);
  return state;
}

describe('zone effects', () => {
  it('add to a level, clamped to 0..100', () => {
    const state = applied([
      { kind: 'zone', zone: 'af_north', field: 'taliban', add: 15 },
      { kind: 'zone', zone: 'af_south', field: 'opium', add: 60 },
    ]);
    expect(state.zones.af_north?.taliban).toBe(45);
    expect(state.zones.af_south?.opium).toBe(100);
  });

  it('set a level outright, clamped too', () => {
    const state = applied([
      { kind: 'zone', zone: 'af_north', field: 'stability', set: 80 },
      { kind: 'zone', zone: 'border_tajik', field: 'security', set: 130 },
    ]);
    expect(state.zones.af_north?.stability).toBe(80);
    expect(state.zones.border_tajik?.security).toBe(100);
  });

  it('hand a zone to an actor, on the target zone', () => {
    const state = applied([{ kind: 'zone', zone: '$target', field: 'control', set: 'taliban' }], 'af_south');
    expect(state.zones.af_south?.control).toBe('taliban');
    expect(state.zones.af_north?.control).toBe('afghan_republic');
  });

  it('leave a field the zone does not have (null) as it is', () => {
    const state = applied([
      { kind: 'zone', zone: 'af_north', field: 'security', add: 10 },
      { kind: 'zone', zone: 'border_tajik', field: 'taliban', set: 50 },
    ]);
    expect(state.zones.af_north?.security).toBeNull();
    expect(state.zones.border_tajik?.taliban).toBeNull();
  });

  it('do nothing to a zone this scenario lacks', () => {
    const before = fresh();
    const state = applied([
      { kind: 'zone', zone: 'af_kabul', field: 'taliban', add: 10 },
      { kind: 'zone', zone: 'af_kabul', field: 'control', set: 'taliban' },
    ]);
    expect(state).toEqual(before);
  });
});

describe('relation effects', () => {
  it('move a relation, clamped, in one direction only', () => {
    const state = applied([{ kind: 'relation', from: 'russia', to: '$target', add: 70 }], 'taliban');
    expect(state.relations.russia?.taliban).toBe(100);
    expect(state.relations.taliban?.russia).toBe(40);
  });

  it('do nothing to a relation the scenario does not declare', () => {
    const before = fresh();
    const state = applied([
      { kind: 'relation', from: 'russia', to: 'us', add: 10 },
      { kind: 'relation', from: 'us', to: 'russia', add: 10 },
    ]);
    expect(state).toEqual(before);
    expect(Object.keys(state.relations.russia ?? {})).toEqual(['taliban']);
  });
});

describe('posture, flag and indicator effects', () => {
  it('set a posture, a flag and move an indicator', () => {
    const state = applied([
      { kind: 'posture', actor: '$target', set: 'cautious' },
      { kind: 'flag', flag: 'round', set: 2 },
      { kind: 'indicator', indicator: 'peace_process', add: -50 },
    ]);
    expect(state.flags.round).toBe(2);
    expect(state.indicators.peace_process).toBe(0);
    // `$target` without a target names no actor.
    expect(state.actors.russia?.posture).toBe('engaged');
    expect(
      applied([{ kind: 'posture', actor: '$target', set: 'cautious' }], 'russia').actors.russia?.posture,
    ).toBe('cautious');
  });

  it('do nothing to the posture of an actor this scenario lacks', () => {
    const before = fresh();
    const state = applied([{ kind: 'posture', actor: 'us', set: 'withdrawing' }]);
    expect(state).toEqual(before);
  });
});
