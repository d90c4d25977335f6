import type { ExploreSummary } from '../../analysis/explore.ts';
import type { Histogram } from '../../analysis/histogram.ts';
import type { PairedDifference } from '../../analysis/statistics.ts';
import { metricLabel } from '../../text/sweep-words.ts';
import { el } from '../dom.ts';
import { seriesColour } from '../series-colours.ts';
import type { ChartShelf } from './chart-shelf.ts';
import { divergenceView } from './divergence-view.ts';

const CHART_WIDTH = 380;
const WIDE_WIDTH = 1100;

/** A chart's width: `wanted`, or the page's width less its padding on a narrower screen (a phone's 390 px). */
const fitted = (wanted: number) => Math.max(240, Math.min(wanted, document.documentElement.clientWidth - 32));

/** An interval as the CLI's table writes it; `*` when it excludes 0. */
export const intervalText = (d: PairedDifference) =>
  `${d.mean} [${d.low}, ${d.high}]${d.low > 0 || d.high < 0 ? ' *' : ''}`;

/** What the view needs besides the summary: every run where the page has them, and each variant's title. */
export interface ExploreViewInput {
  summary: ExploreSummary;
  /**
   * Every metric's histogram (histogramsOf), from the runs of a sweep played here or of an opened CSV; null for
   * a JSON summary, which has no runs.
   */
  histograms: Record<string, Histogram> | null;
  variantTitle: (variant: string) => string;
}

function heading(summary: ExploreSummary): HTMLElement {
  const left = summary.withoutSource.length ? `, without ${summary.withoutSource.join(', ')}` : '';
  return el(
    'p',
    { class: 'ex-about', id: 'ex-about' },
    `${summary.scenario}: ${summary.variants.join(', ')} (reference ${summary.reference}), ${summary.runs} runs each, seeds ${summary.seeds.first}-${summary.seeds.last}${left}.`,
  );
}

/** Each variant's colour, as every chart of the page draws it, and what the variant is. */
function variantKey(input: ExploreViewInput, colourOf: (v: string) => string): HTMLElement {
  return el(
    'ul',
    { class: 'ex-key', id: 'ex-key' },
    ...input.summary.variants.map((v) =>
      el(
        'li',
        { 'data-variant': v },
        el('span', { class: 'ex-swatch', style: `background:${colourOf(v)}` }),
        el('b', {}, v),
        `: ${input.variantTitle(v)}`,
      ),
    ),
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
        el('th', {}, metricLabel(m)),
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
          return d ? [{ label: metricLabel(m), mean: d.mean, low: d.low, high: d.high }] : [];
        }),
        zeroLine: true,
        width: fitted(WIDE_WIDTH),
        height: 300,
      }),
    ),
    el('div', { class: 'ex-scroll' }, table),
  );
}

/** "60-61" for whole numbers (the bin holds 60 and 61), "0.1 to 0.15" otherwise (its upper edge excluded). */
function binText(low: number, high: number): string {
  if (Number.isInteger(low) && Number.isInteger(high))
    return high - low === 1 ? `${low}` : `${low}-${high - 1}`;
  return `${low} to ${high}`;
}

/** A histogram's counts as a table, a row per bin and a column per variant, folded away under the chart. */
function countsTable(h: Histogram, variants: readonly string[]): HTMLElement {
  return el(
    'details',
    { class: 'ex-counts-box' },
    el('summary', {}, 'Runs in each bin'),
    el(
      'table',
      { class: 'ex-table ex-counts' },
      el('tr', {}, el('th', {}, 'final value'), ...variants.map((v) => el('th', {}, v))),
      ...h.edges
        .slice(0, -1)
        .map((low, i) =>
          el(
            'tr',
            { 'data-bin': i },
            el('th', {}, binText(low, h.edges[i + 1] ?? low)),
            ...variants.map((v) => el('td', { 'data-variant': v }, String(h.counts[v]?.[i] ?? 0))),
          ),
        ),
    ),
  );
}

/**
 * Each metric under each variant: its histogram where the runs are at hand (every variant overlaid on the
 * same bins), then its spread as explore --json has it: the mean, a box of one sd either side, a whisker from
 * p5 to p95.
 */
function distributions(
  input: ExploreViewInput,
  shelf: ChartShelf,
  colourOf: (v: string) => string,
): HTMLElement {
  const { summary, histograms } = input;
  const cards = Object.entries(summary.metrics).map(([metric, byVariant]) => {
    const rows = summary.variants.flatMap((v) => {
      const s = byVariant[v];
      return s ? [{ variant: v, ...s }] : [];
    });
    const histogram = histograms?.[metric];
    return el(
      'figure',
      { class: 'ex-card', 'data-metric': metric },
      histogram
        ? shelf.histogram({
            title: metricLabel(metric),
            histogram,
            variants: summary.variants.map((v) => ({ id: v, name: v, colour: colourOf(v) })),
            width: fitted(CHART_WIDTH),
          })
        : null,
      histogram ? countsTable(histogram, summary.variants) : null,
      shelf.chart({
        title: histogram ? `${metricLabel(metric)}: spread` : metricLabel(metric),
        points: rows.map((r) => ({
          label: r.variant,
          mean: r.mean,
          low: r.p5,
          high: r.p95,
          box: { low: r.mean - r.sd, high: r.mean + r.sd },
          colour: colourOf(r.variant),
        })),
        width: fitted(CHART_WIDTH),
      }),
      el(
        'table',
        { class: 'ex-table ex-spread' },
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
    histograms
      ? null
      : el(
          'p',
          { id: 'ex-histogram-note' },
          'The histograms need every run, which a JSON summary does not hold: open the CSV of explore --csv, or play the sweep here.',
        ),
    el(
      'p',
      { class: 'muted' },
      `${histograms ? 'Each histogram counts the runs whose final value falls in each bin, every variant on the same bins, in the colours above. Under it, the spread: the' : 'The'} dot is the mean, the box the mean plus and minus one standard deviation, the whisker the 5th to the 95th percentile (nearest rank), as explore --json gives them.`,
    ),
    el('div', { class: 'ex-grid', id: 'ex-distributions' }, ...cards),
  );
}

/**
 * A sweep's summary, as `explore --json` holds it: what it is, the differences, how the runs diverge, then
 * each metric's distribution.
 */
export function exploreView(input: ExploreViewInput, shelf: ChartShelf): HTMLElement {
  const colours = new Map(input.summary.variants.map((v, i) => [v, seriesColour(i)]));
  const colourOf = (v: string) => colours.get(v) ?? seriesColour(0);
  return el(
    'div',
    { class: 'ex-result', id: 'ex-explore' },
    heading(input.summary),
    variantKey(input, colourOf),
    differences(input.summary, shelf),
    divergenceView(input.summary, shelf, colourOf, fitted(CHART_WIDTH)),
    distributions(input, shelf, colourOf),
  );
}
