import { el } from './dom.ts';

/** On opening the page, when this browser holds an unfinished game (autosave.ts): go on with it, or start afresh. */
export function resumeDialog(offer: string, resume: () => void, fresh: () => void): HTMLElement {
  return el(
    'div',
    { class: 'dialog', role: 'dialog', 'aria-label': 'Resume your game' },
    el('h2', {}, 'Your game was saved'),
    el('p', { id: 'resume-offer' }, offer),
    el('p', {}, 'This browser saved it after its last turn; a new game replaces it.'),
    el('button', { type: 'button', class: 'primary', id: 'resume-game', onclick: resume }, 'Resume'),
    ' ',
    el('button', { type: 'button', id: 'resume-new', onclick: fresh }, 'New game'),
  );
}
