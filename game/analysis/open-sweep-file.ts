import { summariseCsv } from './outcomes-csv.ts';
import { readSweepJson, type SweepOutput } from './sweep-output.ts';

/**
 * A file the CLI wrote, by its content (a name can be anything once downloaded): JSON from `explore --json`,
 * `merge --json` or `sensitivity --json`, or the CSV of `explore --csv`. Anything else is refused, saying why.
 */
export function openSweepFile(name: string, text: string): SweepOutput {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return readSweepJson(name, start);
  if (start.startsWith('scenario,')) return summariseCsv(name, start);
  if (start === '') return { kind: 'refused', message: `${name} is empty` };
  return {
    kind: 'refused',
    message: `${name} is neither JSON (explore --json, sensitivity --json) nor the CSV of explore --csv`,
  };
}
