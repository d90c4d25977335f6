import { type Forecast, type ForecastScore, forecastTotals } from '../replay/forecasts.ts';

/**
 * Forecasts and their scores in plain words (issue 13), for the page after a turn and for the after-action
 * report alike: what was said, what happened, and the score with the reminder of which way is better.
 */

/** "up (70% sure)", "down (100% sure)", "45". */
export function forecastSaid(f: Forecast): string {
  return f.direction !== undefined ? `${f.direction} (${f.confidence ?? 50}% sure)` : String(f.value ?? 0);
}

/** "it went from 40 to 46", "it stayed at 40". */
export function outcomeWords(before: number, after: number): string {
  return before === after ? `it stayed at ${before}` : `it went from ${before} to ${after}`;
}

/** A Brier score with two decimals, a mean error with one at most: "0.09", "3", "2.5". */
export const brierNumber = (brier: number) => brier.toFixed(2);
export const errorNumber = (error: number) => String(Math.round(error * 10) / 10);

/** "right, score 0.09 (Brier, lower is better)" or "off by 6 (absolute error, lower is better)". */
export function scoreWords(s: ForecastScore): string {
  if (s.brier !== null)
    return `${s.hit ? 'right' : 'wrong'}, score ${brierNumber(s.brier)} (Brier, lower is better)`;
  const error = s.error ?? 0;
  return error === 0
    ? 'exactly right, off by 0 (absolute error, lower is better)'
    : `off by ${errorNumber(error)} (absolute error, lower is better)`;
}

/** "You said up (70% sure); it went from 40 to 46: right, score 0.09 (Brier, lower is better)." */
export function forecastSentence(s: ForecastScore, who = 'You'): string {
  return `${who} said ${forecastSaid(s.forecast)}; ${outcomeWords(s.before, s.after)}: ${scoreWords(s)}.`;
}

/** "Mean Brier score 0.17 over 2 directions (1 right); mean error 3 over 1 value." or null with none. */
export function totalsSentence(scores: readonly ForecastScore[]): string | null {
  const directions = scores.filter((s) => s.brier !== null);
  const values = scores.filter((s) => s.error !== null);
  const totals = forecastTotals(scores);
  const parts: string[] = [];
  if (totals.brier !== null) {
    const right = directions.filter((s) => s.hit === 1).length;
    parts.push(
      `mean Brier score ${brierNumber(totals.brier)} over ${directions.length} ${directions.length === 1 ? 'direction' : 'directions'} (${right} right)`,
    );
  }
  if (totals.error !== null) {
    parts.push(
      `mean absolute error ${errorNumber(totals.error)} over ${values.length} ${values.length === 1 ? 'value' : 'values'}`,
    );
  }
  if (!parts.length) return null;
  const text = parts.join('; ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}
