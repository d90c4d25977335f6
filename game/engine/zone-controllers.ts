import type { ScenarioContent } from './content-source.ts';
import type { Effect } from './schema/effect.ts';

/** The actor the world phase hands a zone to once its share there reaches the takeover share. */
export const TAKEOVER_ACTOR = 'taliban';

/**
 * Every actor that can hold an Afghan zone in this content: the zones' starting controllers, any actor an
 * action or event sets as controller, and the actor the world phase hands zones to. The nearest-flip search
 * reads it as the domain of `zones.Z.control`, and the map colours each entry.
 */
export function zoneControllers(content: ScenarioContent): string[] {
  const found = new Set<string>([TAKEOVER_ACTOR]);
  const note = (effects: readonly Effect[]) => {
    for (const e of effects)
      if (e.kind === 'zone' && e.field === 'control' && typeof e.set === 'string') found.add(e.set);
  };
  for (const zone of content.scenario.zones)
    if (zone.kind === 'afghan' && zone.control !== null) found.add(zone.control);
  for (const actor of content.actors)
    for (const lever of actor.levers) {
      note(lever.onSuccess);
      note(lever.onFailure);
    }
  for (const event of content.events.scheduled) note(event.effects);
  for (const card of content.events.deck.cards) note(card.effects);
  return [...found].sort();
}
