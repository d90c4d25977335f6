// The worker file when no pre-built bundle is available (bundle.ts): Node 20 cannot strip types, and a worker
// does not inherit the main thread's tsx hooks (nor does it honour `--import tsx` in execArgv), so the worker
// registers tsx itself and compiles the engine (about 0.8 s).
import { register } from 'tsx/esm/api';

register();
const { default: playTask } = await import('./worker-main.ts');
export default playTask;
