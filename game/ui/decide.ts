import { endingOf } from '../analysis/debrief-ending.ts';
import type { TurnSummary } from '../analysis/turn-summary.ts';
import type { Library } from '../content/library.ts';
import type { Citation, Game, UnavailableAction } from '../engine/index.ts';
import { legalActions, unavailableActions } from '../engine/index.ts';
import { interestMeasure } from '../text/briefing-text.ts';
import { interestsServed, leverSummary } from '../text/describe.ts';
import { actorDoes, subject } from '../text/inputs.ts';
import { findLever } from '../text/lookup.ts';
import { requirementSentence } from '../text/sentences.ts';
import { actionWords, indicatorNote, indicatorWords, quoteLead } from '../text/vocabulary.ts';
import { describeRequirement, monthName, zoneOrActorName } from '../text/words.ts';
import { el, withKey } from './dom.ts';
import {
  forecastFieldset,
  forecastLink,
  forecastResults,
  readForecasts,
  showForecastProblem,
} from './forecast-form.ts';
import { actorLabel } from './names.ts';
import { quoteBlock } from './quotes.ts';
import { scoresTable } from './scores.ts';
import type { Session } from './session.ts';
import { summaryBlock } from './turn-summary.ts';

/** What deciding with no action chosen says. */
export const CHOOSE_FIRST = 'Choose an action first: click it, or type its number.';

export interface DecideHandlers {
  openQuote(citation: Citation): void;
  report(message: string | null): void;
  /** Opens the after-action report: the header's Debrief button (R) does the same. */
  debrief(): void;
}

/** The panel's own way to the after-action report, where the game is over or a replay plays back. */
function debriefButton(handlers: DecideHandlers): HTMLElement {
  return el(
    'button',
    { type: 'button', class: 'primary', id: 'panel-debrief', onclick: () => handlers.debrief() },
    ...withKey('Open the debrief', 'R'),
  );
}

/**
 * The decision panel. For a human actor: its legal actions with their targets, what each tends to change,
 * and which of the actor's interests it serves (with the quote). Otherwise: the button that plays the turn.
 */
export function decidePanel(session: Session, library: Library, handlers: DecideHandlers): HTMLElement {
  if (!session.started) return el('p', {}, 'Start a game to decide.');
  const game = session.shown;
  if (session.playback) {
    const forecasters = [...new Set(session.forecasts.map((f) => f.actor))].sort();
    return el(
      'div',
      {},
      el(
        'p',
        {},
        'A replay is playing back: decisions are the recording’s. Use the timeline, or leave the replay to play.',
      ),
      el('p', {}, debriefButton(handlers)),
      forecastResults(session, library, forecasters, { turn: session.shownTurns, named: true }),
    );
  }
  if (session.viewing !== null) return lookingBack(session, session.viewing);
  if (session.over) {
    return el(
      'div',
      {},
      el('h2', {}, 'The game is over'),
      // How it ended first, in the debrief's words: the outcomes, the best and worst served, the people's roles.
      el('p', { id: 'game-over-ending' }, endingOf(game, [], library, session.humans).summary.join(' ')),
      el('p', {}, 'Final scores: how well each actor’s interests stand.'),
      forecastResults(session, library, session.humans),
      scoresTable(game.state, library, game.log),
      el(
        'p',
        {},
        'Open the after-action report to discuss the game: it sets each score against how far chance alone moves it, and your decisions against the rule tables’. Or download the replay, share it, or scrub back through the turns.',
      ),
      el('p', {}, debriefButton(handlers)),
    );
  }
  const actor = session.deciding;
  const date = monthName(game.state.meta.date);
  if (session.handoverTo)
    return el('p', {}, `Waiting for ${actorLabel(library, session.handoverTo)} to take the screen.`);
  const summary = session.summaryOf(session.shownTurns);
  const single = session.humans.length === 1;
  if (!actor) {
    return el(
      'div',
      {},
      summary ? summaryBlock(summary, single) : null,
      el('p', {}, `Turn ${game.state.meta.turn} of ${game.state.meta.turns} · ${date}`),
      el(
        'p',
        {},
        session.humans.length ? 'All human decisions are in.' : 'The rule tables play every actor.',
      ),
      el(
        'button',
        {
          type: 'button',
          class: 'primary',
          id: 'next-turn',
          onclick: () => handlers.report(session.advance()),
        },
        'Play the turn (N)',
      ),
    );
  }

  const def = library.actors.get(actor);
  const listed = legalActions(game, actor);
  if (!def || !listed.ok) return el('p', {}, `No decisions for ${actor}.`);
  const form = el('form', { id: 'decide', 'aria-label': `Decide for ${subject(actor)}` });
  listed.actions.forEach((option, i) => {
    const lever = findLever(game.prepared, actor, option.action);
    const id = `action-${option.action}`;
    const against = quoteLead(actor, option.action);
    const serves = lever && !against ? interestsServed(def, lever) : [];
    const targets = option.targets
      ? el(
          'select',
          { name: `target-${option.action}`, 'aria-label': `Target of ${option.title}` },
          ...option.targets.map((t) => el('option', { value: t }, zoneOrActorName(game, t))),
        )
      : null;
    form.append(
      el(
        'div',
        { class: 'action' },
        el(
          'label',
          { for: id },
          el('input', {
            type: 'radio',
            name: 'action',
            id,
            value: option.action,
            // Nothing is chosen for the player, not even Pass: Enter decides only what they chose. Every option
            // has its number as its key (typed digit by digit past 9: keyboard.ts).
            'data-key': i + 1,
          }),
          el('span', { title: actionWords(actor, option.action).meaning }, `${i + 1}. ${option.title}`),
          targets,
        ),
        lever
          ? el(
              'div',
              { class: 'effects' },
              `Tends to change: ${leverSummary(lever, (zone) => zoneOrActorName(game, zone))}`,
            )
          : el('div', { class: 'effects' }, 'Do nothing this turn.'),
        serves.length
          ? el('div', { class: 'serves' }, `Serves: ${serves.map((s) => s.title).join('; ')}`)
          : null,
        against ? el('div', { class: 'against' }, against) : null,
        serves[0]
          ? quoteBlock(serves[0].citations[0], handlers.openQuote)
          : lever
            ? quoteBlock(lever.citations[0], handlers.openQuote)
            : null,
      ),
    );
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = form.querySelector<HTMLInputElement>('input[name=action]:checked')?.value;
    if (!chosen) {
      handlers.report(CHOOSE_FIRST);
      return;
    }
    const target = form.querySelector<HTMLSelectElement>(`select[name=target-${chosen}]`)?.value ?? null;
    const forecasts = readForecasts(form);
    showForecastProblem(form, forecasts.ok ? null : forecasts);
    if (!forecasts.ok) return;
    // The forecast first: the last person's decision plays the turn.
    handlers.report(session.forecast(actor, forecasts.made) ?? session.decide(actor, chosen, target));
  });
  const forecastBox = forecastFieldset(game, actor);
  form.append(
    forecastBox,
    el(
      'button',
      { type: 'submit', class: 'primary', id: 'submit-decision' },
      `Decide for ${subject(actor)} (Enter)`,
    ),
  );
  return el(
    'div',
    {},
    el('h2', {}, `${actorDoes(actor, 'decides', 'decide', true)} · turn ${game.state.meta.turn} · ${date}`),
    forecastLink(forecastBox),
    forecastResults(session, library, [actor]),
    el(
      'p',
      { id: 'resources' },
      `Resources: ${game.state.actors[actor]?.resources ?? 0}. Some actions cost resources; an action is offered only when it is possible this turn and affordable.`,
    ),
    summary ? lastTurn(summary, single) : null,
    el(
      'details',
      {},
      el('summary', {}, `What ${actorDoes(actor, 'wants', 'want')}`),
      ...def.interests.map((interest) =>
        el(
          'div',
          { class: 'entry' },
          el(
            'span',
            { title: indicatorNote(interest.indicator) },
            // The briefing's words: the measure, its good direction, and the weight as parts of the score.
            `${interest.title}. ${interestMeasure({
              measure: indicatorWords(interest.indicator).label,
              want: interest.want,
              weight: interest.weight,
              totalWeight: def.interests.reduce((sum, i) => sum + i.weight, 0),
            })}`,
          ),
          quoteBlock(interest.citations[0], handlers.openQuote),
        ),
      ),
    ),
    form,
    unavailableList(game, actor),
  );
}

