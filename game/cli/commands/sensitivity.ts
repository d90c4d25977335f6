import { availableParallelism } from 'node:os';
import { type Command, Option } from 'commander';
import { metricsOf, type RunOutcome } from '../../analysis/explore.ts';
import {
  type Ablation,
  citedReports,
  contentCounts,
  removedCounts,
  type SensitivityBy,
  type SensitivityPlan,
  summariseSensitivity,
} from '../../analysis/sensitivity.ts';
import { seedsOf } from '../../analysis/shards.ts';
import { sourceLabel } from '../../content/sources.ts';
import { removableRows } from '../../content/without-rows.ts';
import { type ContentSource, newGame, type ScenarioContent } from '../../engine/index.ts';
import { actionWords, actorWords } from '../../text/vocabulary.ts';
import { count } from '../../text/words.ts';
import { checkoutContent, engineFailure } from '../checkout-content.ts';
import { usage } from '../errors.ts';
import { armBatches, playBatches } from '../explore/pool.ts';
import { sensitivityTable } from '../explore/sensitivity-table.ts';
import { addSweepOptions, checkGames, sweepSeeds, workerCount } from '../explore/sweep-options.ts';
import { progressBar } from '../progress.ts';
import { addContentOptions } from '../scripted-game.ts';

interface SensitivityOptions {
  scenario: string;
  variant: string;
  metric: string;
  by: SensitivityBy;
  runs: number;
  firstSeed: number;
  workers?: number;
  json?: boolean;
  withoutSource: string[];
}

/** One ablation per report the scenario cites, but those the baseline leaves out already. */
function reportAblations(
  source: ContentSource,
  content: ScenarioContent,
  options: SensitivityOptions,
): Ablation[] {
  const before = contentCounts(content);
  return citedReports(content)
    .filter((report) => !options.withoutSource.includes(report))
    .map((report) => {
      const withoutSource = [...options.withoutSource, report];
      const resolved = source.resolve({
        scenario: options.scenario,
        variant: options.variant,
        withoutSource,
      });
      if (!resolved.ok) throw engineFailure(resolved.error);
      const removes = removedCounts(before, contentCounts(resolved.content));
      return { id: report, label: sourceLabel(report), withoutSource, withoutRows: [], removes };
    });
}

/** One ablation per rule row of the scenario's tables, each table's default row excepted. */
function rowAblations(content: ScenarioContent, options: SensitivityOptions): Ablation[] {
  return removableRows(content).map((row) => ({
    id: row.id,
    label: `${actorWords(row.actor).label}: ${actionWords(row.actor, row.action).label}`,
    actor: row.actor,
    withoutSource: [...options.withoutSource],
    withoutRows: [row.id],
    removes: { rows: 1, interests: 0, effects: 0 },
  }));
}

/** The flags as a plan, everything checked against the scenario before anything is played. */
function planOf(options: SensitivityOptions): SensitivityPlan {
  const seeds = seedsOf(sweepSeeds(options.runs, options.firstSeed));
  const { source } = checkoutContent();
  const { scenario, variant, withoutSource } = options;
  const probe = newGame(source, { scenario, variant, seed: seeds[0] ?? 0, withoutSource });
  if (!probe.ok) throw engineFailure(probe.error);
  const known = Object.keys(metricsOf(probe.game.state));
  if (!known.includes(options.metric))
    throw usage(`--metric: unknown metric '${options.metric}' (metrics: ${known.join(', ')})`);
  const content = probe.game.prepared.content;
  const ablations =
    options.by === 'report' ? reportAblations(source, content, options) : rowAblations(content, options);
  if (ablations.length === 0)
    throw usage(`--by ${options.by}: ${scenario} has no ${options.by} left to take out`);
  checkGames(
    seeds.length,
    ablations.length + 1,
    'ablation',
    `the baseline and ${count(ablations.length, 'ablation')}`,
  );
  return { scenario, variant, metric: options.metric, by: options.by, seeds, withoutSource, ablations };
}

export function registerSensitivity(program: Command): void {
  const cores = availableParallelism();
  addSweepOptions(
    addContentOptions(
      program
        .command('sensitivity')
        .description(
          'take out each report or each rule row in turn and rank their paired effects on a metric',
        ),
    )
      .option('--variant <id>', 'variant id; combine with + (a+b)', 'baseline')
      .requiredOption('--metric <name>', "a final indicator, or an actor's final score as score:ACTOR")
      .addOption(
        new Option('--by <what>', 'take out each report, or each rule row')
          .choices(['report', 'row'])
          .makeOptionMandatory(),
      ),
    'ablation',
  )
    .option('--json', 'print one JSON object instead of the table')
    .addHelpText(
      'after',
      [
        '',
        'The baseline and every ablation are played on the same seeds, so each ablated run pairs with the',
        'baseline run of the same seed. --by report leaves out, in turn, each report the scenario cites (as',
        '--without-source does: every row, interest and effect resting on it alone); --by row takes out, in',
        "turn, each rule row of the scenario's tables but the default row of each. The effect is the mean of",
        "the paired differences (ablated minus baseline) with a 95% interval from Student's t, as explore's;",
        'removals are ranked by its size. The answer does not depend on --workers.',
        '',
        'Examples:',
        '  greatgame sensitivity --scenario withdrawal-2021 --metric taliban_territory --by report',
        '  greatgame sensitivity --scenario emirate-2022 --metric score:russia --by row --runs 500 --json',
      ].join('\n'),
    )
    .action(async (options: SensitivityOptions) => {
      const plan = planOf(options);
      const choice = (a: { withoutSource: string[]; withoutRows: string[] }) => ({
        scenario: plan.scenario,
        withoutSource: a.withoutSource,
        withoutRows: a.withoutRows,
      });
      const arms = [{ withoutSource: plan.withoutSource, withoutRows: [] }, ...plan.ablations];
      const batches = arms.map((arm) => armBatches(choice(arm), plan.variant, plan.seeds));
      const total = plan.seeds.length * arms.length;
      const workers = workerCount(options.workers, total, cores);
      const bar = progressBar('sensitivity', total);
      const played = await playBatches(batches.flat(), workers, (done) => bar.update(done)).finally(() =>
        bar.stop(),
      );
      // The batches of each arm, back together in the order they were planned.
      const outcomes: RunOutcome[][] = [];
      let next = 0;
      for (const arm of batches) {
        outcomes.push(played.slice(next, next + arm.length).flat());
        next += arm.length;
      }
      const summary = summariseSensitivity(plan, outcomes[0] ?? [], outcomes.slice(1));
      process.stdout.write(
        options.json ? `${JSON.stringify(summary, null, 2)}\n` : `${sensitivityTable(summary)}\n`,
      );
    });
}
