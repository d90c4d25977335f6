import type { ExploreSummary } from '../../analysis/explore.ts';
import type { PairedDifference, Spread } from '../../analysis/statistics.ts';
import { count } from '../../text/words.ts';
import { divergenceRows } from './divergence-table.ts';

const spread = (s: Spread | undefined) => (s ? `${s.mean.toFixed(1)} (${s.p5}-${s.p95})` : '');

/**
 * Columns padded to their widest cell: the first to the left, numbers to the right (and the columns that
 * `left` lists, text, to the left as well).
 */
export function columns(rows: string[][], left: readonly number[] = [0]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((cells) =>
    cells
      .map((cell, i) => (left.includes(i) ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** "+1.25 [0.40, 2.10] *": a paired difference, `*` where its interval excludes 0 (two spaces where not). */
export function differenceCell(d: PairedDifference): string {
  const sign = d.mean > 0 ? '+' : '';
  // Two decimals: an interval that only just excludes zero must not print as [0.0, ...].
  return `${sign}${d.mean.toFixed(2)} [${d.low.toFixed(2)}, ${d.high.toFixed(2)}]${d.low > 0 || d.high < 0 ? ' *' : '  '}`;
}

/**
 * The summary as text, narrow enough for a terminal: with one variant, each metric's mean and 5th-95th
 * percentiles; with more, one block per variant compared with the reference, its paired difference and the
 * 95% interval, `*` marking an interval that excludes zero, then when its runs diverge from the reference's and
 * how often each key outcome flips.
 */
export function exploreTable(summary: ExploreSummary): string {
  const { variants, reference, runs, seeds } = summary;
  const names = Object.keys(summary.metrics);
  const runsWord = count(runs, 'run');
  const lines = [
    variants.length === 1
      ? `explore ${summary.scenario}: ${runsWord} of ${reference} on seeds ${seeds.first}-${seeds.last}`
      : `explore ${summary.scenario}: ${runsWord} per variant on seeds ${seeds.first}-${seeds.last}, each variant against ${reference} on the same seeds`,
  ];
  if (summary.withoutSource.length > 0) lines.push(`without ${summary.withoutSource.join(', ')}`);
  lines.push('final values: mean (5th-95th percentile)');
  if (variants.length === 1) {
    lines.push(
      '',
      ...columns([['metric', reference], ...names.map((n) => [n, spread(summary.metrics[n]?.[reference])])]),
    );
    return lines.join('\n');
  }
  lines.push(
    `difference: the mean of the ${runs} paired differences [95% interval]; * where the interval excludes 0.`,
    `Each metric is tested alone: even a variant that changes nothing would get a * on about one metric in 20.`,
  );
  for (const variant of variants.slice(1)) {
    const rows = names.map((name) => {
      const d = summary.differences[variant]?.[name];
      const difference = d ? differenceCell(d) : '';
      return [
        name,
        spread(summary.metrics[name]?.[reference]),
        spread(summary.metrics[name]?.[variant]),
        difference,
      ];
    });
    lines.push(
      '',
      `${variant} against ${reference}`,
      ...columns([['metric', reference, variant, 'difference  '], ...rows]),
    );
    const divergence = summary.divergence[variant];
    if (divergence) {
      const { lines: text, rows: flips } = divergenceRows(divergence, reference);
      lines.push('', ...text, ...columns(flips));
    }
  }
  return lines.join('\n');
}
