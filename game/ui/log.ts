import type { TurnSummary } from '../analysis/turn-summary.ts';
import type { Library } from '../content/library.ts';
import type { ActionRecord, Citation, Game, RuleRow } from '../engine/index.ts';
import { PERIOD_LEGEND } from '../text/citation-period.ts';
import { flipTextIn } from '../text/flip-text.ts';
import { findEvent, findLever, findRule } from '../text/lookup.ts';
import { lastOutcomes, whyText } from '../text/sentences.ts';
import { describeCondition, describeFlip, monthName, zoneOrActorName } from '../text/words.ts';
import { worldSentences } from '../text/world-causes.ts';
import { el } from './dom.ts';
import { actorLabel } from './names.ts';
import { quoteBlock } from './quotes.ts';
import { summaryBlock } from './turn-summary.ts';

export interface LogOptions {
  /** Show only this actor's moves (events are always shown), or everyone's. */
  actor: string | null;
  openQuote(citation: Citation): void;
  setActor(actor: string | null): void;
  /** What happened in the last turn shown, drawn above the log. */
  summary?: TurnSummary | null;
}

/**
 * How a person's move is marked, in words as well as by its style: "your move" for the one person the page
 * plays for, "a person's move" in hot-seat, a replay, or another student's role.
 */
const ownMark = (game: Game, actor: string) =>
  game.humans.length === 1 && game.humans[0] === actor ? 'your move' : 'a person’s move';

/** How a move went, in words. */
const OUTCOME: Record<ActionRecord['outcome'], string> = {
  success: 'succeeded',
  failure: 'failed',
  blocked: 'was blocked',
};

function actionEntry(
  game: Game,
  library: Library,
  a: ActionRecord,
  open: (c: Citation) => void,
  log: { turn: number; date: string },
): HTMLElement {
  const { date } = log;
  const lever = findLever(game.prepared, a.actor, a.action);
  const title = lever?.title ?? (a.action === 'pass' ? 'Pass' : a.action);
  const target = a.target ? ` → ${zoneOrActorName(game, a.target)}` : '';
  const row = a.ruleId ? findRule(game.prepared, a.ruleId) : undefined;
  const own = a.ruleId === null;
  const flip = row ? flipTextIn(game, log.turn, a) : null;
  // A move read as a reason that failed or was blocked is told as "tried to".
  const outcomes = lastOutcomes(game.log[log.turn - 2]);
  return el(
    'div',
    { class: own ? 'entry own' : 'entry', 'data-actor': a.actor },
    own ? el('span', { class: 'own-mark' }, ownMark(game, a.actor)) : null,
    el('span', { class: 'who' }, actorLabel(library, a.actor)),
    // A pass cannot succeed or fail: "Iran: Pass success" read as if passing were an achievement.
    a.action === 'pass' ? ': passed' : `: ${title}${target} `,
    a.action === 'pass' ? null : el('span', { class: `outcome-${a.outcome}` }, OUTCOME[a.outcome]),
    row && a.why
      ? el('div', { class: 'why' }, whyText(game.prepared, row, a.why.conditions, undefined, outcomes))
      : null,
    flip ? el('div', { class: 'flip' }, flip) : null,
    row && a.why ? rawDetails(game, a.actor, row, a.why) : null,
    row ? quoteBlock(row.citations[0], open, date) : null,
  );
}

/** The rule id and the condition as written, folded away: for modellers, never in the student's way. */
function rawDetails(
  game: Game,
  actor: string,
  row: RuleRow,
  why: NonNullable<ActionRecord['why']>,
): HTMLElement {
  const flip = why.flip ? ` Nearest flip: ${describeFlip(game, actor, why.flip)} (${why.flip.ruleId}).` : '';
  return el(
    'details',
    { class: 'raw' },
    el('summary', {}, 'details'),
    `Rule ${row.id}: ${describeCondition(row.when, why.conditions)}.${flip}`,
  );
}

/**
 * What happened in the last turn shown, then every event and decision of every turn up to it, newest first,
 * filterable by actor.
 */
export function logPanel(game: Game, library: Library, options: LogOptions): HTMLElement {
  const filter = el(
    'select',
    {
      'aria-label': 'Show the moves of',
      id: 'log-filter',
      onchange: (e: Event) => options.setActor((e.target as HTMLSelectElement).value || null),
    },
    el('option', { value: '' }, 'every actor'),
    ...game.prepared.actorIds.map((id) =>
      el('option', { value: id, selected: id === options.actor }, actorLabel(library, id)),
    ),
  );
  const turns = [...game.log].reverse().map((log) =>
    el(
      'section',
      { class: 'turn', 'data-turn': log.turn },
      el('h3', {}, `Turn ${log.turn} · ${monthName(log.date)}`),
      ...log.events.map((record) => {
        const event = findEvent(game.prepared, record.id);
        return el(
          'div',
          { class: 'entry event' },
          el('span', { class: 'who' }, record.source === 'deck' ? 'Event (drawn)' : 'Event'),
          `: ${event?.title ?? record.id}`,
          quoteBlock(event?.citations[0], options.openQuote, log.date),
        );
      }),
      ...log.actions
        .filter((a) => options.actor === null || a.actor === options.actor)
        .map((a) => actionEntry(game, library, a, options.openQuote, log)),
      ...worldSentences(game, log.world).map((sentence) =>
        el('div', { class: 'entry world' }, el('span', { class: 'who' }, 'World'), `: ${sentence}`),
      ),
    ),
  );
  return el(
    'div',
    {},
    options.summary ? summaryBlock(options.summary, game.humans.length === 1) : null,
    el('label', {}, 'Moves of ', filter),
    turns.length ? el('p', { class: 'legend-line' }, PERIOD_LEGEND) : null,
    turns.length ? el('div', {}, ...turns) : el('p', {}, 'No turn played yet.'),
  );
}
