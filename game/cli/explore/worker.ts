/**
 * A worker thread of `greatgame explore` and `greatgame branch`: it plays the batches it is given, on the batch
 * path. Each run depends only on what its batch names (a scenario, variant and seed; or a replay, a turn and a
 * run number), so the results do not depend on which worker played them or in what order.
 */
import { type BranchOutcome, playContinuation, type Recording, recordingOf } from '../../analysis/branch.ts';
import { playOutcome, playPaired, type RunChoice, type RunOutcome } from '../../analysis/explore.ts';
import type { Library } from '../../content/library.ts';
import { createContentSource } from '../../content/source.ts';
import type { ContentSource, ReplayFile } from '../../engine/index.ts';
import { checkoutContent } from '../checkout-content.ts';

export interface Batch {
  plan: RunChoice;
  variant: string;
  seeds: number[];
}

/**
 * `explore`'s share of work: every variant on a few seeds, variant by variant, so that each run is compared
 * with its reference's in the worker that played both (only the reference's hashes of those seeds are kept).
 */
export interface PairedBatch {
  kind: 'paired';
  plan: RunChoice;
  /** The first is the reference. */
  variants: string[];
  seeds: number[];
}

/** Continuations of one recorded game from one turn: `branch`'s share of work for a worker. */
export interface BranchBatch {
  kind: 'branch';
  replay: ReplayFile;
  turn: number;
  runs: number[];
}

let source: ContentSource | null = null;

/** Plays on this library (the main thread's, sent to the worker) instead of reading the checkout's. */
export function useLibrary(library: Library): void {
  source = createContentSource(library);
}

const content = () => {
  source ??= checkoutContent().source;
  return source;
};

export function playBatch(batch: Batch): RunOutcome[] {
  const played = content();
  return batch.seeds.map((seed) => playOutcome(played, batch.plan, batch.variant, seed));
}

export function playPairedBatch(batch: PairedBatch): RunOutcome[] {
  const played = content();
  return playPaired(played, batch.plan, batch.variants, batch.seeds);
}

/** The last recording rebuilt, by its replay's text: every batch of one `branch` call names the same replay. */
let recorded: { key: string; recording: Recording } | null = null;

export function playBranchBatch(batch: BranchBatch): BranchOutcome[] {
  const key = JSON.stringify(batch.replay);
  if (recorded?.key !== key) {
    const found = recordingOf(content(), batch.replay);
    // The main thread verified this replay on the same content before it sent any batch.
    if (!found.ok) throw new Error(`branch worker: the replay does not verify: ${found.message}`);
    recorded = { key, recording: found.recording };
  }
  const { recording } = recorded;
  return batch.runs.map((run) => playContinuation(recording, batch.turn, run));
}

/** What a worker is asked: an `explore` batch (paired), a `sensitivity` one (one arm) or a `branch` one. */
export function playTask(task: Batch | PairedBatch | BranchBatch): RunOutcome[] | BranchOutcome[] {
  if (!('kind' in task)) return playBatch(task);
  return task.kind === 'branch' ? playBranchBatch(task) : playPairedBatch(task);
}
