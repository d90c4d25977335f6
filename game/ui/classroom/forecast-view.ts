import type { Game } from '../../engine/index.ts';
import type { Forecast, Intent, Reply } from '../../protocol/classroom.ts';
import { type Forecast as ReplayForecast, scoreForecasts } from '../../replay/forecasts.ts';
import { forecastSentence, totalsSentence } from '../../text/forecast-words.ts';
import { indicatorNote, indicatorWords } from '../../text/vocabulary.ts';
import { el, fill } from '../dom.ts';
import { Feedback } from './feedback.ts';

/** Which indicators to forecast: the ones the role's interests read, else all of them. */
export function forecastIndicators(game: Game, role: string): string[] {
  const all = Object.keys(game.state.indicators).sort();
  const actor = game.prepared.content.actors.find((a) => a.id === role);
  const watched = [...new Set(actor?.interests.map((i) => i.indicator) ?? [])].filter((i) => all.includes(i));
  return watched.length ? watched.sort() : all;
}

const label = (indicator: string) => indicatorWords(indicator).label;

/**
 * The team's forecasts of the turn just played, each beside its outcome and score, and the team's totals so far;
 * null before any was scored.
 */
export function forecastScores(game: Game, past: readonly ReplayForecast[]): HTMLElement | null {
  const played = game.log.length;
  const all = scoreForecasts(game, past);
  const last = all.filter((s) => s.forecast.turn === played);
  const totals = totalsSentence(all);
  if (!totals) return null;
  return el(
    'div',
    { class: 'cl-forecast-scores' },
    last.length ? el('h3', {}, 'Last turn’s forecast') : null,
    last.length
      ? el(
          'ul',
          {},
          ...last.map((s) =>
            el(
              'li',
              {},
              el('strong', {}, `${label(s.forecast.indicator)}: `),
              forecastSentence(s, 'Your team'),
            ),
          ),
        )
      : null,
    el('p', { class: 'muted' }, `So far: ${totals}`),
  );
}

/**
 * The team's forecast for the end of this turn, when the teacher turned forecasts on: a value 0-100 for each
 * indicator the role watches. Rebuilt per turn, so a forecast being typed survives other views.
 */
export class ForecastPanel {
  readonly element = el('section', { class: 'cl-panel', id: 'cl-forecast', 'aria-label': 'Forecast' });
  private readonly feedback = new Feedback();
  private readonly current = el('p', { class: 'muted' });
  private readonly scores = el('div', {});
  private key = '';

  constructor(
    private readonly role: string,
    private readonly send: (intent: Intent) => Promise<Reply>,
  ) {}

  render(
    game: Game | null,
    turn: number,
    open: boolean,
    forecast: Forecast | null,
    past: readonly ReplayForecast[] = [],
  ): void {
    this.element.hidden = game === null;
    this.current.textContent = forecast
      ? `Your team's forecast (set by ${forecast.by}): ${Object.entries(forecast.predictions)
          .map(([k, v]) => `${label(k)} ${v}`)
          .join(', ')}`
      : 'No forecast yet this turn.';
    fill(this.scores, game ? forecastScores(game, past) : null);
    const key = `${turn}|${open}`;
    if (!game || key === this.key) return;
    this.key = key;
    this.feedback.done();
    const names = forecastIndicators(game, this.role);
    const form = el(
      'form',
      { class: 'cl-forecast-form' },
      ...names.map((name) =>
        el(
          'label',
          { title: indicatorNote(name) },
          `${label(name)} (now ${game.state.indicators[name] ?? '?'}) `,
          el('input', {
            type: 'number',
            name,
            min: 0,
            max: 100,
            step: 1,
            value: forecast?.predictions[name] ?? game.state.indicators[name] ?? 50,
          }),
        ),
      ),
      el('button', { type: 'submit', disabled: !open }, 'Send forecast'),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const predictions: Record<string, number> = {};
      for (const input of form.querySelectorAll<HTMLInputElement>('input[type=number]')) {
        const value = Number(input.value);
        if (!Number.isInteger(value) || value < 0 || value > 100)
          return this.feedback.fail(`${label(input.name)}: a whole number from 0 to 100`);
        predictions[input.name] = value;
      }
      this.feedback.reply(await this.send({ type: 'forecast', turn, predictions }), 'Forecast recorded.');
    });
    fill(
      this.element,
      el('h2', {}, 'Forecast'),
      this.scores,
      el(
        'p',
        {},
        'Where will these indicators stand when this turn has been played? Each is scored by how far off it was: lower is better.',
      ),
      this.current,
      form,
      this.feedback.element,
    );
  }
}
