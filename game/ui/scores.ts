import type { Library } from '../content/library.ts';
import type { State } from '../engine/index.ts';
import { el } from './dom.ts';
import { actorLabel } from './names.ts';

/** Every actor's interest score, posture and resources, in id order. */
export function scoresTable(state: State, library: Library): HTMLElement {
  return el(
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
          el('td', {}, a.posture),
          el('td', {}, a.resources),
        );
      }),
  );
}
