import Tinypool from 'tinypool';
import type { ExplorePlan, RunChoice, RunOutcome } from '../../analysis/explore.ts';
import { checkoutContent } from '../checkout-content.ts';
import { workerBundle } from './bundle.ts';
import { type Batch, playBatch } from './worker.ts';

/** Seeds per task: small enough for a smooth progress bar, large enough that messaging costs little. */
const BATCH_SIZE = 20;

/** One arm's runs (a choice and a variant on the seeds) cut into batches, in seed order. */
export function armBatches(plan: RunChoice, variant: string, seeds: readonly number[]): Batch[] {
  const batches: Batch[] = [];
  for (let i = 0; i < seeds.length; i += BATCH_SIZE)
    batches.push({ plan, variant, seeds: seeds.slice(i, i + BATCH_SIZE) });
  return batches;
}

/** Every (variant, seeds) batch of a plan, variant by variant. */
export function batchesOf(plan: ExplorePlan): Batch[] {
  const { scenario, withoutSource } = plan;
  return plan.variants.flatMap((variant) => armBatches({ scenario, withoutSource }, variant, plan.seeds));
}

/**
 * Plays every run of a plan, in `workers` worker threads (or in this thread when it is 1), and reports the
 * number of runs done after each batch. The outcomes come back in no particular order; `inPlanOrder` orders
 * them.
 */
export async function playPlan(
  plan: ExplorePlan,
  workers: number,
  progress: (done: number) => void,
): Promise<RunOutcome[]> {
  return (await playBatches(batchesOf(plan), workers, progress)).flat();
}

/**
 * Plays batches of runs, in `workers` worker threads (or in this thread when it is 1), never more workers
 * than batches, and reports the number of runs done after each batch. The result holds each batch's outcomes
 * at the batch's place, in the order of its seeds, whichever worker played it and whenever it finished.
 */
export async function playBatches(
  batches: readonly Batch[],
  workers: number,
  progress: (done: number) => void,
): Promise<RunOutcome[][]> {
  const results: RunOutcome[][] = [];
  let done = 0;
  const threads = Math.min(workers, batches.length);
  if (threads <= 1) {
    for (const batch of batches) {
      results.push(playBatch(batch));
      done += batch.seeds.length;
      progress(done);
    }
    return results;
  }
  const pool = await startPool(threads);
  try {
    await Promise.all(
      batches.map(async (batch, i) => {
        results[i] = await pool.run(batch);
        done += batch.seeds.length;
        progress(done);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return results;
}

/** Node options that load a module before the program: `--import tsx`, `--import=tsx`, `-r`, `--loader`. */
const PRELOADS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);

/**
 * This process's Node options without those that preload tsx. A worker would otherwise inherit `--import tsx`
 * (as under `npm run bench` or `node --import tsx`) and start tsx and its loader thread before it runs the
 * bundle, which needs neither (worker-entry.mjs registers tsx itself when there is no bundle).
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i] ?? '';
    const [flag = '', inline] = arg.split(/=(.*)/s);
    if (PRELOADS.has(flag)) {
      const value = inline ?? execArgv[i + 1] ?? '';
      if (inline === undefined) i++;
      if (/(^|[\\/])tsx([\\/]|$)/.test(value)) continue;
      kept.push(arg);
      if (inline === undefined) kept.push(value);
      continue;
    }
    kept.push(arg);
  }
  return kept;
}

/**
 * A pool of `threads` workers on the pre-built bundle (tsx when it cannot be built), each given this process's
 * content so that it need not read and parse it again.
 */
export async function startPool(threads: number): Promise<Tinypool> {
  const filename = (await workerBundle()) ?? new URL('./worker-entry.mjs', import.meta.url).href;
  return new Tinypool({
    filename,
    minThreads: threads,
    maxThreads: threads,
    execArgv: workerExecArgv(process.execArgv),
    workerData: { library: checkoutContent().library },
  });
}
