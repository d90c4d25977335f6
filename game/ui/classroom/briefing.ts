import type { Library } from '../../content/library.ts';
import type { Citation, Game } from '../../engine/index.ts';
import { leverSummary } from '../../text/describe.ts';
import { actorDoes } from '../../text/inputs.ts';
import { zoneOrActorName } from '../../text/words.ts';
import { el } from '../dom.ts';
import { quoteBlock } from '../quotes.ts';
import { roleBrief } from './brief.ts';

/**
 * A role's briefing: the paragraph of the join slip, its interests with their quotes, its levers, and what it
 * knows now (its own resources, score and posture, and the indicators its interests read). Rebuilt each turn.
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
          `What you know now: resources ${mine.resources ?? '?'}, score ${mine.score ?? '?'} (how well your interests stand, 0-100), posture ${String(mine.posture).replaceAll('_', ' ')}.`,
        )
      : null,
    watched.length
      ? el(
          'table',
          { class: 'scores cl-indicators' },
          el('tr', {}, el('th', {}, 'Indicator your interests read'), el('th', {}, 'Now')),
          ...watched.map((i) => el('tr', {}, el('td', {}, i), el('td', {}, indicators[i] ?? ''))),
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
          `${interest.title} (${interest.indicator} ${interest.want}, weight ${interest.weight})`,
          quoteBlock(interest.citations[0], openQuote),
        ),
      ),
    ),
    el(
      'details',
      {},
      el('summary', {}, `Levers: what ${actor.name} can do (${actor.levers.length})`),
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
  );
}
