import type { ExploreSummary } from '../../content/explore.ts';

const fixed = (x: number) => x.toFixed(1);

/**
 * The summary as text: a line per metric, and per variant its mean and 5th-95th percentile range, then for
 * every other variant the mean paired difference from the reference with its 95% interval. A `*` marks an
 * interval that excludes zero: the variant moved that metric, beyond what the seeds alone explain.
 */
export function exploreTable(summary: ExploreSummary): string {
  const { variants, reference, runs, seeds } = summary;
  const others = variants.slice(1);
  const header = [
    `explore ${summary.scenario}: ${runs} runs per variant on seeds ${seeds.first}-${seeds.last}; reference ${reference}`,
    summary.withoutSource.length > 0 ? `without ${summary.withoutSource.join(', ')}` : null,
    'mean (p5-p95) per variant; then the paired difference from the reference, mean [95% CI], * where it excludes 0',
  ].filter((line): line is string => line !== null);

  const columns = ['metric', ...variants, ...others.map((v) => `${v} - ${reference}`)];
  const rows = Object.entries(summary.metrics).map(([name, byVariant]) => [
    name,
    ...variants.map((v) => {
      const m = byVariant[v];
      return m ? `${fixed(m.mean)} (${m.p5}-${m.p95})` : '';
    }),
    ...others.map((v) => {
      const d = summary.differences[v]?.[name];
      if (!d) return '';
      const sign = d.mean > 0 ? '+' : '';
      const marked = d.low > 0 || d.high < 0 ? ' *' : '';
      // Two decimals: an interval that only just excludes zero must not print as [0.0, ...].
      return `${sign}${d.mean.toFixed(2)} [${d.low.toFixed(2)}, ${d.high.toFixed(2)}]${marked}`;
    }),
  ]);
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [...header, '', line(columns), ...rows.map(line)].join('\n');
}
