import type { BranchStart, BranchSummary } from '../../analysis/branch.ts';
import type { WhatIfReply, WhatIfRequest } from './messages.ts';

export interface WhatIfListener {
  progress(done: number, runs: number): void;
  done(summary: BranchSummary, start: BranchStart): void;
  failed(message: string): void;
}

/** A job under way; `cancel` stops the worker at once (nothing it played is kept). */
export interface WhatIfJob {
  cancel(): void;
}

/** What the page says when the worker itself cannot run (a lost connection, a browser without module workers). */
export const WORKER_FAILED =
  'The continuations could not be played in this browser: its background worker did not start. Reload the page and try again.';

/** Starts the what-if worker on one request; the listener hears its progress and then one end. */
export function startWhatIf(request: WhatIfRequest, listener: WhatIfListener): WhatIfJob {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'what-if' });
  } catch (e) {
    queueMicrotask(() => listener.failed(`${WORKER_FAILED} (${(e as Error).message})`));
    return { cancel: () => {} };
  }
  let over = false;
  const end = () => {
    over = true;
    worker.terminate();
  };
  worker.onmessage = (event: MessageEvent<WhatIfReply>) => {
    if (over) return;
    const reply = event.data;
    if (reply.kind === 'ready') return worker.postMessage(request);
    if (reply.kind === 'progress') return listener.progress(reply.done, reply.runs);
    end();
    if (reply.kind === 'done') listener.done(reply.summary, reply.start);
    else listener.failed(reply.message);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    if (over) return;
    end();
    listener.failed(event.message ? `${WORKER_FAILED} (${event.message})` : WORKER_FAILED);
  };
  return { cancel: end };
}