/**
 * A turn looked back at on the timeline, read-only: what happened in it, the people's moves among it, as the
 * summary after that turn said.
 */
function lookingBack(session: Session, turns: number): HTMLElement {
  const summary = session.summaryOf(turns);
  return el(
    'div',
    { class: 'looking-back' },
    el(
      'p',
      { class: 'viewing' },
      `You are looking at turn ${turns} (read-only). Press L or “Live” to return.`,
    ),
    summary
      ? summaryBlock(summary, session.humans.length === 1)
      : el('p', {}, 'This is the game as it stood before its first turn: nothing has happened yet.'),
  );
}

/** Why an action is not offered this turn, in words. */
function whyNot(game: Game, why: UnavailableAction['why']): string {
  if (why.kind === 'cost') return `It costs ${why.cost}, and there are ${why.resources} resources.`;
  if (why.kind === 'no-target') return 'No target is possible now.';
  return `Needs: ${requirementSentence(game.prepared, why.condition, why.values)}.`;
}

/** The condition as written, folded away behind "details": for modellers, never in the student's way. */
function rawRequirement(why: UnavailableAction['why']): HTMLElement | null {
  if (why.kind !== 'requires') return null;
  return el(
    'details',
    { class: 'raw' },
    el('summary', {}, 'details'),
    describeRequirement(why.condition, why.values),
  );
}

/** The actor's other actions, folded away: what is not possible this turn and why, so nothing just vanishes. */
export function unavailableList(game: Game, actor: string): HTMLElement | null {
  const listed = unavailableActions(game, actor);
  if (!listed.ok || listed.actions.length === 0) return null;
  return el(
    'details',
    { id: 'unavailable' },
    el('summary', {}, `Not possible this turn (${listed.actions.length})`),
    ...listed.actions.map((a) =>
      el(
        'div',
        { class: 'entry', 'data-action': a.action },
        a.title,
        el('div', { class: 'why' }, whyNot(game, a.why)),
        rawRequirement(a.why),
      ),
    ),
  );
}

/** Last turn's summary, folded under a line that says how the reader's own move went (the Log tab has it open). */
/** The turns after which the decision panel shows what happened open, not folded. */
export const SUMMARY_OPEN_TURNS = 3;

function lastTurn(summary: TurnSummary, single: boolean): HTMLElement {
  const own = summary.own.map((o) => o.text.replace(/\.$/, '')).join('; ');
  return el(
    'details',
    // Open where the player is on the first turns (issue 13: the summary comes first); folded once they know it.
    { class: 'summary-fold', open: summary.turn <= SUMMARY_OPEN_TURNS },
    el('summary', {}, `What happened in ${summary.month}${own ? `: ${own}` : ''}`),
    summaryBlock(summary, single),
  );
}
