import type { Command } from 'commander';
import { replaySummaries } from '../../analysis/turn-summary.ts';
import { readJson } from '../../content/disk.ts';
import { ENGINE_VERSION } from '../../content/version.ts';
import { verifyReplay } from '../../engine/index.ts';
import { ReplayWithForecasts } from '../../replay/forecasts.ts';
import { replayVersionProblem } from '../../replay/replay-file.ts';
import { replayFitProblem } from '../../replay/replay-fit.ts';
import { describeVerdict } from '../../replay/verdict.ts';
import { runReport } from '../../text/report.ts';
import { checkoutContent } from '../checkout-content.ts';
import { chronicle } from '../chronicle.ts';
import { verdict as no, usage } from '../errors.ts';
import { readUserJson, unreadable } from '../files.ts';

export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('play back a replay file turn by turn, checking every turn against its recorded hash')
    .argument('<file>', 'replay file written by `greatgame run --replay-out`')
    .option('--verify', 'only check the file: exit 0 if every turn matches, 1 naming the turn if not')
    .option('--json', 'print the replayed game as the run JSON contract')
    .option('--details', "add each move's rule id and its condition as written, for modellers")
    .option(
      '--summary',
      "begin each turn with what happened: the largest changes and their causes, the people's moves",
    )
    .action(
      (file: string, options: { verify?: boolean; json?: boolean; details?: boolean; summary?: boolean }) => {
        const read = readJson(file);
        if (!read.ok) throw unreadable('replay file', file, read.error.message);
        const problem = replayVersionProblem(read.data);
        if (problem) throw usage(`replay file ${file} ${problem}`);
        const replay = readUserJson(file, 'replay file', ReplayWithForecasts);

        // The recorded game must exist here, and its decisions must fit it, before anything is replayed.
        const unfit = replayFitProblem(checkoutContent().source, replay);
        if (unfit) throw usage(`replay file ${file}: ${unfit}`);

        const checked = verifyReplay(checkoutContent().source, replay);
        if (!checked.ok) throw usage(`replay file ${file}: ${checked.error.message}`);
        const { game, verdict } = checked;
        if (!options.verify && game) {
          const shown = options.json
            ? `${JSON.stringify(runReport(game, ENGINE_VERSION), null, 2)}`
            : chronicle(game, {
                details: options.details === true,
                summaries:
                  (options.summary && replaySummaries(checkoutContent().source, replay)) || undefined,
              });
          process.stdout.write(`${shown}\n`);
        }
        if (verdict.kind !== 'verified') throw no(`${file}: ${describeVerdict(verdict)}`);
        if (!options.json)
          process.stdout.write(
            `${file}: verified, ${verdict.turns} turns match (final hash ${replay.hashes[replay.hashes.length - 1]})\n`,
          );
      },
    );
}
