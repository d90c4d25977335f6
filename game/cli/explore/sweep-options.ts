import type { Command } from 'commander';
import { MIN_SWEEP_RUNS, type SeedRange } from '../../analysis/shards.ts';
import { usage } from '../errors.ts';
import { parsePositive, parseSeed } from '../options.ts';

/** The bounds and defaults of a sweep in one process, shared by `explore` and `sensitivity`. */
export const MIN_RUNS = MIN_SWEEP_RUNS;
export const MAX_RUNS = 100_000;
/** Every outcome is kept until the summary: this bounds the memory, whatever the number of arms. */
export const MAX_GAMES = 400_000;
export const MAX_WORKERS = 64;
/**
 * A worker thread on the pre-built bundle is ready in about a tenth of a second, about what 40 runs take: by
 * default each worker gets at least 100, and small jobs stay in this process.
 */
export const RUNS_PER_WORKER = 100;

/** `--runs`, `--first-seed` and `--workers`, as every sweep takes them; `per` names what a run is of. */
export function addSweepOptions(command: Command, per: string): Command {
  return command
    .option('--runs <n>', `seeds per ${per}, ${MIN_RUNS} to ${MAX_RUNS}`, parsePositive, 200)
    .option('--first-seed <n>', 'the seeds are first-seed, first-seed+1, ...', parseSeed, 1)
    .option(
      '--workers <k>',
      `worker threads, 1 plays in this process (default: one per core, at most one per ${RUNS_PER_WORKER} runs)`,
      parsePositive,
    );
}

/** The seeds `--runs` and `--first-seed` name, refused before anything is played when they cannot be. */
export function sweepSeeds(runs: number, firstSeed: number): SeedRange {
  if (runs < MIN_RUNS) throw usage(`--runs ${runs}: a distribution needs at least ${MIN_RUNS} runs`);
  if (!Number.isSafeInteger(firstSeed + runs - 1))
    throw usage(`--first-seed ${firstSeed}: the last seed would be too large`);
  return { first: firstSeed, last: firstSeed + runs - 1 };
}

/**
 * The games of one process, within the bounds: `arms` (variants, or the baseline and its ablations, as
 * `armsText` says) on `runs` seeds each, at most MAX_RUNS seeds per `per`.
 */
export function checkGames(runs: number, arms: number, per: string, armsText: string): void {
  if (runs > MAX_RUNS) throw usage(`--runs ${runs}: at most ${MAX_RUNS} runs per ${per}`);
  if (runs * arms > MAX_GAMES)
    throw usage(`--runs ${runs} with ${armsText} is ${runs * arms} games; at most ${MAX_GAMES}`);
}

/** `--workers`, or one per core with at least RUNS_PER_WORKER runs each; never more than the games. */
export function workerCount(requested: number | undefined, total: number, cores: number): number {
  if ((requested ?? 0) > MAX_WORKERS) throw usage(`--workers ${requested}: at most ${MAX_WORKERS}`);
  const fallback = Math.max(1, Math.min(cores, Math.floor(total / RUNS_PER_WORKER)));
  return Math.min(requested ?? fallback, total);
}
