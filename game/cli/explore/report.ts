import { type ExplorePlan, exploreJsonText, type RunOutcome, summarise } from '../../analysis/explore.ts';
import { outcomesCsv } from '../../analysis/outcomes-csv.ts';
import { writeFileAtomic } from '../files.ts';
import { exploreTable } from './table.ts';

/**
 * What a sweep prints, from its plan and outcomes alone: the CSV (if asked, to a target already checked
 * writable), then the JSON or the table on stdout. `explore` and `merge` both end here, so a merged sweep
 * prints the bytes the unsharded one does.
 */
export function reportSweep(
  plan: ExplorePlan,
  outcomes: readonly RunOutcome[],
  options: { json?: boolean; csv: string | null },
): void {
  const summary = summarise(plan, outcomes);
  if (options.csv !== null) writeFileAtomic(options.csv, outcomesCsv(plan, outcomes));
  process.stdout.write(options.json ? exploreJsonText(summary) : `${exploreTable(summary)}\n`);
}
