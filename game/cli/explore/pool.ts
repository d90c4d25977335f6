import Tinypool from 'tinypool';
import type { ExplorePlan, RunChoice, RunOutcome } from '../../analysis/explore.ts';
import { checkoutContent } from '../checkout-content.ts';
import { workerBundle } from './bundle.ts';
import { type Batch, type PairedBatch, playBatch, playPairedBatch } from './worker.ts';

/** Games per task: few enough for a smooth progress bar, enough that messaging costs little. */
const BATCH_SIZE = 20;

/** One arm's runs (a choice and a variant on the seeds) cut into batches, in seed order. */
export function armBatches(plan: RunChoice, variant: string, seeds: readonly number[]): Batch[] {
  const batches: Batch[] = [];
  for (let i = 0; i < seeds.length; i += BATCH_SIZE)
    batches.push({ plan, variant, seeds: seeds.slice(i, i + BATCH_SIZE) });
  return batches;
}

/**
 * A plan's seeds cut into batches that each play every variant on their seeds, in seed order, about BATCH_SIZE
 * games a batch. A run's divergence depends only on its seed's reference run, which its batch plays too, so the
 * cut changes nothing in the answer.
 */
export function batchesOf(plan: ExplorePlan): PairedBatch[] {
  const { scenario, withoutSource } = plan;
  const batches: PairedBatch[] = [];
  const size = Math.max(1, Math.floor(BATCH_SIZE / plan.variants.length));
  for (let i = 0; i < plan.seeds.length; i += size)
    batches.push({
      kind: 'paired',
      plan: { scenario, withoutSource },
      variants: [...plan.variants],
      seeds: plan.seeds.slice(i, i + size),
    });
  return batches;
}

/** How many games a batch plays. */
const gamesIn = (batch: Batch | PairedBatch) =>
  batch.seeds.length * ('kind' in batch ? batch.variants.length : 1);

const playHere = (batch: Batch | PairedBatch) =>
  'kind' in batch ? playPairedBatch(batch) : playBatch(batch);

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
 * than batches, and reports the number of games done after each batch. The result holds each batch's outcomes
 * at the batch's place, in the order of its seeds, whichever worker played it and whenever it finished.
 */
export async function playBatches(
  batches: readonly (Batch | PairedBatch)[],
  workers: number,
  progress: (done: number) => void,
): Promise<RunOutcome[][]> {
  const results: RunOutcome[][] = [];
  let done = 0;
  const threads = Math.min(workers, batches.length);
  if (threads <= 1) {
    for (const batch of batches) {
      results.push(playHere(batch));
      done += gamesIn(batch);
      progress(done);
    }
    return results;
  }
  const pool = await startPool(threads);
  try {
    await Promise.all(
      batches.map(async (batch, i) => {
        results[i] = await pool.run(batch);
        done += gamesIn(batch);
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
