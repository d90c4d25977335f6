import { sourceYear } from '../content/sources.ts';
import type { Citation } from '../engine/index.ts';

/**
 * What a reader should know about when a quote was true, beside a move dated `date` (YYYY-MM): "background,
 * 2017" for a quote about a period that had ended before the move, or about no time in particular (then the
 * year of its report). Null when the quote describes the move's own time, or carries no period.
 */
export function periodNote(citation: Citation, date: string): string | null {
  if (citation.background) return `background, ${sourceYear(citation.source)}`;
  if (citation.period && date > citation.period.to) return `background, ${citation.period.to.slice(0, 4)}`;
  return null;
}
