import type { Command } from 'commander';
import { decisionProblems } from '../../content/decisions.ts';
import { replayOf } from '../../content/replay-file.ts';
import { runReport } from '../../content/report.ts';
import { ENGINE_VERSION } from '../../content/version.ts';
import { DecisionList, playScripted } from '../../engine/index.ts';
import { chronicle } from '../chronicle.ts';
import { content, engineFailure } from '../content.ts';
import { usage } from '../errors.ts';
import { readUserJson, writeFileAtomic } from '../files.ts';
import { parsePositive, parseSeed } from '../options.ts';

interface RunOptions {
  scenario: string;
  variant: string;
  seed: number;
  turns?: number;
  decisions?: string;
  json?: boolean;
  replayOut?: string;
}

function legalList(legal: { action: string; targets: string[] | null }[] | undefined): string {
  return (legal ?? []).map((l) => (l.targets ? `${l.action} (${l.targets.join('|')})` : l.action)).join(', ');
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('play a game, AI actors following their rule tables, and print what happened')
    .requiredOption('--scenario <id>', 'scenario id (see `greatgame scenarios`)')
    .option('--variant <id>', 'variant id; combine with + (a+b)', 'baseline')
    .requiredOption('--seed <n>', 'non-negative integer seed', parseSeed)
    .option('--turns <n>', 'stop after this many turns', parsePositive)
    .option('--decisions <file>', 'JSON list of human decisions [{turn, actor, action, target}]')
    .option('--json', 'print one JSON object (the run contract) instead of the chronicle')
    .option('--replay-out <file>', 'write a replay file that `greatgame replay --verify` checks')
    .addHelpText(
      'after',
      '\nExamples:\n  greatgame run --scenario withdrawal-2021 --seed 1\n  greatgame run --scenario withdrawal-2021 --seed 7 --json --replay-out game.json',
    )
    .action((options: RunOptions) => {
      const { source } = content();
      const decisions = options.decisions
        ? readUserJson(options.decisions, 'decisions file', DecisionList)
        : [];
      const gameOptions = { scenario: options.scenario, variant: options.variant, seed: options.seed };
      // Resolve first, so that an unknown scenario is reported before the decisions are checked against it.
      const probe = playScripted(source, gameOptions, [], 0);
      if (!probe.ok) throw engineFailure(probe.error);
      const { prepared } = probe.game;
      const turns = Math.min(options.turns ?? prepared.turns, prepared.turns);
      const problems = decisionProblems(decisions, prepared.actorIds, turns);
      if (options.decisions && problems.length > 0)
        throw usage(`decisions file ${options.decisions}: ${problems.join('; ')}`);

      const played = playScripted(source, gameOptions, decisions, turns);
      if (!played.ok) {
        if ('failure' in played) {
          const { turn, actor, error } = played.failure;
          throw usage(
            `illegal decision on turn ${turn} for ${actor}: ${error.message.replace(/^turn \d+, [a-z_]+: /, '')}; legal actions: ${legalList(error.legal)}`,
          );
        }
        throw engineFailure(played.error);
      }
      const { game } = played;
      // Everything is computed before anything is printed or written.
      const output = options.json
        ? `${JSON.stringify(runReport(game, ENGINE_VERSION), null, 2)}\n`
        : `${chronicle(game)}\n`;
      if (options.replayOut)
        writeFileAtomic(
          options.replayOut,
          `${JSON.stringify(replayOf(game, decisions, ENGINE_VERSION), null, 2)}\n`,
        );
      process.stdout.write(output);
    });
}
