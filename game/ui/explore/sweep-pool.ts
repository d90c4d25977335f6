import type { ExplorePlan, RunOutcome } from '../../analysis/explore.ts';
import { pageWorkers, type SweepBatch, sweepBatches } from './batches.ts';
import type { WorkerReply } from './worker-messages.ts';

/** A sweep under way in Web Workers: its outcomes when every batch is played, and how to stop it. */
export interface RunningSweep {
  /** Every outcome, in no particular order (`summarise` orders them); rejects when stopped or failed. */
  done: Promise<RunOutcome[]>;
  stop(): void;
  workers: number;
}

export class SweepStopped extends Error {
  constructor() {
    super('the sweep was stopped');
  }
}

const startWorker = () =>
  new Worker(new URL('./sweep-worker.ts', import.meta.url), { type: 'module', name: 'greatgame-sweep' });

/**
 * Plays a plan's batches in up to navigator.hardwareConcurrency workers (capped): each idle worker takes the
 * next batch, like the CLI's pool, and `progress` hears the runs done after each one. Stopping, or any failure,
 * ends every worker at once.
 */
export function runSweep(plan: ExplorePlan, progress: (done: number, total: number) => void): RunningSweep {
  const queue: SweepBatch[] = sweepBatches(plan);
  const total = plan.seeds.length * plan.variants.length;
  const count = pageWorkers(navigator.hardwareConcurrency, queue.length);
  const workers: Worker[] = [];
  const outcomes: RunOutcome[] = [];
  let finish: { resolve: (o: RunOutcome[]) => void; reject: (e: Error) => void } | null = null;
  const done = new Promise<RunOutcome[]>((resolve, reject) => {
    finish = { resolve, reject };
  });
  let busy = 0;
  const end = (error: Error | null) => {
    for (const worker of workers) worker.terminate();
    const ending = finish;
    finish = null;
    if (error) ending?.reject(error);
    else ending?.resolve(outcomes);
  };
  const feed = (worker: Worker) => {
    const batch = queue.shift();
    if (batch) {
      busy++;
      worker.postMessage(batch);
    } else if (busy === 0) end(null);
  };
  for (let i = 0; i < count; i++) {
    const worker = startWorker();
    workers.push(worker);
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.kind === 'failed') return end(new Error(reply.message));
      if (reply.kind === 'outcomes') {
        busy--;
        outcomes.push(...reply.outcomes);
        progress(outcomes.length, total);
      }
      if (finish) feed(worker);
    });
    // A worker that cannot load (a lost connection, a build without its chunk) says so only here.
    worker.addEventListener('error', (event) =>
      end(new Error(`a sweep worker failed: ${event.message || 'it could not be loaded'}`)),
    );
  }
  return { done, stop: () => end(new SweepStopped()), workers: count };
}
