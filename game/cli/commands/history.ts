import type { Command } from 'commander';
import { type HistoryReport, historyTally } from '../../analysis/history.ts';
import { historyProblems } from '../../content/history-checks.ts';
import { formatProblem, newGame } from '../../engine/index.ts';
import { quoteLine } from '../../text/words.ts';
import { checkoutContent, engineFailure } from '../checkout-content.ts';
import { CliError, usage } from '../errors.ts';
import { parsePositive, parseSeed } from '../options.ts';
import { progressBar } from '../progress.ts';
import { addContentOptions } from '../scripted-game.ts';

const MAX_RUNS = 100_000;
/** Games played between two looks at the terminal, so that the bar moves and Ctrl-C is heard. */
const CHUNK = 10;

interface HistoryOptions {
  scenario: string;
  variant: string;
  runs: number;
  firstSeed: number;
  json?: boolean;
  withoutSource: string[];
}

/** The table: one block per claim, its share against its target, and the passage it rests on. */
export function historyTable(report: HistoryReport): string {
  const held = report.claims.filter((c) => c.held).length;
  const lines = [
    `${report.scenario} (${report.variant}), ${report.runs} seeds: ${held} of ${report.claims.length} claims held`,
    '',
  ];
  for (const claim of report.claims) {
    const share = `${Math.round(claim.share * 100)}%`.padStart(4);
    const target = `${Math.round(claim.target * 100)}%`;
    lines.push(`${claim.held ? 'held  ' : 'MISSED'} ${share} of seeds (target ${target})  ${claim.id}`);
    lines.push(`       ${claim.text}`);
    lines.push(`       ${quoteLine(claim.citation)}`);
  }
  return lines.join('\n');
}

export function registerHistory(program: Command): void {
  addContentOptions(
    program
      .command('history')
      .description("play many seeds and check each of the scenario's historical claims against them"),
  )
    .option('--variant <id>', 'variant id; combine with + (a+b)', 'baseline')
    .option('--runs <n>', `seeds to play, 1 to ${MAX_RUNS}`, parsePositive, 200)
    .option('--first-seed <n>', 'the seeds are first-seed, first-seed+1, ...', parseSeed, 1)
    .option('--json', 'print one JSON object instead of the table')
    .addHelpText(
      'after',
      [
        '',
        'Each scenario declares its historical record in scenarios/<scenario>/history.json: claims drawn from the',
        'reports, each with its citation, a check over a game (an event fired in a window of months, an action',
        'taken or never taken, a condition on the state) and the share of seeds in which the baseline should',
        'reproduce it. A claim is held when its share reaches that target.',
        '',
        'Exit code: 0 when every claim is held, 1 when one or more are missed (expected under most variants:',
        'they change the history), 2 for bad usage or content.',
        '',
        'Examples:',
        '  greatgame history --scenario withdrawal-2021',
        '  greatgame history --scenario withdrawal-2021 --variant us-stays --runs 500 --json',
      ].join('\n'),
    )
    .action(async (options: HistoryOptions) => {
      const { library, source } = checkoutContent();
      const { scenario, variant, runs, firstSeed, withoutSource } = options;
      if (runs > MAX_RUNS) throw usage(`--runs ${runs}: at most ${MAX_RUNS}`);
      if (!Number.isSafeInteger(firstSeed + runs - 1))
        throw usage(`--first-seed ${firstSeed}: the last seed would be too large`);
      // The same checks as a game's, and their errors: an unknown scenario or variant, broken content.
      const probe = newGame(source, { scenario, variant, seed: firstSeed, withoutSource });
      if (!probe.ok) throw engineFailure(probe.error);
      const baseline = () => {
        const resolved = source.resolve({ scenario, variant: 'baseline', withoutSource: [] });
        return resolved.ok ? resolved.content : null;
      };
      const problems = historyProblems(library, scenario, baseline);
      if (problems.length > 0)
        throw usage(`the history of ${scenario} is invalid:\n${problems.map(formatProblem).join('\n')}`);
      const entry = library.scenarios.get(scenario);
      if (!entry?.history) throw usage(`${scenario} has no history: add scenarios/${scenario}/history.json`);

      const tally = historyTally(source, entry.history, { scenario, variant, withoutSource });
      const bar = progressBar('checking history', runs);
      try {
        for (let done = 0; done < runs; done += 1) {
          tally.play(firstSeed + done);
          if ((done + 1) % CHUNK === 0) {
            bar.update(done + 1);
            await new Promise((resolve) => setImmediate(resolve));
          }
        }
      } finally {
        bar.stop();
      }
      const report = tally.report();
      process.stdout.write(
        options.json ? `${JSON.stringify(report, null, 2)}\n` : `${historyTable(report)}\n`,
      );
      const missed = report.claims.filter((c) => !c.held).length;
      if (missed > 0)
        throw new CliError(1, `${missed} of ${report.claims.length} claims missed their target`);
    });
}
