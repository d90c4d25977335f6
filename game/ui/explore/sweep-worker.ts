/**
 * A Web Worker of the explore page: it plays the batches it is sent with the same function as the CLI's worker
 * threads (`playPaired`, on the batch path), on the content bundled with the page. Each run depends only on its
 * scenario, variant, seed and the reports left out, and its divergence only on the reference's run of its seed,
 * played in the same batch, so the answer does not depend on which worker played it.
 */
import { playPaired } from '../../analysis/explore.ts';
import { source } from '../bundle.ts';
import type { SweepBatch } from './batches.ts';
import type { WorkerReply } from './worker-messages.ts';

const reply = (message: WorkerReply) => postMessage(message);

addEventListener('message', (event: MessageEvent<SweepBatch>) => {
  const batch = event.data;
  try {
    reply({
      kind: 'outcomes',
      outcomes: playPaired(source, batch.plan, batch.variants, batch.seeds),
    });
  } catch (error) {
    reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
reply({ kind: 'ready' });
