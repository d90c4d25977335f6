import type { ExploreSummary } from '../../analysis/explore.ts';
import type { PairedDifference } from '../../analysis/statistics.ts';
import { el } from '../dom.ts';
import type { ChartShelf } from './chart-shelf.ts';

const CHART_WIDTH = 380;
const WIDE_WIDTH = 1100;

/** An interval as the CLI's table writes it; `*` when it excludes 0. */
export const intervalText = (d: PairedDifference) =>
  `${d.mean} [${d.low}, ${d.high}]${d.low > 0 || d.high < 0 ? ' *' : ''}`;

function heading(summary: ExploreSummary): HTMLElement {
  const left = summary.withoutSource.length ? `, without ${summary.withoutSource.join(', ')}` : '';
  return el(
    'p',
    { class: 'ex-about', id: 'ex-about' },
    `${summary.scenario}: ${summary.variants.join(', ')} (reference ${summary.reference}), ${summary.runs} runs each, seeds ${summary.seeds.first}-${summary.seeds.last}${left}.`,
  );
}

/** Each variant's paired differences from the reference, over every metric: one chart and one table row each. */
function differences(summary: ExploreSummary, shelf: ChartShelf): HTMLElement | null {
  const others = Object.keys(summary.differences);
  if (others.length === 0) return null;
  const metrics = Object.keys(summary.metrics);
  const table = el(
    'table',
    { class: 'ex-table', id: 'ex-differences' },
    el('tr', {}, el('th', {}, 'metric'), ...others.map((v) => el('th', {}, `${v} - ${summary.reference}`))),
    ...metrics.map((m) =>
      el(
        'tr',
        { 'data-metric': m },
        el('th', {}, m),
        ...others.map((v) => {
          const d = summary.differences[v]?.[m];
          return el('td', { 'data-variant': v }, d ? intervalText(d) : '');
        }),
      ),
    ),
  );
  return el(
    'section',
    { class: 'ex-section' },
    el('h2', {}, 'Paired differences from the reference, with 95% intervals'),
    el(
      'p',
      { class: 'muted' },
      "Each run of a variant is paired with the reference's run of the same seed. * marks an interval that excludes 0; each metric is tested alone, so about one metric in 20 gets a * by chance.",
    ),
    ...others.map((v) =>
      shelf.chart({
        title: `${v} - ${summary.reference}`,
        points: metrics.flatMap((m) => {
          const d = summary.differences[v]?.[m];
          return d ? [{ label: m, mean: d.mean, low: d.low, high: d.high }] : [];
        }),
        zeroLine: true,
        width: WIDE_WIDTH,
        height: 300,
      }),
    ),
    table,
  );
}

/** Each metric's spread under each variant: the mean, a box of one sd either side, a whisker from p5 to p95. */
function distributions(summary: ExploreSummary, shelf: ChartShelf): HTMLElement {
  const cards = Object.entries(summary.metrics).map(([metric, byVariant]) => {
    const rows = summary.variants.flatMap((v) => {
      const s = byVariant[v];
      return s ? [{ variant: v, ...s }] : [];
    });
    return el(
      'figure',
      { class: 'ex-card', 'data-metric': metric },
      shelf.chart({
        title: metric,
        points: rows.map((r) => ({
          label: r.variant,
          mean: r.mean,
          low: r.p5,
          high: r.p95,
          box: { low: r.mean - r.sd, high: r.mean + r.sd },
        })),
        width: CHART_WIDTH,
      }),
      el(
        'table',
        { class: 'ex-table' },
        el('tr', {}, ...['variant', 'mean', 'sd', 'p5', 'p95'].map((h) => el('th', {}, h))),
        ...rows.map((r) =>
          el(
            'tr',
            { 'data-variant': r.variant },
            el('th', {}, r.variant),
            ...[r.mean, r.sd, r.p5, r.p95].map((x) => el('td', {}, String(x))),
          ),
        ),
      ),
    );
  });
  return el(
    'section',
    { class: 'ex-section' },
    el('h2', {}, 'Distributions under each variant'),
    el(
      'p',
      { class: 'muted' },
      'The dot is the mean, the box the mean plus and minus one standard deviation, the whisker the 5th to the 95th percentile (nearest rank), as explore --json gives them.',
    ),
    el('div', { class: 'ex-grid', id: 'ex-distributions' }, ...cards),
  );
}

/** A sweep's summary, as `explore --json` holds it: what it is, the differences, then each metric's spread. */
export function exploreView(summary: ExploreSummary, shelf: ChartShelf): HTMLElement {
  return el(
    'div',
    { class: 'ex-result', id: 'ex-explore' },
    heading(summary),
    differences(summary, shelf),
    distributions(summary, shelf),
  );
}
