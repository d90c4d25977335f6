/**
 * The worker threads' engine as one pre-built JavaScript file (game/cli/prebuilt.ts), so that a worker starts
 * without tsx compiling the TypeScript again (about 0.8 s a worker).
 */
import { fileURLToPath } from 'node:url';
import { bundlePath, manifestPath } from '../../../bin/prebuilt-check.mjs';
import { type BundleSpec, ensureBundle as ensurePrebuilt } from '../prebuilt.ts';

const WORKER: BundleSpec = {
  name: 'explore-worker',
  entry: fileURLToPath(new URL('./worker-main.ts', import.meta.url)),
  // Tinypool reads its own files at run time: the worker loads it from node_modules, as the pool does.
  external: ['tinypool'],
};
export const BUNDLE = bundlePath(WORKER.name);
export const MANIFEST = manifestPath(WORKER.name);

/** Builds the worker bundle unless it is current; returns its URL. Throws when esbuild cannot build it. */
export const ensureBundle = (): Promise<string> => ensurePrebuilt(WORKER);

let ready: Promise<string | null> | null = null;

/**
 * The URL of the current worker bundle, built first if it is missing or stale, checked once per process; null
 * when it cannot be built (no esbuild, a read-only checkout), and the caller falls back to tsx.
 */
export function workerBundle(): Promise<string | null> {
  ready ??= ensureBundle().catch(() => null);
  return ready;
}
