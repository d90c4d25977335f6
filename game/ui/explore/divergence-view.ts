import { type Divergence, KEY_OUTCOMES } from '../../analysis/divergence.ts';
import type { ExploreSummary } from '../../analysis/explore.ts';
import { shareCell } from '../../text/sweep-words.ts';
import { flagWords } from '../../text/vocabulary.ts';
import { el } from '../dom.ts';
import type { ChartShelf } from './chart-shelf.ts';
import type { IntervalPoint } from './interval-chart.ts';

/** "median 1 (5th-95th percentile 1-3)", or "no pair diverges": the CLI's figures for the first turn that differs. */
export const firstTurnText = (d: Divergence) => {
  const { median, p5, p95 } = d.firstTurn;
  return median === null ? 'no pair diverges' : `${median} (${p5}-${p95})`;
};

/** "3 gained, 2 lost": the variant's run has the outcome and the reference's not, and the other way. */
const flipCounts = (f: { gained: number; lost: number }) => `${f.gained} gained, ${f.lost} lost`;

/**
 * The key outcomes' names under a chart of the shares, short enough to stand level on a phone's chart; the
 * text above the charts spells them out. A flag not listed is named by its vocabulary label.
 */
const SHORT: Readonly<Record<string, string>> = {
  kabul_fallen: 'Kabul',
  us_base_central_asia: 'US base',
  emirate_recognized: 'Emirate',
};

/** A share and its interval as a chart point, in percent. */
const sharePoint = (label: string, s: { mean: number; low: number; high: number }, colour: string) => ({
  label,
  mean: s.mean * 100,
  low: s.low * 100,
  high: s.high * 100,
  colour,
});

/**
 * How each variant's runs diverge from the reference's of the same seeds, as `explore --json`'s `divergence`
 * has it: a table (a column per variant), a chart of the shares with their 95% intervals per variant, and one
 * of the first turn that differs (median and 5th-95th percentiles) across the variants.
 */
export function divergenceView(
  summary: ExploreSummary,
  shelf: ChartShelf,
  colourOf: (variant: string) => string,
  width: number,
): HTMLElement | null {
  const others = Object.keys(summary.divergence);
  if (others.length === 0) return null;
  const cells = (text: (d: Divergence) => string) =>
    others.map((v) => {
      const d = summary.divergence[v];
      return el('td', { 'data-variant': v }, d ? text(d) : '');
    });
  const table = el(
    'table',
    { class: 'ex-table', id: 'ex-divergence-table' },
    el('tr', {}, el('th', {}, ''), ...others.map((v) => el('th', {}, v))),
    el('tr', { 'data-row': 'pairs' }, el('th', {}, 'Pairs of runs'), ...cells((d) => String(d.pairs))),
    el('tr', { 'data-row': 'never' }, el('th', {}, 'Never diverge'), ...cells((d) => shareCell(d.never))),
    el(
      'tr',
      { 'data-row': 'first-turn' },
      el('th', {}, 'First turn that differs: median (5th-95th percentile)'),
      ...cells(firstTurnText),
    ),
    el(
      'tr',
      {},
      el('th', { colspan: others.length + 1, class: 'ex-text' }, 'Pairs in which a key outcome flips'),
    ),
    ...KEY_OUTCOMES.flatMap(({ flag }) => [
      el(
        'tr',
        { 'data-row': `flip:${flag}` },
        el('th', {}, flagWords(flag).label),
        ...cells((d) => (d.flips[flag] ? shareCell(d.flips[flag]) : '')),
      ),
      el(
        'tr',
        { 'data-row': `gained:${flag}`, class: 'muted' },
        el('th', {}, ''),
        ...cells((d) => (d.flips[flag] ? flipCounts(d.flips[flag]) : '')),
      ),
    ]),
  );
  const shares = others.map((v) => {
    const d = summary.divergence[v] as Divergence;
    const points: IntervalPoint[] = [sharePoint('Never', d.never, colourOf(v))];
    for (const { flag } of KEY_OUTCOMES) {
      const f = d.flips[flag];
      if (f) points.push(sharePoint(SHORT[flag] ?? flagWords(flag).label, f, colourOf(v)));
    }
    return shelf.chart({ title: `${v}: % of the ${d.pairs} pairs`, points, width });
  });
  const turns = others.flatMap((v) => {
    const { median, p5, p95 } = summary.divergence[v]?.firstTurn ?? {};
    return median == null || p5 == null || p95 == null
      ? []
      : [{ label: v, mean: median, low: p5, high: p95, colour: colourOf(v) }];
  });
  return el(
    'section',
    { class: 'ex-section', id: 'ex-divergence' },
    el('h2', {}, `When each variant's runs part from ${summary.reference}'s`),
    el(
      'p',
      { class: 'muted' },
      `Each run is compared, turn by turn, with ${summary.reference}'s run of the same seed: the share of pairs that never differ, the first turn whose state differs in those that do (0 is the start), and how often each key outcome ends differently, with 95% Wilson intervals. "Gained": the variant's run ends with the outcome and ${summary.reference}'s does not; "lost": the other way. Each variant's chart shows the share of pairs that never diverge ("Never") and those in which Kabul's fall ("Kabul"), a US base in Central Asia ("US base") or Russia's recognition of the Emirate ("Emirate") flips.`,
    ),
    el(
      'div',
      { class: 'ex-grid' },
      ...shares,
      turns.length > 0
        ? shelf.chart({ title: 'First turn that differs: median, 5th-95th pct.', points: turns, width })
        : null,
    ),
    el('div', { class: 'ex-scroll' }, table),
  );
}
