import type { RunOutcome } from '../../analysis/explore.ts';

/** What a sweep worker says: it has loaded, a batch's outcomes (in seed order), or why a batch failed. */
export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'outcomes'; outcomes: RunOutcome[] }
  | { kind: 'failed'; message: string };
