// The file tinypool starts in each worker thread. Node 20 cannot strip types, and a worker does not inherit the
// main thread's tsx hooks (nor does it honour `--import tsx` in execArgv), so the worker registers tsx itself.
import { register } from 'tsx/esm/api';

register();
// The runs play on the batch path (no immer drafts), so there is nothing to freeze or configure.
const { playBatch } = await import('./worker.ts');
export default playBatch;
