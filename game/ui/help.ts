import { el } from './dom.ts';
import { SHORTCUTS } from './keyboard.ts';

export function helpDialog(close: () => void): HTMLElement {
  return el(
    'div',
    { class: 'dialog', role: 'dialog', 'aria-label': 'Keyboard shortcuts', id: 'help-dialog' },
    el('h2', {}, 'Keyboard shortcuts'),
    el(
      'table',
      {},
      ...SHORTCUTS.map((s) => el('tr', {}, el('td', {}, el('kbd', {}, s.label)), el('td', {}, s.help))),
    ),
    el('button', { type: 'button', class: 'primary', onclick: close }, 'Close'),
  );
}
