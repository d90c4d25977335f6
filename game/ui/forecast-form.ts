import type { Library } from '../content/library.ts';
import type { Game } from '../engine/index.ts';
import { type Forecast, MAX_FORECASTS_PER_TURN, scoreForecasts } from '../replay/forecasts.ts';
import { forecastSentence, totalsSentence } from '../text/forecast-words.ts';
import { actorDoes } from '../text/inputs.ts';
import { indicatorNote, indicatorWords } from '../text/vocabulary.ts';
import { monthName } from '../text/words.ts';
import { el } from './dom.ts';
import { actorLabel } from './names.ts';
import type { Session } from './session.ts';

/** A forecast as the form makes it: the session adds the turn and the actor. */
export type MadeForecast = Omit<Forecast, 'turn' | 'actor'>;

const CONFIDENCES = [50, 60, 70, 80, 90, 100];
const DEFAULT_CONFIDENCE = 70;

function forecastRow(game: Game, n: number): HTMLElement {
  const names = Object.keys(game.state.indicators).sort((a, b) => {
    const x = indicatorWords(a).label;
    const y = indicatorWords(b).label;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const label = (what: string) => `Forecast ${n + 1}: ${what}`;
  const sure = el(
    'select',
    { class: 'forecast-sure', name: `forecast-sure-${n}`, 'aria-label': label('how sure you are') },
    ...CONFIDENCES.map((c) => el('option', { value: c, selected: c === DEFAULT_CONFIDENCE }, `${c}% sure`)),
  );
  const value = el('input', {
    class: 'forecast-number',
    type: 'number',
    min: 0,
    max: 100,
    step: 1,
    inputmode: 'numeric',
    name: `forecast-value-${n}`,
    'aria-label': label('the value it ends at, 0 to 100'),
    hidden: true,
  });
  // A direction needs how sure the player is, a value needs the number: only the one the kind needs shows.
  const kind = el(
    'select',
    {
      class: 'forecast-kind',
      name: `forecast-kind-${n}`,
      'aria-label': label('what you expect'),
      onchange: () => {
        sure.hidden = kind.value === 'value';
        value.hidden = kind.value !== 'value';
      },
    },
    el('option', { value: 'up' }, 'goes up'),
    el('option', { value: 'down' }, 'goes down'),
    el('option', { value: 'value' }, 'ends at'),
  );
  return el(
    'div',
    { class: 'forecast-row', 'data-row': n },
    el(
      'select',
      { class: 'forecast-indicator', name: `forecast-indicator-${n}`, 'aria-label': label('indicator') },
      el('option', { value: '' }, 'No forecast'),
      ...names.map((id) =>
        el(
          'option',
          { value: id, title: indicatorNote(id) },
          `${indicatorWords(id).label} (now ${game.state.indicators[id]})`,
        ),
      ),
    ),
    kind,
    sure,
    value,
  );
}

/**
 * The optional forecast inside the decision form: up to three rows, each an indicator and which way it will go
 * this turn (and how sure) or where it will end. Every control is a labelled native one, reached by Tab.
 */
export function forecastFieldset(game: Game, actor: string): HTMLElement {
  const rows = Array.from({ length: MAX_FORECASTS_PER_TURN }, (_, n) => forecastRow(game, n));
  return el(
    'fieldset',
    { id: 'forecast', 'aria-describedby': 'forecast-help' },
    el('legend', {}, 'Forecast (optional)'),
    el(
      'p',
      { id: 'forecast-help', class: 'forecast-help' },
      `Before the turn is played, say how up to ${MAX_FORECASTS_PER_TURN} indicators will move, as ${actorDoes(actor, 'sees', 'see')} it. After the turn each is scored: a direction by its Brier score (0 is sure and right, 1 is sure and wrong), a value by how far off it was. Lower is better.`,
    ),
    ...rows,
  );
}

/** What is wrong with a forecast, and the number of the row at fault (its `data-row`). */
export interface ForecastProblem {
  ok: false;
  message: string;
  row: number;
}

/** The forecasts the form holds, or what is wrong with them, in words, and in which row. */
export function readForecasts(form: HTMLFormElement): { ok: true; made: MadeForecast[] } | ForecastProblem {
  const made: MadeForecast[] = [];
  for (const [n, row] of [...form.querySelectorAll<HTMLElement>('.forecast-row')].entries()) {
    const indicator = row.querySelector<HTMLSelectElement>('.forecast-indicator')?.value ?? '';
    if (!indicator) continue;
    const { label } = indicatorWords(indicator);
    if (made.some((f) => f.indicator === indicator))
      return { ok: false, row: n, message: `You forecast ${label} twice: one forecast per indicator.` };
    const kind = row.querySelector<HTMLSelectElement>('.forecast-kind')?.value;
    if (kind === 'up' || kind === 'down') {
      const confidence = Number(row.querySelector<HTMLSelectElement>('.forecast-sure')?.value);
      made.push({ indicator, direction: kind, confidence });
      continue;
    }
    const typed = row.querySelector<HTMLInputElement>('.forecast-number')?.value.trim() ?? '';
    const value = Number(typed);
    if (typed === '' || !Number.isInteger(value) || value < 0 || value > 100)
      return {
        ok: false,
        row: n,
        message: `Give the value you expect ${label} to end at, a whole number from 0 to 100 (or choose “No forecast” in that row).`,
      };
    made.push({ indicator, value });
  }
  return { ok: true, made };
}

/**
 * Shows what is wrong with a forecast under the row at fault, not in the page's banner far above it, and puts
 * the cursor in that row's field; `null` clears it.
 */
export function showForecastProblem(form: HTMLElement, problem: ForecastProblem | null): void {
  for (const old of form.querySelectorAll('.forecast-error')) old.remove();
  for (const field of form.querySelectorAll('.forecast-row [aria-invalid]'))
    field.removeAttribute('aria-invalid');
  if (!problem) return;
  const row = form.querySelectorAll<HTMLElement>('.forecast-row')[problem.row];
  if (!row) return;
  const id = `forecast-error-${problem.row}`;
  row.append(el('p', { class: 'error forecast-error', role: 'alert', id }, problem.message));
  const number = row.querySelector<HTMLInputElement>('.forecast-number');
  const field =
    number && !number.hidden ? number : row.querySelector<HTMLSelectElement>('.forecast-indicator');
  field?.setAttribute('aria-invalid', 'true');
  field?.setAttribute('aria-describedby', id);
  field?.focus();
}

/** The one-line way down to the forecast, near the top of the decision panel: the form sits below every move. */
export function forecastLink(fieldset: HTMLElement): HTMLElement {
  return el(
    'p',
    { class: 'forecast-link' },
    el(
      'a',
      {
        href: '#forecast',
        id: 'forecast-link',
        onclick: (event: Event) => {
          event.preventDefault();
          fieldset.scrollIntoView({ block: 'start' });
          fieldset.querySelector<HTMLSelectElement>('.forecast-indicator')?.focus({ preventScroll: true });
        },
      },
      'Forecast (optional) ↓',
    ),
    ' say how indicators will move this turn, and see it scored.',
  );
}

/**
 * The forecasts of a played turn (by default the one just played), each beside its outcome and score: those of
 * `actors` (the one at the keyboard, so a hot-seat player sees only their own), with every role's totals over the
 * game once it is over. `named` names each forecast's actor, as a replay played back does.
 */
export function forecastResults(
  session: Session,
  library: Library,
  actors: readonly string[],
  { turn = session.live.log.length, named = false }: { turn?: number; named?: boolean } = {},
): HTMLElement | null {
  const game = session.live;
  const last = game.log[turn - 1];
  if (!last) return null;
  const mine = session.forecasts.filter((f) => actors.includes(f.actor));
  const scored = scoreForecasts(
    game,
    mine.filter((f) => f.turn === turn),
  );
  if (scored.length === 0 && !session.over) return null;
  const several = named || new Set(mine.map((f) => f.actor)).size > 1;
  const items = scored.map((s) =>
    el(
      'li',
      { class: s.hit === 0 ? 'missed' : s.hit === 1 || s.error === 0 ? 'held' : undefined },
      el('strong', {}, `${indicatorWords(s.forecast.indicator).label}: `),
      forecastSentence(s, several ? actorLabel(library, s.forecast.actor) : 'You'),
    ),
  );
  const totals =
    session.over && !session.playback
      ? actors.flatMap((actor) => {
          const sentence = totalsSentence(
            scoreForecasts(
              game,
              mine.filter((f) => f.actor === actor),
            ),
          );
          return sentence ? [el('p', {}, `${actorLabel(library, actor)} over the game: ${sentence}`)] : [];
        })
      : [];
  if (items.length === 0 && totals.length === 0) return null;
  return el(
    'section',
    { id: 'forecast-results', 'aria-label': 'Forecast scores' },
    items.length ? el('h3', {}, `Forecasts for turn ${turn} · ${monthName(last.date)}`) : null,
    items.length ? el('ul', {}, ...items) : null,
    ...totals,
  );
}
