import { el } from './dom.ts';

export const SHORTCUTS: readonly [string, string][] = [
  ['N', 'play the turn (when no person has to decide)'],
  ['1-9, Enter', 'choose an action, then decide'],
  ['A / J / C / P', 'Decide, Log, Charts, Scores'],
  [', and .', 'look one turn back, one turn forward'],
  ['L', 'return to the live game'],
  ['Space', 'play or pause a replay'],
  ['Arrows, + and -, 0', 'pan, zoom, reset the map (drag, wheel and pinch work too)'],
  ['D', 'download the replay'],
  ['S', 'share link'],
  ['O', 'open a replay file (or drop one on the page)'],
  ['G', 'new game'],
  ['?', 'this help'],
  ['Esc', 'close a dialog'],
];

export function helpDialog(close: () => void): HTMLElement {
  return el(
    'div',
    { class: 'dialog', role: 'dialog', 'aria-label': 'Keyboard shortcuts', id: 'help-dialog' },
    el('h2', {}, 'Keyboard shortcuts'),
    el(
      'table',
      {},
      ...SHORTCUTS.map(([keys, what]) => el('tr', {}, el('td', {}, el('kbd', {}, keys)), el('td', {}, what))),
    ),
    el('button', { type: 'button', class: 'primary', onclick: close }, 'Close'),
  );
}
