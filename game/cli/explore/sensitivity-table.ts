import type { AblationEffect, ContentCounts, SensitivitySummary } from '../../analysis/sensitivity.ts';
import { metricLabel, metricPhrase } from '../../text/sweep-words.ts';
import { count } from '../../text/words.ts';
import { columns, differenceCell } from './table.ts';

/** "12 rows, 3 interests and 20 effects": what leaving a report out disables, the parts it disables. */
function removesText(removes: ContentCounts): string {
  const parts = [
    removes.rows > 0 ? count(removes.rows, 'rule row') : '',
    removes.interests > 0 ? count(removes.interests, 'interest') : '',
    removes.effects > 0 ? count(removes.effects, 'effect') : '',
  ].filter((p) => p !== '');
  if (parts.length === 0) return 'disables nothing: everything citing it cites another report too';
  const last = parts.pop();
  return `disables ${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last}`;
}

const signed = (x: number) => `${x > 0 ? '+' : ''}${x.toFixed(2)}`;

const described = (a: AblationEffect, by: SensitivitySummary['by']) =>
  by === 'report' ? `${a.label} (${a.id}; ${removesText(a.removes)})` : `${a.id} (${a.label})`;

/**
 * The summary as text for a teacher: a sentence on the removal that moves the metric most, then every
 * removal ranked by its mean paired effect, with the 95% interval, `*` where it excludes zero.
 */
export function sensitivityTable(summary: SensitivitySummary): string {
  const { by, runs, seeds, baseline, ablations } = summary;
  const metric = `${metricLabel(summary.metric)} (${summary.metric})`;
  const what = by === 'report' ? 'report' : 'rule row';
  const lines = [
    `sensitivity ${summary.scenario} (${summary.variant}): ${metric} at the end, ${count(runs, 'run')} on seeds ${seeds.first}-${seeds.last}`,
  ];
  if (summary.withoutSource.length > 0) lines.push(`without ${summary.withoutSource.join(', ')} throughout`);
  lines.push(
    `baseline: mean ${baseline.mean.toFixed(1)} (5th-95th percentile ${baseline.p5}-${baseline.p95})`,
    by === 'report'
      ? 'Each report is left out in turn (as --without-source does), on the same seeds as the baseline.'
      : 'Each rule row is taken out of its table in turn (the default row of each table stays), on the same seeds as the baseline.',
    `effect: the mean of the ${runs} paired differences, without the ${what} minus with it [95% interval],`,
    `largest first; * where the interval excludes 0. Each removal is tested alone: even one that changes`,
    'nothing would get a * about one time in 20.',
  );
  const top = ablations[0];
  if (top && top.effect.mean !== 0)
    lines.push(
      '',
      `Leaving out ${by === 'report' ? top.label : `the row ${top.id}`} moves ${metricPhrase(summary.metric)} most: by ${signed(top.effect.mean)} on average (95% interval ${top.effect.low.toFixed(2)} to ${top.effect.high.toFixed(2)}).`,
    );
  else lines.push('', `No ${what} moves ${metricPhrase(summary.metric)} on these seeds.`);
  const unchanged = ablations.filter((a) => a.effect.low === 0 && a.effect.high === 0).length;
  lines.push(
    '',
    ...columns(
      [
        ['rank', 'effect  ', what],
        ...ablations.map((a, i) => [String(i + 1), differenceCell(a.effect), described(a, by)]),
      ],
      [2],
    ),
  );
  if (unchanged > 0)
    lines.push(
      '',
      `${count(unchanged, what)} left ${summary.metric} exactly as it was in every run (effect 0, interval [0, 0]).`,
    );
  return lines.join('\n');
}
