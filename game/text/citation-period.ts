import { sourceYear } from '../content/sources.ts';
import type { Citation } from '../engine/index.ts';

/**
 * What a reader should know about when a quote was true, beside a move dated `date` (YYYY-MM):
 * - "background, 2017" for a quote about a period that had ended before the move, or about no time in
 *   particular (then the year of its report);
 * - "later, 2022" for a quote about a time after the move: a row's behaviour is read from what an actor did
 *   later, and a counterfactual game can reach that situation earlier than history did.
 * Null when the quote describes the move's own time, or carries no period.
 */
export function periodNote(citation: Citation, date: string): string | null {
  if (citation.background) return `background, ${sourceYear(citation.source)}`;
  if (!citation.period) return null;
  if (date > citation.period.to) return `background, ${citation.period.to.slice(0, 4)}`;
  if (date < citation.period.from) return `later, ${citation.period.from.slice(0, 4)}`;
  return null;
}

/** What the tags of `periodNote` mean, in one line for the log (review 2, finding 33). */
export const PERIOD_LEGEND =
  'After a quote, “background, 2018” means it tells of an earlier time (up to 2018), and “later, 2021” means it tells of something that happened after this month (in 2021), which the rule takes as its pattern.';
