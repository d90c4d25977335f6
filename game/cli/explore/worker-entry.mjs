// The file tinypool starts in each worker thread. Node 20 cannot strip types, and a worker does not inherit the
// main thread's tsx hooks (nor does it honour `--import tsx` in execArgv), so the worker registers tsx itself.
import { register } from 'tsx/esm/api';

register();
const { configureEngine } = await import('../../engine/index.ts');
const { playBatch } = await import('./worker.ts');
// Nothing keeps a finished game in a worker, so the engine need not freeze its states (a third faster).
configureEngine({ freeze: false });
export default playBatch;
