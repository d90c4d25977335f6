import type { Library } from '../content/library.ts';
import type { Game, State } from '../engine/index.ts';
import { statusLabel } from '../text/vocabulary.ts';
import { monthName } from '../text/words.ts';
import { el } from './dom.ts';
import { actorLabel } from './names.ts';

type TurnLog = Game['log'][number];

/** The month the Taliban took Kabul, from the world phase's log: the Afghan Republic collapsed with it. */
export function kabulFellIn(log: readonly TurnLog[]): string | null {
  const fall = log.find((l) =>
    l.world.some((w) => w.cause === 'taliban-takeover' && w.zones.includes('af_kabul')),
  );
  return fall ? monthName(fall.date) : null;
}

/**
 * An actor's standing in the table: its posture in words, except for the Afghan Republic once Kabul has
 * fallen, which has no government left to have a stance ("collapsed (August 2021)"), whatever posture the
 * events gave it afterwards.
 */
function standing(state: State, id: string, posture: string, log: readonly TurnLog[]): string {
  const fallen = state.flags.kabul_fallen === true;
  if (id === 'afghan_republic' && fallen) {
    const month = kabulFellIn(log);
    return month ? `collapsed (${month})` : 'collapsed';
  }
  return statusLabel(posture, fallen);
}

/** Every actor's interest score, posture and resources, in id order; `log` dates the Republic's collapse. */
export function scoresTable(state: State, library: Library, log: readonly TurnLog[] = []): HTMLElement {
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
          el('td', {}, standing(state, id, a.posture, log)),
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
      'Score: how well the actor’s interests stand, 0-100; the briefing (B) lists the interests and how much each counts. Posture: how the actor stands towards the others, as events and moves have left it; some of the computer’s rules look at it before they act. Resources: what its moves cost; it earns more each turn.',
    ),
  );
}
