import { type BranchStart, type BranchSummary, peoplePlayed, type Range } from '../../analysis/branch.ts';
import type { Interval } from '../../analysis/statistics.ts';
import type { Scalar } from '../../engine/index.ts';
import { capitalise, possessive } from '../../text/inputs.ts';
import { actorWords, flagWords, indicatorWords } from '../../text/vocabulary.ts';
import { count } from '../../text/words.ts';

/**
 * The what-if summary in a student's words: the same figures as `greatgame branch` (its table's layout is the
 * CLI's, in game/cli/branch-table.ts), with vocabulary labels in place of ids. Pure, so that it is tested in Node.
 */

/**
 * One indicator or interest score: the recorded value, the middle 90% of single continuations, their mean with
 * its interval, and how the recorded value compares with the middle 90%.
 */
export interface MetricRow {
  /** The metric as `branch --json` names it, for the page's tests: "taliban_territory", "score:russia". */
  metric: string;
  label: string;
  recorded: string;
  /** "62% to 80%": the continuations' 5th to 95th percentile. */
  range: string;
  mean: string;
  interval: string;
  /** The recorded value against the middle 90%, in words. */
  compared: string;
}

/** "72%", "35.5": a value with the indicator's unit; means and bounds to one decimal (the CLI prints two). */
function shown(value: number, unit: string, decimals: number): string {
  const text = value.toFixed(decimals);
  return unit === '%' ? `${text}%` : text;
}

/**
 * Where the one recorded game stands against the spread of single continuations. A game is one draw of the dice:
 * it differs clearly only outside the middle 90% of the continuations, not outside the mean's interval (which
 * shrinks with more runs until nearly every game looks "clearly" apart).
 */
export function compared(recorded: number, spread: Range): string {
  if (spread.p5 > recorded) return 'higher than in your game';
  if (spread.p95 < recorded) return 'lower than in your game';
  return 'no clear difference';
}

function row(metric: string, label: string, unit: string, m: BranchSummary['metrics'][string]): MetricRow {
  const { recorded, continuations: c, spread } = m;
  const places = (x: number) => (Number.isInteger(x) ? 0 : 1);
  return {
    metric,
    label,
    recorded: shown(recorded, unit, places(recorded)),
    range: `${shown(spread.p5, unit, places(spread.p5))} to ${shown(spread.p95, unit, places(spread.p95))}`,
    mean: shown(c.mean, unit, 1),
    interval: `${shown(c.low, unit, 1)} to ${shown(c.high, unit, 1)}`,
    compared: compared(recorded, spread),
  };
}

/** The indicators, then the interest scores, as the CLI's table orders them. */
export function metricRows(summary: BranchSummary): { indicators: MetricRow[]; scores: MetricRow[] } {
  const indicators: MetricRow[] = [];
  const scores: MetricRow[] = [];
  for (const [name, m] of Object.entries(summary.metrics)) {
    if (name.startsWith('score:')) {
      const actor = actorWords(name.slice('score:'.length)).label;
      scores.push(row(name, `${possessive(actor)} interest score`, '', m));
    } else {
      const w = indicatorWords(name);
      indicators.push(row(name, w.label, w.unit, m));
    }
  }
  return { indicators, scores };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A flag's value as a statement: "Kabul has fallen", "Kabul has not fallen". */
function statement(flag: string, value: Scalar): string {
  const words = flagWords(flag);
  if (value === true) return words.yes;
  if (value === false) return words.no;
  return `${words.label}: ${String(value)}`;
}

/**
 * A key outcome: the recorded game's, then the share of continuations that end the same way with its Wilson
 * interval (the CLI's figures): "Kabul has fallen in your game, and at the end of 62% of the continuations (95%
 * interval 55% to 69%); in the others, Kabul has not fallen."
 */
export function outcomeSentence(flag: string, recorded: Scalar, share: Interval): string {
  const others =
    typeof recorded === 'boolean' && share.mean < 1 ? `; in the others, ${statement(flag, !recorded)}` : '';
  return `${capitalise(statement(flag, recorded))} in your game, and at the end of ${percent(share.mean)} of the continuations (95% interval ${percent(share.low)} to ${percent(share.high)})${others}.`;
}

/** Where the continuations start: "after turn 3 (June 2021)", "from the first turn". */
export function fromWords(turn: number, month: string | null): string {
  return turn === 0 ? 'from the first turn' : `after turn ${turn}${month ? ` (${month})` : ''}`;
}

/** The lines above the figures: where the continuations start, who plays them, and what is compared. */
export function introLines(summary: BranchSummary, start: BranchStart): string[] {
  const { turn, turns, runs, recordedTurns } = summary;
  const from = fromWords(turn, start.month);
  const lines = [
    turn === turns
      ? `The game is over after turn ${turn}: nothing is left to play, so every continuation is your game.`
      : `${start.title}: ${count(runs, 'continuation')} ${from} to the end (turn ${turns}), the rule tables playing every actor, each with dice of its own.`,
  ];
  if (start.people.length > 0) lines.push(`In your game ${peoplePlayed(start.people, turn)}.`);
  if (recordedTurns === 0)
    lines.push(
      'Your game has not played a turn yet: its values are those at the start, the continuations’ those at the end.',
    );
  else if (recordedTurns < turns)
    lines.push(
      `Your game stops after turn ${recordedTurns} of ${turns}: its values are those after turn ${recordedTurns}, the continuations’ those at the end.`,
    );
  return lines;
}
