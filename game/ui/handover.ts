import { actorWords } from '../text/vocabulary.ts';
import { el } from './dom.ts';

const capital = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

/**
 * What the hand-over screen says. Before the game's first decision there is no previous player: it says who
 * plays first. Mid-sentence an actor is "the Taliban", as everywhere else.
 */
export function handoverWords(actor: string, first: boolean): { title: string; text: string; ready: string } {
  const words = actorWords(actor);
  const who = words.subject;
  return first
    ? {
        title: `${capital(who)} ${words.plural ? 'play' : 'plays'} first`,
        text: `Pass the screen to ${who}. Each player decides in turn, out of the others’ sight.`,
        ready: `I am ${who}`,
      }
    : {
        title: `Pass the screen to ${who}`,
        text: 'The previous player’s choices stay hidden. Press the button when the next player is ready.',
        ready: `I am ${who}`,
      };
}

/**
 * Hot-seat: covers the page between two human actors, so the next player does not see the last one's choices.
 * The next player may read their briefing from here, since the header is covered.
 */
export function handoverDialog(
  actor: string,
  handlers: { ready: () => void; briefing: () => void; first: boolean },
): HTMLElement {
  const words = handoverWords(actor, handlers.first);
  return el(
    'div',
    { class: 'dialog handover', role: 'dialog', 'aria-label': 'Hand over' },
    el('h2', {}, words.title),
    el('p', {}, words.text),
    // The ready button first: the keys start on it.
    el(
      'button',
      { type: 'button', class: 'primary', id: 'handover-ready', onclick: handlers.ready },
      words.ready,
    ),
    ' ',
    el(
      'button',
      { type: 'button', id: 'handover-briefing', onclick: handlers.briefing },
      'Read your briefing',
    ),
  );
}
