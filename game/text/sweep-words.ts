import type { Interval } from '../analysis/statistics.ts';
import { actorWords, indicatorWords } from './vocabulary.ts';

/**
 * Words for a sweep's figures, shared by the CLI's tables and the explore page: a metric's label and a share
 * with its interval.
 */
const actorOf = (metric: string) => (metric.startsWith('score:') ? metric.slice('score:'.length) : null);

/** "Taliban territory" for an indicator, "Russia's interest score" for `score:russia`. */
export function metricLabel(metric: string): string {
  const actor = actorOf(metric);
  return actor === null ? indicatorWords(metric).label : `${actorWords(actor).label}'s interest score`;
}

/** The metric inside a sentence: "the Taliban's share of territory", "Russia's interest score". */
export function metricPhrase(metric: string): string {
  return actorOf(metric) === null ? indicatorWords(metric).phrase : metricLabel(metric);
}

/** "12.5% [10.1%, 15.3%]": a share with its 95% interval, one decimal of a percentage point. */
export const shareCell = (s: Interval) =>
  `${(s.mean * 100).toFixed(1)}% [${(s.low * 100).toFixed(1)}%, ${(s.high * 100).toFixed(1)}%]`;
