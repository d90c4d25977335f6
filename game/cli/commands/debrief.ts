import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Command } from 'commander';
import { readJson } from '../../content/disk.ts';
import { fromZod } from '../../content/issues.ts';
import { formatProblem, ReplayFile } from '../../engine/index.ts';
import { replayVersionProblem } from '../../replay/replay-file.ts';
import { type ChartLibrary, embeddedReplay } from '../../text/debrief-html.ts';
import { debriefReport } from '../../text/debrief-report.ts';
import { checkoutContent } from '../checkout-content.ts';
import { verdict as no, usage } from '../errors.ts';
import { unreadable, writableTarget, writeFileAtomic } from '../files.ts';

interface DebriefOptions {
  out?: string;
  json?: boolean;
}

/** uPlot's script and stylesheet, inlined into the report: the page fetches nothing. */
function chartLibrary(): ChartLibrary {
  const require = createRequire(import.meta.url);
  const dist = (file: string) => readFileSync(require.resolve(`uplot/dist/${file}`), 'utf8');
  return { script: dist('uPlot.iife.min.js'), css: dist('uPlot.min.css') };
}

/** A replay file, or a report this command wrote (it embeds its replay). Any problem is a usage error. */
function readReplay(file: string): ReplayFile {
  let data: unknown;
  if (/\.html?$/i.test(file)) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw unreadable(
        'report',
        file,
        (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(e),
      );
    }
    data = embeddedReplay(text);
    if (data === null) throw usage(`report ${file}: holds no replay`);
  } else {
    const read = readJson(file);
    if (!read.ok) throw unreadable('replay file', file, read.error.message);
    data = read.data;
  }
  const problem = replayVersionProblem(data);
  if (problem) throw usage(`replay file ${file} ${problem}`);
  const parsed = ReplayFile.safeParse(data, { reportInput: true });
  if (!parsed.success)
    throw usage(`replay file ${fromZod(file, parsed.error).map(formatProblem).join('\n')}`);
  return parsed.data;
}

export function registerDebrief(program: Command): void {
  program
    .command('debrief')
    .description('write the after-action report of a replay: one self-contained, printable HTML page')
    .argument(
      '<replay>',
      'a replay file (from `run --replay-out` or the browser), or a report written before',
    )
    .option('--out <file>', 'write the report to this HTML file')
    .option('--json', "print the report's data as one JSON object instead")
    .addHelpText(
      'after',
      [
        '',
        'The report holds the timeline with its turning points, each person’s decisions beside what the rule',
        'table would have chosen and where the tables would have taken the game from there, the interest scores',
        'and indicators over time, the historical claims checked on this game, and questions for discussion.',
        'It needs no network, prints on A4, and embeds its replay: `greatgame replay` and the browser open it again.',
        '',
        'Exit code: 0 when written, 1 when the replay does not verify here, 2 for bad usage or a bad file.',
        '',
        'Examples:',
        '  greatgame debrief game.json --out report.html',
        '  greatgame debrief game.json --json',
      ].join('\n'),
    )
    .action((file: string, options: DebriefOptions) => {
      if (options.out === undefined && !options.json) throw usage('debrief needs --out FILE or --json');
      if (options.out !== undefined && options.json)
        throw usage('debrief takes --out FILE or --json, not both');
      const target = options.out === undefined ? null : writableTarget(options.out);
      const replay = readReplay(file);
      const { source, library } = checkoutContent();
      const report = debriefReport(source, library, replay);
      if (!report.ok) {
        const message = `replay file ${file}: ${report.message}`;
        throw report.kind === 'unfit' ? usage(message) : no(message);
      }
      if (target === null) {
        process.stdout.write(`${JSON.stringify(report.debrief, null, 2)}\n`);
        return;
      }
      writeFileAtomic(target, report.html(chartLibrary()));
      process.stdout.write(`wrote the after-action report of ${file} to ${options.out}\n`);
    });
}
