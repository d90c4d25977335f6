import type { Library } from '../content/library.ts';
import type { State } from '../engine/index.ts';
import { statusLabel } from '../text/vocabulary.ts';
import { el } from './dom.ts';
import { actorLabel } from './names.ts';

/** Every actor's interest score, posture and resources, in id order. */
export function scoresTable(state: State, library: Library): HTMLElement {
  const table = el(
    'table',
    { class: 'scores' },
    el(
      'tr',
      {},
      el('th', {}, 'Actor'),
      el('th', {}, 'Score'),
      el('th', {}, 'Posture'),
      el('th', {}, 'Resources'),
    ),
    ...Object.entries(state.actors)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, a]) => {
        return el(
          'tr',
          {},
          el('td', {}, actorLabel(library, id)),
          el('td', {}, a.score),
          el('td', {}, statusLabel(a.posture, state.flags.kabul_fallen === true)),
          el('td', {}, a.resources),
        );
      }),
  );
  return el(
    'div',
    {},
    table,
    el(
      'p',
      { class: 'effects' },
      'Score: how well the actor’s interests stand, 0-100. Posture: the stance events and actions have given it, which some rows of the tables read. Resources: what its actions cost; it earns more each turn.',
    ),
  );
}
