import { type Divergence, KEY_OUTCOMES } from '../../analysis/divergence.ts';
import { shareCell } from '../../text/sweep-words.ts';

/** When the paired runs first differ: the share that never do, then the median turn of those that do. */
function divergenceText(d: Divergence, reference: string): string[] {
  const lines = [`diverges from ${reference} on the same seed: never in ${shareCell(d.never)} of the runs`];
  const { median, p5, p95, n } = d.firstTurn;
  if (median !== null)
    lines.push(
      `first turn that differs, over the ${n} that do: median ${median} (5th-95th percentile ${p5}-${p95}; 0: the start)`,
    );
  return lines;
}

/**
 * What goes under a variant's block: lines on when its runs diverge from the reference's of the same seeds,
 * and a row per key outcome on how often it flips between them, for `columns` (gained: the variant's run has it
 * and the reference's does not; lost: the other way).
 */
export function divergenceRows(d: Divergence, reference: string): { lines: string[]; rows: string[][] } {
  const rows = KEY_OUTCOMES.map(({ flag, title }) => {
    const f = d.flips[flag];
    return f ? [`${title} (${flag})`, shareCell(f), String(f.gained), String(f.lost)] : [flag, '', '', ''];
  });
  return {
    lines: divergenceText(d, reference),
    rows: [['key outcome', 'flips [95% interval]', 'gained', 'lost'], ...rows],
  };
}
