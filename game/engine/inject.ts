import { produce } from 'immer';
import type { Game } from './api.ts';
import { applyEffects } from './effects.ts';
import { fail, type Result } from './result.ts';
import type { Effect } from './schema/effect.ts';
import type { CustomEffect, InjectedEvent } from './schema/injection.ts';
import { DERIVED_INDICATORS } from './schema/scenario.ts';
import type { State } from './schema/state.ts';

const isDerived = (name: string) => (DERIVED_INDICATORS as readonly string[]).includes(name);

/** Why a custom effect cannot apply to this game, or null: every id it names must exist here. */
function effectProblem(state: State, effect: CustomEffect): string | null {
  switch (effect.kind) {
    case 'indicator':
      if (!(effect.indicator in state.indicators)) return `unknown indicator '${effect.indicator}'`;
      if (isDerived(effect.indicator))
        return `'${effect.indicator}' is derived from the zones each turn: change a zone instead`;
      return null;
    case 'zone': {
      const zone = state.zones[effect.zone];
      if (!zone) return `unknown zone '${effect.zone}'`;
      if ((effect.add === undefined) === (effect.set === undefined))
        return 'a zone effect has add or set, not both';
      if (effect.field === 'control') {
        if (typeof effect.set !== 'string' || !(effect.set in state.actors))
          return `control is set to an actor of this scenario`;
        return null;
      }
      if (zone[effect.field] === null) return `zone '${effect.zone}' has no ${effect.field}`;
      if (effect.set !== undefined && typeof effect.set !== 'number')
        return `${effect.field} is set to a number`;
      return null;
    }
    case 'relation':
      if (state.relations[effect.from]?.[effect.to] === undefined)
        return `no relation from '${effect.from}' to '${effect.to}'`;
      return null;
    case 'flag':
      if (!(effect.flag in state.flags)) return `unknown flag '${effect.flag}'`;
      if (typeof state.flags[effect.flag] !== typeof effect.set)
        return `flag '${effect.flag}' takes a ${typeof state.flags[effect.flag]}`;
      return null;
    case 'posture':
      if (!(effect.actor in state.actors)) return `unknown actor '${effect.actor}'`;
      return null;
  }
}

/** The effects an injected event has in this game: a deck card's, or a checked custom list. */
export function injectedEffects(game: Game, event: InjectedEvent): Result<{ effects: readonly Effect[] }> {
  if (typeof event === 'string') {
    const card = game.prepared.deck.find((c) => c.def.id === event);
    if (!card) {
      const ids = game.prepared.deck.map((c) => c.def.id).join(', ');
      return fail('invalid_option', `'${event}' is not an event of the deck (events: ${ids})`);
    }
    return { ok: true, effects: card.def.effects };
  }
  for (const [i, effect] of event.effects.entries()) {
    const problem = effectProblem(game.state, effect);
    if (problem) return fail('invalid_option', `event ${event.id}: effects[${i}]: ${problem}`);
  }
  // A custom event cites no report: its citations are empty, and nothing reads them when effects apply.
  return { ok: true, effects: event.effects.map((e) => ({ ...e, citations: [] }) as unknown as Effect) };
}

/**
 * Applies an injected event to the game before its current turn is played. The event changes the state the
 * turn starts from, so the next hash records it; a replay that lists the injection reproduces it.
 */
export function injectEvent(game: Game, event: InjectedEvent): Result<{ game: Game }> {
  if (game.state.meta.phase === 'over') return fail('game_over', 'the game is over');
  const found = injectedEffects(game, event);
  if (!found.ok) return found;
  const state = produce(game.state, (draft) => {
    applyEffects(draft, found.effects, null);
  });
  return { ok: true, game: { ...game, state } };
}
