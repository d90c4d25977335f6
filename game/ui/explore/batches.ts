import type { ExplorePlan, RunChoice } from '../../analysis/explore.ts';

/**
 * One worker task: every variant on some seeds, the reference first, as `greatgame explore` cuts a sweep for its
 * worker threads: a variant's run is compared with the reference's of its seed as it plays (its divergence).
 */
export interface SweepBatch {
  plan: RunChoice;
  variants: string[];
  seeds: number[];
}

/** Seeds per task: small enough for a smooth progress bar and a prompt stop, large enough that messages cost little. */
export const BATCH_SIZE = 20;
/** A page should leave the machine usable: at most this many workers, whatever the browser reports. */
export const MAX_PAGE_WORKERS = 8;

/** The plan's seeds in batches of `size`, in seed order, each to be played by every variant. */
export function sweepBatches(plan: ExplorePlan, size = BATCH_SIZE): SweepBatch[] {
  const choice: RunChoice = { scenario: plan.scenario, withoutSource: [...plan.withoutSource] };
  const batches: SweepBatch[] = [];
  for (let i = 0; i < plan.seeds.length; i += size)
    batches.push({ plan: choice, variants: [...plan.variants], seeds: plan.seeds.slice(i, i + size) });
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
