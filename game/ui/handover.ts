import { el } from './dom.ts';

/** Hot-seat: covers the page between two human actors, so the next player does not see the last one's choices. */
export function handoverDialog(who: string, ready: () => void): HTMLElement {
  return el(
    'div',
    { class: 'dialog handover', role: 'dialog', 'aria-label': 'Hand over' },
    el('h2', {}, `Pass the screen to ${who}`),
    el('p', {}, 'The previous player’s choices stay hidden. Press the button when the next player is ready.'),
    el('button', { type: 'button', class: 'primary', id: 'handover-ready', onclick: ready }, `I am ${who}`),
  );
}
