import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import type { ExplorePlan } from '../../analysis/explore.ts';
import {
  MAX_SWEEP_RUNS,
  runsOf,
  type SeedRange,
  type ShardId,
  seedsOf,
  shardSeeds,
} from '../../analysis/shards.ts';
import { DEFAULT_VARIANTS, parseVariantList } from '../../analysis/sweep-bounds.ts';
import { newGame } from '../../engine/index.ts';
import { count } from '../../text/words.ts';
import { checkoutContent, engineFailure } from '../checkout-content.ts';
import { usage } from '../errors.ts';
import { playPlan } from '../explore/pool.ts';
import { reportSweep } from '../explore/report.ts';
import { parseShard, writeShard } from '../explore/shard.ts';
import {
  addSweepOptions,
  checkGames,
  MAX_GAMES,
  MAX_RUNS,
  sweepSeeds,
  workerCount,
} from '../explore/sweep-options.ts';
import { writableTarget } from '../files.ts';
import { progressBar } from '../progress.ts';
import { addContentOptions } from '../scripted-game.ts';

interface ExploreOptions {
  scenario: string;
  variants: string;
  runs: number;
  firstSeed: number;
  workers?: number;
  csv?: string;
  json?: boolean;
  shard?: ShardId;
  out?: string;
  withoutSource: string[];
}

/** What to play: the plan of this process's runs, the whole sweep's seeds, and which slice (null: all). */
interface Sweep {
  plan: ExplorePlan;
  sweep: SeedRange;
  shard: ShardId | null;
}

/** `--variants a, b+c`, as the explore page reads it too. */
function variantList(text: string): string[] {
  const list = parseVariantList(text);
  if (!list.ok) throw usage(list.message);
  return list.variants;
}

/** A shard and the file it writes go together; its table, JSON and CSV are merge's to print. */
function checkShardFlags(options: ExploreOptions): void {
  const { shard, out } = options;
  if (shard && out === undefined)
    throw usage(`--shard ${shard.index}/${shard.count} needs --out FILE: a shard writes its runs for merge`);
  if (!shard && out !== undefined)
    throw usage('--out needs --shard K/N (--shard 1/1 writes the whole sweep as one file)');
  if (shard && (options.json || options.csv !== undefined))
    throw usage('--shard writes its runs to --out; --json and --csv belong to `greatgame merge`');
}

/** The seeds this process plays: the whole sweep, or the slice `--shard` names, within the bounds above. */
function sliceOf(sweep: SeedRange, variants: number, shard: ShardId | undefined): SeedRange {
  const runs = runsOf(sweep);
  if (!shard) {
    checkGames(runs, variants, 'variant', count(variants, 'variant'));
    return sweep;
  }
  const name = `--shard ${shard.index}/${shard.count}`;
  if (runs > MAX_SWEEP_RUNS)
    throw usage(`--runs ${runs}: at most ${MAX_SWEEP_RUNS} runs per variant in a sharded sweep`);
  if (shard.count > runs)
    throw usage(`${name}: ${shard.count} shards of ${runs} seeds would leave some empty; at most ${runs}`);
  const slice = shardSeeds(sweep, shard);
  const games = runsOf(slice) * variants;
  if (runsOf(slice) > MAX_RUNS || games > MAX_GAMES)
    throw usage(
      `${name} plays ${count(runsOf(slice), 'seed')} of ${count(variants, 'variant')}, ${games} games; at most ${MAX_RUNS} seeds and ${MAX_GAMES} games per shard: use more shards`,
    );
  return slice;
}

/** The flags as a plan, every variant checked against the scenario before anything is played. */
function planOf(options: ExploreOptions): Sweep {
  checkShardFlags(options);
  const variants = variantList(options.variants);
  const { firstSeed } = options;
  const sweep = sweepSeeds(options.runs, firstSeed);
  const slice = sliceOf(sweep, variants.length, options.shard);
  const { source } = checkoutContent();
  for (const variant of variants) {
    const probe = newGame(source, {
      scenario: options.scenario,
      variant,
      seed: firstSeed,
      withoutSource: options.withoutSource,
    });
    if (!probe.ok) throw engineFailure(probe.error);
  }
  const plan = {
    scenario: options.scenario,
    variants,
    seeds: seedsOf(slice),
    withoutSource: options.withoutSource,
  };
  return { plan, sweep, shard: options.shard ?? null };
}

