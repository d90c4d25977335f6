import type { ExplorePlan, RunChoice } from '../../analysis/explore.ts';

/** One worker task: a variant on some seeds, as `greatgame explore` cuts a sweep for its worker threads. */
export interface SweepBatch {
  plan: RunChoice;
  variant: string;
  seeds: number[];
}

/** Seeds per task: small enough for a smooth progress bar and a prompt stop, large enough that messages cost little. */
export const BATCH_SIZE = 20;
/** A page should leave the machine usable: at most this many workers, whatever the browser reports. */
export const MAX_PAGE_WORKERS = 8;

/** Every (variant, seeds) batch of a plan, variant by variant, each in seed order. */
export function sweepBatches(plan: ExplorePlan, size = BATCH_SIZE): SweepBatch[] {
  const choice: RunChoice = { scenario: plan.scenario, withoutSource: [...plan.withoutSource] };
  const batches: SweepBatch[] = [];
  for (const variant of plan.variants)
    for (let i = 0; i < plan.seeds.length; i += size)
      batches.push({ plan: choice, variant, seeds: plan.seeds.slice(i, i + size) });
  return batches;
}

/**
 * How many workers play `batches` tasks on a browser reporting `cores` (navigator.hardwareConcurrency, which
 * may be missing): one per core, at most MAX_PAGE_WORKERS, never more than the tasks, at least one.
 */
export function pageWorkers(cores: number | undefined, batches: number): number {
  const reported = Number.isInteger(cores) && (cores ?? 0) > 0 ? (cores as number) : 1;
  return Math.max(1, Math.min(reported, MAX_PAGE_WORKERS, batches));
}
