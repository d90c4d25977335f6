import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { type ExplorePlan, summarise } from '../../content/explore.ts';
import { playScripted } from '../../engine/index.ts';
import { content, engineFailure } from '../content.ts';
import { usage } from '../errors.ts';
import { outcomesCsv } from '../explore/csv.ts';
import { playPlan } from '../explore/pool.ts';
import { exploreTable } from '../explore/table.ts';
import { writeFileAtomic } from '../files.ts';
import { parsePositive, parseSeed } from '../options.ts';

/** More runs than this would hold too many outcomes in memory at once; nobody needs them for a distribution. */
const MAX_RUNS = 100_000;
const MAX_WORKERS = 64;
/**
 * A worker thread takes about a second to start (tsx compiles the engine again in each), about what 250 runs
 * take: by default each worker gets at least that many, and small jobs stay in this process.
 */
const RUNS_PER_WORKER = 250;

function defaultWorkers(total: number, cores: number): number {
  return Math.max(1, Math.min(cores, Math.floor(total / RUNS_PER_WORKER)));
}

interface ExploreOptions {
  scenario: string;
  variants: string;
  runs: number;
  firstSeed: number;
  workers?: number;
  csv?: string;
  json?: boolean;
  withoutSource: string[];
}

const collect = (value: string, previous: string[]) => [...previous, basename(value)];

/** The variants flag as a list, each one checked against the scenario before anything is played. */
function planOf(options: ExploreOptions): ExplorePlan {
  const variants = options.variants.split(',').map((v) => v.trim());
  if (variants.some((v) => v === '')) throw usage(`--variants '${options.variants}': an empty variant id`);
  const twice = variants.find((v, i) => variants.indexOf(v) !== i);
  if (twice) throw usage(`--variants: '${twice}' is listed twice`);
  if (options.runs > MAX_RUNS) throw usage(`--runs ${options.runs}: at most ${MAX_RUNS} runs per variant`);
  const seeds = Array.from({ length: options.runs }, (_, i) => options.firstSeed + i);
  const last = seeds[seeds.length - 1] ?? 0;
  if (!Number.isSafeInteger(last))
    throw usage(`--first-seed ${options.firstSeed}: the last seed would be too large`);
  const { source } = content();
  for (const variant of variants) {
    const probe = playScripted(
      source,
      { scenario: options.scenario, variant, seed: options.firstSeed, withoutSource: options.withoutSource },
      [],
      0,
    );
    if (!probe.ok) throw engineFailure(probe.error);
  }
  return { scenario: options.scenario, variants, seeds, withoutSource: options.withoutSource };
}

/** A bar on a terminal; nothing when stderr is a file or a pipe, so logs stay clean. */
function progressBar(total: number): { update(done: number): void; stop(): void } {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'exploring [{bar}] {value}/{total} runs | {percentage}% | eta {eta_formatted}',
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

export function registerExplore(program: Command): void {
  const cores = availableParallelism();
  program
    .command('explore')
    .description('play many seeds of each variant and compare the distributions of the outcomes')
    .requiredOption('--scenario <id>', 'scenario id (see `greatgame scenarios`)')
    .option(
      '--variants <list>',
      'comma-separated variant ids, the first the reference; combine with + (a+b)',
      'baseline',
    )
    .option('--runs <n>', `seeds per variant (at most ${MAX_RUNS})`, parsePositive, 200)
    .option('--first-seed <n>', 'the seeds are first-seed, first-seed+1, ...', parseSeed, 1)
    .option(
      '--workers <k>',
      `worker threads, 1 plays in this process (default: the ${cores} cores here, at most one per ${RUNS_PER_WORKER} runs)`,
      parsePositive,
    )
    .option('--csv <file>', 'also write every run (variant, seed, final hash, each metric) as CSV')
    .option('--json', 'print one JSON object instead of the table')
    .option(
      '--without-source <report>',
      'disable every row, interest and effect resting only on this report (repeatable)',
      collect,
      [],
    )
    .addHelpText(
      'after',
      [
        '',
        'Every variant is played on the same seeds, so each run of a variant pairs with the reference run of',
        'the same seed: the difference shown is the mean of those paired differences, with its 95% interval.',
        "Metrics are the final indicators and each actor's final score (score:ACTOR). Any run can be replayed",
        'with `greatgame run --scenario ID --variant V --seed S`; its final hash is in the CSV.',
        '',
        'Examples:',
        '  greatgame explore --scenario withdrawal-2021 --variants baseline,us-stays --runs 1000',
        '  greatgame explore --scenario emirate-2022 --variants baseline,poppy-ban-fails --runs 500 --json',
        '  greatgame explore --scenario withdrawal-2021 --runs 2000 --workers 2 --csv runs.csv',
      ].join('\n'),
    )
    .action(async (options: ExploreOptions) => {
      if ((options.workers ?? 0) > MAX_WORKERS)
        throw usage(`--workers ${options.workers}: at most ${MAX_WORKERS}`);
      const plan = planOf(options);
      const total = plan.seeds.length * plan.variants.length;
      const workers = Math.min(options.workers ?? defaultWorkers(total, cores), total);
      const bar = progressBar(total);
      const started = performance.now();
      const outcomes = await playPlan(plan, workers, (done) => bar.update(done)).finally(() => bar.stop());
      const seconds = (performance.now() - started) / 1000;
      const summary = summarise(plan, outcomes);
      if (options.csv) writeFileAtomic(options.csv, outcomesCsv(plan.variants, outcomes));
      process.stdout.write(
        options.json ? `${JSON.stringify(summary, null, 2)}\n` : `${exploreTable(summary)}\n`,
      );
      // Like the bar, only on a terminal: piped or redirected, stderr is for errors alone.
      if (process.stderr.isTTY)
        process.stderr.write(
          `explored ${total} runs in ${seconds.toFixed(1)} s (${Math.round(total / seconds)} runs/s, ${workers} worker${workers === 1 ? '' : 's'})\n`,
        );
    });
}
