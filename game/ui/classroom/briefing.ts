import type { Library } from '../../content/library.ts';
import type { Citation, Game } from '../../engine/index.ts';
import { roleBriefing } from '../../text/briefing.ts';
import { briefingCardsHtml } from '../../text/briefing-html.ts';
import { leverSummary } from '../../text/describe.ts';
import { actorDoes } from '../../text/inputs.ts';
import { indicatorNote, indicatorWords, postureLabel } from '../../text/vocabulary.ts';
import { zoneOrActorName } from '../../text/words.ts';
import { el } from '../dom.ts';
import { quoteBlock } from '../quotes.ts';
import { roleBrief } from './brief.ts';

/**
 * The role's printable briefing card (the one the single-screen game opens with B), folded: the situation, what
 * the others want, every move. It is the card's own HTML in a frame without scripts, so it prints as a card.
 */
function briefingCard(game: Game, role: string): HTMLElement | null {
  const { content } = game.prepared;
  const briefing = roleBriefing(content, role);
  if (!briefing) return null;
  const frame = el('iframe', {
    class: 'cl-card',
    title: `Role briefing of ${briefing.actor.name}`,
    // No scripts: the card is plain HTML. Same origin and modals, so that the Print button can print the frame.
    sandbox: 'allow-same-origin allow-modals',
    srcdoc: briefingCardsHtml([briefing], content.scenario.start),
  });
  return el(
    'details',
    { class: 'cl-card-holder', id: 'cl-card' },
    el('summary', {}, 'Your full role briefing: the situation, what the others want, every move'),
    el(
      'button',
      { type: 'button', id: 'cl-card-print', onclick: () => frame.contentWindow?.print() },
      'Print the briefing',
    ),
    frame,
  );
}

/**
 * A role's briefing: the paragraph of the join slip, what it knows now (its own resources, score and posture, and
 * the indicators its interests read, by their labels), its interests with their quotes, its moves, and the full
 * role card folded. Rebuilt each turn.
 */
export function briefingPanel(
  library: Library,
  role: string,
  game: Game | null,
  openQuote: (citation: Citation) => void,
): HTMLElement {
  const actor = library.actors.get(role);
  if (!actor) return el('p', {}, `No briefing for ${role}.`);
  const title = game?.prepared.content.scenario.title ?? '';
  const mine = game?.state.actors[role];
  const indicators = game?.state.indicators ?? {};
  const watched = [...new Set(actor.interests.map((i) => i.indicator))].filter((i) => i in indicators);
  return el(
    'div',
    { class: 'cl-briefing' },
    el('p', {}, roleBrief(actor, title)),
    mine
      ? el(
          'p',
          { id: 'cl-knows' },
          `What you know now: resources ${mine.resources ?? '?'}, score ${mine.score ?? '?'} (how well your interests stand, 0-100), posture ${postureLabel(String(mine.posture))}.`,
        )
      : null,
    watched.length
      ? el(
          'table',
          { class: 'scores cl-indicators' },
          el('tr', {}, el('th', {}, 'What your interests read'), el('th', {}, 'Now')),
          ...watched.map((i) =>
            el(
              'tr',
              {},
              el('td', { title: indicatorNote(i) }, indicatorWords(i).label),
              el('td', {}, indicators[i] ?? ''),
            ),
          ),
        )
      : null,
    el(
      'details',
      { open: true },
      el('summary', {}, `What ${actorDoes(actor.id, 'wants', 'want')} (${actor.interests.length})`),
      ...actor.interests.map((interest) =>
        el(
          'div',
          { class: 'entry' },
          el(
            'span',
            { title: indicatorNote(interest.indicator) },
            `${interest.title} (wants ${indicatorWords(interest.indicator).label} ${interest.want === 'up' ? 'higher' : 'lower'}, weight ${interest.weight})`,
          ),
          quoteBlock(interest.citations[0], openQuote),
        ),
      ),
    ),
    el(
      'details',
      {},
      el('summary', {}, `Moves: what ${actorDoes(actor.id, 'can', 'can')} do (${actor.levers.length})`),
      ...actor.levers.map((lever) =>
        el(
          'div',
          { class: 'entry' },
          lever.title,
          el(
            'div',
            { class: 'why' },
            leverSummary(lever, game ? (zone) => zoneOrActorName(game, zone) : undefined),
          ),
        ),
      ),
    ),
    game ? briefingCard(game, role) : null,
  );
}
