import {
  type BranchOutcome,
  branchStart,
  playContinuation,
  recordingOf,
  summariseBranch,
} from '../../analysis/branch.ts';
import { describeVerdict } from '../../replay/verdict.ts';
import { source } from '../bundle.ts';
import type { WhatIfReply, WhatIfRequest } from './messages.ts';

/**
 * The what-if worker: plays the continuations of `greatgame branch` with the same analysis code, off the page's
 * thread, so that the map and the Cancel button stay alive. Run i is the CLI's run i: the same derived seed,
 * the same path, so the summary is the one `greatgame branch --json` prints for the same replay, turn and runs.
 */
const scope = self as unknown as {
  postMessage(reply: WhatIfReply): void;
  onmessage: ((event: MessageEvent<WhatIfRequest>) => void) | null;
};

/** Runs between two progress messages: often enough for a smooth bar, rarely enough to cost nothing. */
const EVERY = 5;

function answer({ replay, turn, runs }: WhatIfRequest): WhatIfReply {
  const found = recordingOf(source, replay);
  if (!found.ok) {
    const why = found.verdict ? describeVerdict(found.verdict) : found.message;
    return { kind: 'failed', message: `This game cannot be continued: its replay ${why}.` };
  }
  const { recording } = found;
  const outcomes: BranchOutcome[] = [];
  for (let run = 1; run <= runs; run++) {
    outcomes.push(playContinuation(recording, turn, run));
    if (run % EVERY === 0 || run === runs) scope.postMessage({ kind: 'progress', done: run, runs });
  }
  return {
    kind: 'done',
    summary: summariseBranch(recording, turn, outcomes),
    start: branchStart(recording, turn),
  };
}

scope.onmessage = (event) => {
  try {
    scope.postMessage(answer(event.data));
  } catch (e) {
    scope.postMessage({ kind: 'failed', message: `The continuations stopped: ${(e as Error).message}.` });
  }
};
// Only now can a request be heard: a module worker runs this after its imports' top-level await (the hasher's
// WebAssembly), and Chromium drops a message that arrives before `onmessage` is set. So the page waits for this.
scope.postMessage({ kind: 'ready' });
