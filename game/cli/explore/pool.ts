import Tinypool from 'tinypool';
import type { ExplorePlan, RunOutcome } from '../../analysis/explore.ts';
import { checkoutContent } from '../checkout-content.ts';
import { workerBundle } from './bundle.ts';
import { type Batch, playBatch } from './worker.ts';

/** Seeds per task: small enough for a smooth progress bar, large enough that messaging costs little. */
const BATCH_SIZE = 20;

/** Every (variant, seeds) batch of a plan, variant by variant. */
export function batchesOf(plan: ExplorePlan): Batch[] {
  const batches: Batch[] = [];
  const { scenario, withoutSource } = plan;
  for (const variant of plan.variants)
    for (let i = 0; i < plan.seeds.length; i += BATCH_SIZE)
      batches.push({
        plan: { scenario, withoutSource },
        variant,
        seeds: plan.seeds.slice(i, i + BATCH_SIZE),
      });
  return batches;
}

/**
 * Plays every run of a plan, in `workers` worker threads (or in this thread when it is 1), and reports the
 * number of runs done after each batch. The outcomes come back in no particular order; `inPlanOrder` orders
 * them. Never more workers than batches.
 */
export async function playPlan(
  plan: ExplorePlan,
  workers: number,
  progress: (done: number) => void,
): Promise<RunOutcome[]> {
  const batches = batchesOf(plan);
  const outcomes: RunOutcome[] = [];
  const threads = Math.min(workers, batches.length);
  if (threads === 1) {
    for (const batch of batches) {
      outcomes.push(...playBatch(batch));
      progress(outcomes.length);
    }
    return outcomes;
  }
  const pool = await startPool(threads);
  try {
    await Promise.all(
      batches.map(async (batch) => {
        const played: RunOutcome[] = await pool.run(batch);
        outcomes.push(...played);
        progress(outcomes.length);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return outcomes;
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
    workerData: { library: checkoutContent().library },
  });
}
