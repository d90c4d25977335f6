/**
 * The worker threads' engine as one pre-built JavaScript file, so that a worker starts without tsx compiling
 * the TypeScript again (about 0.8 s a worker). esbuild (which tsx and vite already install) builds it on first
 * use into .cache/greatgame/ at the root of the checkout, and again whenever a file it bundled changes: a
 * manifest beside it holds the SHA-256 of every input, checked on each use (a few milliseconds).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BUNDLE_DIR = join(ROOT, '.cache', 'greatgame');
const ENTRY = fileURLToPath(new URL('./worker-main.ts', import.meta.url));
export const BUNDLE = join(BUNDLE_DIR, 'explore-worker.mjs');
export const MANIFEST = join(BUNDLE_DIR, 'explore-worker.json');
/** Bump when the build options change, so that an old bundle is not taken for a current one. */
const FORMAT = 2;

interface Manifest {
  format: number;
  /** Input path (relative to the root, as esbuild names it) -> SHA-256 of its bytes. */
  inputs: Record<string, string>;
}

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** True when the bundle exists and every file it was built from is as it was. */
function isCurrent(): boolean {
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
    if (manifest.format !== FORMAT || !existsSync(BUNDLE)) return false;
    return Object.entries(manifest.inputs).every(([path, hash]) => digest(join(ROOT, path)) === hash);
  } catch {
    return false;
  }
}

/**
 * `import.meta.url` stays the URL of the file that wrote it (content/disk.ts finds scenarios/ by it), not the
 * bundle's: esbuild would otherwise give every module the bundle's URL.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build: import('esbuild').PluginBuild) {
    build.onLoad({ filter: /[\\/]game[\\/].*\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: 'ts',
    }));
  },
};

async function buildBundle(): Promise<void> {
  const { build } = await import('esbuild');
  mkdirSync(BUNDLE_DIR, { recursive: true });
  // Written beside and renamed into place, so that a process reading the bundle never sees half of it.
  const temp = `${BUNDLE}.${process.pid}.tmp`;
  const result = await build({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: temp,
    // Less for each worker to parse at start-up; names are kept, so stack traces and profiles still read.
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    logLevel: 'silent',
    // Tinypool reads its own files at run time: the worker loads it from node_modules, as the pool does.
    external: ['tinypool'],
    plugins: [keepModuleUrls],
  });
  const inputs: Record<string, string> = {};
  for (const input of Object.keys(result.metafile.inputs).sort()) inputs[input] = digest(join(ROOT, input));
  renameSync(temp, BUNDLE);
  const manifest: Manifest = { format: FORMAT, inputs };
  writeFileSync(`${MANIFEST}.${process.pid}.tmp`, `${JSON.stringify(manifest, null, 1)}\n`);
  renameSync(`${MANIFEST}.${process.pid}.tmp`, MANIFEST);
}

/** Builds the bundle unless it is current; returns its URL. Throws when esbuild cannot build it. */
export async function ensureBundle(): Promise<string> {
  if (!isCurrent()) await buildBundle();
  return pathToFileURL(BUNDLE).href;
}

let ready: Promise<string | null> | null = null;

/**
 * The URL of the current worker bundle, built first if it is missing or stale, checked once per process; null
 * when it cannot be built (no esbuild, a read-only checkout), and the caller falls back to tsx.
 */
export function workerBundle(): Promise<string | null> {
  ready ??= ensureBundle().catch(() => null);
  return ready;
}
