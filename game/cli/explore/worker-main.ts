/**
 * What each worker thread of `greatgame explore` and `greatgame branch` runs: esbuild bundles it (bundle.ts), or tsx compiles it
 * when no bundle can be built (worker-entry.mjs). The main thread sends the content it has already loaded and
 * checked, so a worker reads no file and parses no schema before it plays.
 */
import Tinypool from 'tinypool';
import type { Library } from '../../content/library.ts';
import { playTask, useLibrary } from './worker.ts';

const data = Tinypool.workerData as { library?: Library } | undefined;
if (data?.library) useLibrary(data.library);
export default playTask;
