/**
 * A worker thread of `greatgame explore`: it loads the content once and plays the batches of seeds it is given.
 * Each run depends only on its scenario, variant and seed, so the results do not depend on which worker
 * played them or in what order.
 */
import { type ExplorePlan, playOutcome, type RunOutcome } from '../../analysis/explore.ts';
import { checkoutContent } from '../checkout-content.ts';

export interface Batch {
  plan: Pick<ExplorePlan, 'scenario' | 'withoutSource'>;
  variant: string;
  seeds: number[];
}

export function playBatch(batch: Batch): RunOutcome[] {
  const { source } = checkoutContent();
  return batch.seeds.map((seed) => playOutcome(source, batch.plan, batch.variant, seed));
}