export function registerExplore(program: Command): void {
  const cores = availableParallelism();
  addSweepOptions(
    addContentOptions(
      program
        .command('explore')
        .description('play many seeds of each variant and compare the distributions of the outcomes'),
    ).option(
      '--variants <list>',
      'comma-separated variant ids, the first the reference; combine with + (a+b)',
      DEFAULT_VARIANTS,
    ),
    'variant',
  )
    .option('--csv <file>', 'also write every run (how to play it again, its final hash, each metric) as CSV')
    .option('--json', 'print one JSON object instead of the table')
    .option(
      '--shard <k/n>',
      'play only the K-th of N contiguous slices of the seeds and write its runs to --out, for `greatgame merge`',
      parseShard,
    )
    .option('--out <file>', 'with --shard: the shard file to write')
    .addHelpText(
      'after',
      [
        '',
        'Every variant is played on the same seeds, so each run of a variant pairs with the reference run of',
        'the same seed. The difference shown is the mean of those paired differences, with a 95% interval from',
        "Student's t; * marks an interval that excludes 0. Each metric is tested alone: even a variant that",
        'changes nothing would get a * on about one metric in 20. Metrics are the final indicators and each',
        "actor's final score (score:ACTOR). The answer does not depend on --workers. Any run of the CSV can",
        'be played again with `greatgame run --scenario S --variant V --seed N` (and its --without-source',
        'reports): it reaches the same final hash.',
        '',
        "Each variant after the first also gets its divergence from the reference's runs of the same seeds: the",
        'share that never diverge (the first turn whose state differs, the variant id aside; 0 is the start),',
        'the median turn over those that do, and the share of pairs in which Kabul falls (kabul_fallen), the',
        'US keeps a base in Central Asia (us_base_central_asia) or Russia recognises the Emirate',
        '(emirate_recognized) in one run and not the other, with 95% Wilson intervals (docs/sweeps.md).',
        '',
        'Examples:',
        '  greatgame explore --scenario withdrawal-2021 --variants baseline,us-stays --runs 1000',
        '  greatgame explore --scenario emirate-2022 --variants baseline,poppy-ban-fails --runs 500 --json',
        '  greatgame explore --scenario withdrawal-2021 --runs 2000 --workers 2 --csv runs.csv',
        '',
        'Across machines: shard K of N plays the K-th of N contiguous blocks of seeds first-seed to',
        'first-seed+runs-1 (the first runs mod N blocks one seed longer), every variant on each, and writes',
        '--out. `greatgame merge` then prints exactly what the unsharded sweep prints (docs/sweeps.md):',
        '  greatgame explore --scenario withdrawal-2021 --variants baseline,us-stays --runs 100000 \\',
        '    --shard 3/10 --out shard-3.json',
        '  greatgame merge shard-*.json --json --csv runs.csv',
      ].join('\n'),
    )
    .action(async (options: ExploreOptions) => {
      const { plan, sweep, shard } = planOf(options);
      const total = plan.seeds.length * plan.variants.length;
      const workers = workerCount(options.workers, total, cores);
      // A file that cannot be written is found now, not after the whole run.
      const csv = options.csv === undefined ? null : writableTarget(options.csv);
      const out = options.out === undefined ? null : writableTarget(options.out);
      const bar = progressBar('exploring', total);
      const started = performance.now();
      const outcomes = await playPlan(plan, workers, (done) => bar.update(done)).finally(() => bar.stop());
      const seconds = (performance.now() - started) / 1000;
      if (shard !== null && out !== null) {
        writeShard(out, { plan, outcomes, sweep, shard });
        const slice = `seeds ${plan.seeds[0]}-${plan.seeds[plan.seeds.length - 1]} of ${sweep.first}-${sweep.last}`;
        process.stdout.write(
          `explore ${plan.scenario} shard ${shard.index}/${shard.count}: ${slice}, ${total} runs of ${plan.variants.join(', ')}; wrote ${options.out}\n`,
        );
      } else reportSweep(plan, outcomes, { json: options.json, csv });
      // Like the bar, only on a terminal: piped or redirected, stderr is for errors alone.
      if (process.stderr.isTTY)
        process.stderr.write(
          `explored ${total} runs in ${seconds.toFixed(1)} s (${Math.round(total / seconds)} runs/s)\n`,
        );
    });
}
