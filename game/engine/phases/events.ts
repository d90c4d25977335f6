import type { Draft } from 'immer';
import { applyEffects } from '../effects.ts';
import type { Prepared } from '../prepared.ts';
import { intBelow, type TurnStreams } from '../rng.ts';
import type { EventRecord } from '../schema/log.ts';
import type { State } from '../schema/state.ts';

/**
 * Phase 1, events. Scheduled historical events first, in file order: each fires once, on the first turn whose
 * period reaches its date (`on`) and where its condition (`when`) holds. Then one draw from the `events`
 * stream picks a card of the deck, or nothing, with weights that may depend on the state.
 * Until an event fires, conditions read `base`, the plain state the draft started from: it is the same state,
 * and reading it costs no proxies.
 */
export function runEvents(
  state: Draft<State>,
  base: State,
  prepared: Prepared,
  streams: TurnStreams,
  periodEnd: string,
): EventRecord[] {
  const records: EventRecord[] = [];
  const current = (): State => (records.length > 0 ? state : base);
  for (const { def, when } of prepared.scheduled) {
    if (def.on !== null && def.on >= periodEnd) continue;
    if (current().fired.includes(def.id)) continue;
    if (when && !when.test(current(), null)) continue;
    applyEffects(state, def.effects, null);
    state.fired.push(def.id);
    records.push({ id: def.id, source: 'scheduled' });
  }

  const draw = streams.get('events').next();
  const weights = prepared.deck.map(({ def, bonuses }) => {
    let weight = def.weight;
    for (const bonus of bonuses) if (bonus.when.test(current(), null)) weight += bonus.add;
    return Math.max(weight, 0);
  });
  const quiet = prepared.content.events.deck.quiet;
  const total = weights.reduce((sum, w) => sum + w, quiet);
  let ticket = intBelow(draw, total) - quiet;
  if (ticket < 0) return records;
  for (let i = 0; i < prepared.deck.length; i++) {
    ticket -= weights[i] ?? 0;
    const card = prepared.deck[i];
    if (ticket < 0 && card) {
      applyEffects(state, card.def.effects, null);
      records.push({ id: card.def.id, source: 'deck' });
      break;
    }
  }
  return records;
}
