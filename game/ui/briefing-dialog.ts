import { actorWords } from '../text/vocabulary.ts';
import { briefingPage } from './briefing-cards.ts';
import { el } from './dom.ts';
import type { Session } from './session.ts';

/**
 * "Read your briefing, then play" (issue 13): the role's card before its first decision, in the page itself
 * (a new tab is easily missed or refused), with a Print button; B opens the cards again later.
 */
export function briefingDialog(session: Session, actor: string, close: () => void): HTMLElement {
  const frame = el('iframe', {
    class: 'briefing-frame',
    id: 'briefing-frame',
    title: `The briefing of ${actorWords(actor).subject}`,
    srcdoc: briefingPage(session, [actor]),
  });
  return el(
    'div',
    { class: 'dialog briefing-dialog', role: 'dialog', 'aria-label': 'Your briefing', id: 'briefing-dialog' },
    el('h2', {}, 'Read your briefing, then play'),
    el(
      'p',
      {},
      `You play ${actorWords(actor).subject}. This page says where things stand, what you want and what you can do. Press B during the game to see it again.`,
    ),
    frame,
    el(
      'div',
      { class: 'dialog-foot' },
      el('button', { type: 'button', class: 'primary', id: 'briefing-play', onclick: close }, 'Play'),
      ' ',
      el(
        'button',
        { type: 'button', id: 'briefing-print', onclick: () => frame.contentWindow?.print() },
        'Print',
      ),
    ),
  );
}
