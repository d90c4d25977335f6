/**
 * A worker thread of `greatgame explore`: it plays the batches of seeds it is given, on the batch path. Each
 * run depends only on its scenario, variant and seed, so the results do not depend on which worker played
 * them or in what order.
 */
import { playOutcome, type RunChoice, type RunOutcome } from '../../analysis/explore.ts';
import type { Library } from '../../content/library.ts';
import { createContentSource } from '../../content/source.ts';
import type { ContentSource } from '../../engine/index.ts';
import { checkoutContent } from '../checkout-content.ts';

export interface Batch {
  plan: RunChoice;
  variant: string;
  seeds: number[];
}

let source: ContentSource | null = null;

/** Plays on this library (the main thread's, sent to the worker) instead of reading the checkout's. */
export function useLibrary(library: Library): void {
  source = createContentSource(library);
}

export function playBatch(batch: Batch): RunOutcome[] {
  source ??= checkoutContent().source;
  const content = source;
  return batch.seeds.map((seed) => playOutcome(content, batch.plan, batch.variant, seed));
}
