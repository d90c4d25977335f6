import type { ActionRecord, ScenarioContent } from '../engine/index.ts';
import { badgedActions } from '../scenes/badge-layout.ts';
import { badgeFor } from '../scenes/icons.ts';
import { actorColours } from '../text/actor-colours.ts';
import { badgeLabel } from '../text/badge-words.ts';
import { actorWords } from '../text/vocabulary.ts';
import { library } from './bundle.ts';
import { el, fill } from './dom.ts';

/**
 * Whose each map badge is, for the page around the canvas: the actors' colours (the charts' and the debrief's,
 * the same in every scenario), the key the legend shows, and a list of the badges a screen reader can read,
 * since the canvas itself says nothing to one.
 */

export const ACTOR_COLOURS: ReadonlyMap<string, string> = actorColours([...library.actors.keys()]);

/** The actors of a game with their names and colours, in the scenario's order: the legend's key to badges. */
export function badgeKey(content: ScenarioContent): { id: string; name: string; colour: string }[] {
  return content.scenario.actors.map(({ id }) => ({
    id,
    name: actorWords(id).label,
    colour: ACTOR_COLOURS.get(id) ?? '#5a5a5a',
  }));
}

/** The turn's badges as a list for a screen reader, in actor order: "Russia: Convene talks (succeeded)". */
export class BadgeList {
  readonly element = el('ul', {
    id: 'map-actions',
    class: 'visually-hidden',
    'aria-label': 'Actions on the map',
  });

  show(content: ScenarioContent | null, actions: readonly ActionRecord[]): void {
    const badged = content ? badgedActions(actions, (a) => badgeFor(content, a.actor, a.action)) : [];
    fill(
      this.element,
      ...(badged.length
        ? badged.map(({ action }) =>
            el('li', {}, badgeLabel(action.actor, action.action, action.outcome === 'success')),
          )
        : [el('li', {}, 'No actions on the map this turn')]),
    );
  }
}
