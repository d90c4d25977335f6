import type { SensitivitySummary } from '../../analysis/sensitivity.ts';
import { el } from '../dom.ts';
import type { ChartShelf } from './chart-shelf.ts';
import { intervalText } from './explore-view.ts';

/** A chart of more bars than this is unreadable; the table below it lists every removal. */
export const MAX_BARS = 30;

/** A bar's name under the chart: a report by its author and year, a row by its id. */
const barLabel = (summary: SensitivitySummary, a: SensitivitySummary['ablations'][number]) => {
  if (summary.by === 'row') return a.id;
  const parts = a.label.split(', ');
  return parts.length > 1 ? `${parts[0]}, ${parts[parts.length - 1]}` : a.label;
};

/** `sensitivity --json`: each removal's paired effect on the metric with its 95% interval, largest first. */
export function sensitivityView(summary: SensitivitySummary, shelf: ChartShelf): HTMLElement {
  const shown = summary.ablations.slice(0, MAX_BARS);
  const left = summary.withoutSource.length ? `, without ${summary.withoutSource.join(', ')}` : '';
  const { baseline } = summary;
  return el(
    'div',
    { class: 'ex-result', id: 'ex-sensitivity' },
    el(
      'p',
      { class: 'ex-about', id: 'ex-about' },
      `${summary.scenario} (${summary.variant}): the effect on ${summary.metric} of taking out each ${summary.by}, ${summary.runs} runs each, seeds ${summary.seeds.first}-${summary.seeds.last}${left}. Baseline ${summary.metric}: mean ${baseline.mean}, sd ${baseline.sd}, p5 ${baseline.p5}, p95 ${baseline.p95}.`,
    ),
    el('h2', {}, `Ranked effects on ${summary.metric} (ablated minus baseline), with 95% intervals`),
    summary.ablations.length > MAX_BARS
      ? el(
          'p',
          { class: 'muted' },
          `The chart shows the ${MAX_BARS} largest of ${summary.ablations.length}; the table lists all.`,
        )
      : null,
    shelf.chart({
      title: `${summary.metric}: effect of taking out each ${summary.by}`,
      points: shown.map((a) => ({ label: barLabel(summary, a), ...a.effect })),
      bars: true,
      zeroLine: true,
      width: 1100,
      height: 320,
    }),
    el(
      'table',
      { class: 'ex-table', id: 'ex-effects' },
      el(
        'tr',
        {},
        ...['rank', summary.by, 'what', 'removes (rows, interests, effects)', 'effect [95%]'].map((h) =>
          el('th', {}, h),
        ),
      ),
      ...summary.ablations.map((a, i) =>
        el(
          'tr',
          { 'data-id': a.id },
          el('td', {}, i + 1),
          el('th', {}, a.id),
          el('td', { class: 'ex-text' }, a.actor ? `${a.label} (${a.actor})` : a.label),
          el('td', {}, `${a.removes.rows}, ${a.removes.interests}, ${a.removes.effects}`),
          el('td', { class: 'ex-effect' }, intervalText(a.effect)),
        ),
      ),
    ),
  );
}
