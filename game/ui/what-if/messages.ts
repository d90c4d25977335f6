import type { BranchStart, BranchSummary } from '../../analysis/branch.ts';
import type { ReplayFile } from '../../engine/index.ts';

/** What the page asks the what-if worker: N continuations of this replay from the state after `turn`. */
export interface WhatIfRequest {
  replay: ReplayFile;
  turn: number;
  runs: number;
}

/**
 * What the worker says back: that it is ready for the request, how far it is, then the summary `greatgame branch
 * --json` prints, or why not.
 */
export type WhatIfReply =
  | { kind: 'ready' }
  | { kind: 'progress'; done: number; runs: number }
  | { kind: 'done'; summary: BranchSummary; start: BranchStart }
  | { kind: 'failed'; message: string };
