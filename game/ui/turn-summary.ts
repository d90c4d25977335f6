import {
  ownSentence,
  type SummaryCause,
  type SummaryChange,
  type TurnSummary,
} from '../analysis/turn-summary.ts';
import { signed } from '../text/words.ts';
import { el } from './dom.ts';

/**
 * "What happened this turn" (issue 13), drawn above the log: the largest changes with their causes and the rule
 * behind each, what became of the people's moves, and who reacted to them. The words come from the summary
 * (analysis/turn-summary.ts), which takes them from the vocabulary.
 */
function causeItem(cause: SummaryCause, said: Set<string>, single: boolean): HTMLElement {
  // The one player's own move is theirs: "A person decided it" read as if someone else had (review 2, 31).
  const rule = cause.human ? (single ? 'Your move.' : 'A person decided it.') : cause.rule;
  // A rule already given above (the world's, an event's kind) is not repeated: the summary stays short. A
  // move's reason always is: it belongs to its actor, and another's "Because" above is not this one's.
  const shared = cause.kind === 'world' || cause.kind === 'event';
  const fresh = rule !== null && !(shared && said.has(rule));
  if (rule && shared) said.add(rule);
  return el(
    'li',
    { class: `cause cause-${cause.kind}${cause.human ? ' own' : ''}` },
    cause.change !== 0 ? el('span', { class: 'share' }, signed(cause.change)) : null,
    cause.change !== 0 ? ' ' : '',
    cause.what,
    fresh ? el('div', { class: 'rule' }, rule) : null,
  );
}

/** The causes a change lists; the smaller ones past these are summed in one line (the log has them all). */
const CAUSES_SHOWN = 3;

function changeItem(change: SummaryChange, said: Set<string>, single: boolean): HTMLElement {
  const shown = change.causes.slice(0, CAUSES_SHOWN);
  const rest = change.causes.slice(CAUSES_SHOWN);
  const restChange = rest.reduce((sum, c) => sum + c.change, 0);
  return el(
    'li',
    { class: `change change-${change.kind}`, 'data-change': change.id },
    el('span', { class: 'what' }, change.text),
    el(
      'ul',
      { class: 'causes' },
      ...shown.map((c) => causeItem(c, said, single)),
      rest.length
        ? el(
            'li',
            { class: 'cause cause-rest' },
            `${rest.length} smaller ${rest.length === 1 ? 'cause' : 'causes'}, ${signed(restChange)} in all (the log has them)`,
          )
        : null,
    ),
  );
}

/** "Your move" for one player; with several at one screen, or a replay, the moves people made. */
const ownHeading = (count: number, single: boolean) =>
  single ? 'Your move' : count === 1 ? 'The move a person made' : 'The moves people made';

/**
 * "Who reacted in June 2021 to your May 2021 move, “Hold a drill ...”": the month and the move, so that a reaction
 * is not read as one to the move just made; a move that failed or was blocked is one "you tried".
 */
export function reactedHeading(summary: Pick<TurnSummary, 'month' | 'lastMoves'>, single: boolean): string {
  const [last] = summary.lastMoves;
  if (!single || !last || summary.lastMoves.length > 1)
    return `Who reacted in ${summary.month} to the moves people made${last ? ` in ${last.month}` : ''}`;
  // Quotation marks, not brackets: a move's title may hold its own ("... (Moscow format)").
  const went =
    last.outcome === 'success'
      ? `, “${last.title}”`
      : ` (you tried “${last.title}”, and it ${last.outcome === 'failure' ? 'failed' : 'was blocked'})`;
  return `Who reacted in ${summary.month} to your ${last.month} move${went}`;
}

/** `single`: one person plays, so "your" is the reader. */
export function summaryBlock(summary: TurnSummary, single: boolean): HTMLElement {
  const title = `What happened in ${summary.month}`;
  const said = new Set<string>();
  const own = summary.own.map((o) =>
    el('p', { class: `own own-${o.outcome}`, 'data-actor': o.actor }, ownSentence(o)),
  );
  const reactions = summary.reactions.map((r) =>
    el(
      'li',
      { class: 'reaction', 'data-actor': r.actor },
      el('span', { class: 'who' }, r.actorName),
      `: ${r.title}. It read ${r.readText}.`,
      el('div', { class: 'rule' }, r.why),
    ),
  );
  return el(
    'section',
    { class: 'turn-summary', 'aria-label': title, 'data-turn': summary.turn },
    el('h3', {}, title),
    summary.changes.length
      ? el('ol', { class: 'changes' }, ...summary.changes.map((c) => changeItem(c, said, single)))
      : el('p', {}, 'Nothing on the map or in the indicators changed.'),
    own.length ? el('h4', {}, ownHeading(own.length, single)) : null,
    ...own,
    summary.reacting.length ? el('h4', {}, reactedHeading(summary, single)) : null,
    summary.reacting.length
      ? reactions.length
        ? el('ul', { class: 'reactions' }, ...reactions)
        : el('p', { class: 'reactions' }, 'No rule table reacted to that move this month.')
      : null,
  );
}
