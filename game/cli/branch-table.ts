import { type BranchStart, type BranchSummary, peoplePlayed, type Range } from '../analysis/branch.ts';
import type { Interval } from '../analysis/statistics.ts';
import type { Scalar } from '../engine/index.ts';
import { actorWords, flagWords, indicatorWords } from '../text/vocabulary.ts';
import { count } from '../text/words.ts';

/** Columns padded to their widest cell: the first to the left, the others to the right. */
function columns(rows: string[][]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((cells) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** "86.45 [86.15, 86.74]": the continuations' mean and its 95% interval. */
const meanCell = (c: Interval) => `${c.mean.toFixed(2)} [${c.low.toFixed(2)}, ${c.high.toFixed(2)}]`;

/**
 * "[80, 92] *": the middle 90% of single continuations, the star where it leaves out the recorded value. One
 * game is set against single games, not against the mean's interval, which shrinks as runs are added.
 */
function spreadCell(recorded: number, s: Range): string {
  const apart = s.p5 > recorded || s.p95 < recorded;
  return `[${s.p5}, ${s.p95}]${apart ? ' *' : '  '}`;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

function flagValue(flag: string, value: Scalar): string {
  const words = flagWords(flag);
  if (value === true) return words.yes;
  if (value === false) return words.no;
  return `${words.label}: ${String(value)}`;
}

/**
 * The comparison as a teacher reads it: the recorded game's final value of each indicator and score beside
 * the continuations' mean and its 95% interval, then the share of continuations that end each key outcome as
 * the recorded game did.
 */
export function branchTable(summary: BranchSummary, start: BranchStart): string {
  const { turn, turns, runs, recordedTurns } = summary;
  const from =
    turn === 0 ? 'from the first turn' : `after turn ${turn}${start.month ? ` (${start.month})` : ''}`;
  const lines = [
    `What if the rule tables had played every actor ${from}?`,
    `${start.title} · variant ${summary.variant} · seed ${summary.seed}: ${count(runs, 'continuation')} of turns ${turn + 1}-${turns}, each on a seed of its own derived from ${summary.seed}.`,
  ];
  if (turn === turns)
    lines[1] = `${start.title}: the game is over after turn ${turn}; nothing is left to play.`;
  if (summary.withoutSource.length > 0) lines.push(`Without ${summary.withoutSource.join(', ')}.`);
  if (start.people.length > 0) lines.push(`In the recording ${peoplePlayed(start.people, turn)}.`);
  if (recordedTurns < turns)
    lines.push(
      `The recording stops after turn ${recordedTurns} of ${turns}: its values are those after turn ${recordedTurns}, the continuations' those at the end.`,
    );
  lines.push(
    '',
    "Final values: the recorded game's; the continuations' mean [its 95% interval]; the middle 90% of single",
    'continuations [5th, 95th percentile], * where it leaves out the recorded value: only there does the recorded',
    'game differ by more than the dice alone move a game.',
  );
  const metricRows = (names: string[], label: (name: string) => string) =>
    names.map((name) => {
      const m = summary.metrics[name];
      return m
        ? [label(name), String(m.recorded), meanCell(m.continuations), spreadCell(m.recorded, m.spread)]
        : [name, '', '', ''];
    });
  const names = Object.keys(summary.metrics);
  const indicators = names.filter((n) => !n.startsWith('score:'));
  const scores = names.filter((n) => n.startsWith('score:'));
  lines.push(
    '',
    ...columns([
      ['indicator', 'recorded', 'mean [95%]', 'middle 90%  '],
      ...metricRows(indicators, (n) => {
        const w = indicatorWords(n);
        return w.unit === '%' ? `${w.label} (%)` : w.label;
      }),
    ]),
    '',
    ...columns([
      ['interest score', 'recorded', 'mean [95%]', 'middle 90%  '],
      ...metricRows(scores, (n) => actorWords(n.slice('score:'.length)).label),
    ]),
  );
  const flags = Object.entries(summary.flags);
  if (flags.length > 0) {
    lines.push(
      '',
      'Outcomes: the share of continuations that end as the recorded game did [95% Wilson interval].',
      '',
      ...columns([
        ['recorded', 'share', '95% interval'],
        ...flags.map(([flag, f]) => [
          flagValue(flag, f.recorded),
          percent(f.asRecorded.mean),
          `[${percent(f.asRecorded.low)}, ${percent(f.asRecorded.high)}]`,
        ]),
      ]),
    );
  }
  return lines.join('\n');
}
