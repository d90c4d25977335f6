import type { Command } from 'commander';
import { replaySummaries } from '../../analysis/turn-summary.ts';
import { ENGINE_VERSION } from '../../content/version.ts';
import { replayOf } from '../../replay/replay-file.ts';
import { runReport } from '../../text/report.ts';
import { count } from '../../text/words.ts';
import { checkoutContent } from '../checkout-content.ts';
import { chronicle } from '../chronicle.ts';
import { usage } from '../errors.ts';
import { writeFileAtomic } from '../files.ts';
import { parsePositive } from '../options.ts';
import { addGameOptions, type GameFlags, playFlags } from '../scripted-game.ts';

interface RunOptions extends GameFlags {
  turns?: number;
  json?: boolean;
  replayOut?: string;
  details?: boolean;
  summary?: boolean;
}

export function registerRun(program: Command): void {
  addGameOptions(
    program
      .command('run')
      .description('play a game, AI actors following their rule tables, and print what happened'),
  )
    .option('--turns <n>', 'stop after this many turns', parsePositive)
    .option('--json', 'print one JSON object (the run contract) instead of the chronicle')
    .option('--details', "add each move's rule id and its condition as written, for modellers")
    .option(
      '--summary',
      "begin each turn with what happened: the largest changes and their causes, the people's moves",
    )
    .option('--replay-out <file>', 'write a replay file that `greatgame replay --verify` checks')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  greatgame run --scenario withdrawal-2021 --seed 1',
        '  greatgame run --scenario withdrawal-2021 --seed 7 --json --replay-out game.json',
        '  greatgame run --scenario withdrawal-2021 --seed 7 --without-source 003_5657161a6a22a493.txt',
      ].join('\n'),
    )
    .action((options: RunOptions) => {
      const { game, decisions } = playFlags(options, (total) => {
        if (options.turns !== undefined && options.turns > total)
          throw usage(`--turns ${options.turns}: ${options.scenario} has ${count(total, 'turn')}`);
        return options.turns ?? total;
      });
      // Everything is computed before anything is printed or written.
      const replay = replayOf(game, decisions, ENGINE_VERSION);
      const summaries =
        options.summary && !options.json ? replaySummaries(checkoutContent().source, replay) : null;
      const output = options.json
        ? `${JSON.stringify(runReport(game, ENGINE_VERSION), null, 2)}\n`
        : `${chronicle(game, { details: options.details === true, summaries: summaries ?? undefined })}\n`;
      if (options.replayOut) writeFileAtomic(options.replayOut, `${JSON.stringify(replay, null, 2)}\n`);
      process.stdout.write(output);
    });
}
