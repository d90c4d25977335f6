import {
  type ExplorePlan,
  type ExploreSummary,
  exploreJsonText,
  type RunOutcome,
} from '../../analysis/explore.ts';
import { outcomesCsv } from '../../analysis/outcomes-csv.ts';
import { el } from '../dom.ts';
import { downloadFile } from '../replay-io.ts';

/**
 * A sweep played in the page, as `explore --json` and `explore --csv` would write it: the same bytes.
 * `summary` is the plan's outcomes summarised.
 */
export function sweepDownloads(
  plan: ExplorePlan,
  outcomes: readonly RunOutcome[],
  summary: ExploreSummary,
): HTMLElement {
  const name = `explore-${plan.scenario}-seeds${plan.seeds[0]}-${plan.seeds[plan.seeds.length - 1]}`;
  const save = (text: string, type: string, extension: string) => () =>
    downloadFile(new Blob([text], { type }), `${name}.${extension}`);
  return el(
    'p',
    { class: 'ex-downloads' },
    el(
      'button',
      {
        type: 'button',
        id: 'ex-download-json',
        onclick: save(exploreJsonText(summary), 'application/json', 'json'),
      },
      'Download the summary (explore --json)',
    ),
    ' ',
    el(
      'button',
      {
        type: 'button',
        id: 'ex-download-csv',
        onclick: save(outcomesCsv(plan, outcomes), 'text/csv', 'csv'),
      },
      'Download every run (explore --csv)',
    ),
  );
}
