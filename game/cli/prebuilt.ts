/**
 * Commands and worker threads as pre-built JavaScript, so that they start without tsx compiling the
 * TypeScript first (about 0.6 s for the command, 0.8 s a worker). esbuild (which tsx and vite already install)
 * builds a bundle on first use into .cache/greatgame/ at the root of the checkout, and again whenever a file it
 * bundled changes: a manifest beside it holds the SHA-256 of every input, checked on each use (a few
 * milliseconds, bin/prebuilt-check.mjs).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  BUNDLE_DIR,
  type BundleName,
  bundlePath,
  digest,
  FORMATS,
  isCurrent,
  manifestPath,
  ROOT,
} from '../../bin/prebuilt-check.mjs';

export interface BundleSpec {
  name: BundleName;
  /** The entry module's absolute path. */
  entry: string;
  /**
   * True: every npm package is loaded from node_modules at run time, not bundled (the command, whose server
   * loads a native module). Otherwise only `external` is (the workers bundle the engine's small dependencies).
   */
  packagesExternal?: boolean;
  external?: string[];
}

/**
 * `import.meta.url` stays the URL of the file that wrote it (content/disk.ts finds scenarios/ by it, and
 * bin/prebuilt-check.mjs the checkout's root), not the bundle's: esbuild would otherwise give every module the bundle's URL.
 */
// Spelt in parts, or building the command's own bundle would rewrite this very needle, and the bundled command
// would then build worker bundles that keep the bundle's URL.
const META_URL = ['import', 'meta', 'url'].join('.');
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build: import('esbuild').PluginBuild) {
    build.onLoad({ filter: /[\\/](game|bin)[\\/].*\.(ts|mjs)$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll(
        META_URL,
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: args.path.endsWith('.ts') ? 'ts' : 'js',
    }));
  },
};

async function buildBundle(spec: BundleSpec): Promise<void> {
  const { build } = await import('esbuild');
  mkdirSync(BUNDLE_DIR, { recursive: true });
  const bundle = bundlePath(spec.name);
  const manifest = manifestPath(spec.name);
  // Written beside and renamed into place, so that a process reading the bundle never sees half of it.
  const temp = `${bundle}.${process.pid}.tmp`;
  const result = await build({
    entryPoints: [spec.entry],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: temp,
    // Less to parse at start-up; names are kept, so stack traces and profiles still read.
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    logLevel: 'silent',
    ...(spec.packagesExternal ? { packages: 'external' as const } : {}),
    external: spec.external ?? [],
    plugins: [keepModuleUrls],
  });
  const inputs: Record<string, string> = {};
  for (const input of Object.keys(result.metafile.inputs).sort()) inputs[input] = digest(join(ROOT, input));
  renameSync(temp, bundle);
  writeFileSync(
    `${manifest}.${process.pid}.tmp`,
    `${JSON.stringify({ format: FORMATS[spec.name], inputs }, null, 1)}\n`,
  );
  renameSync(`${manifest}.${process.pid}.tmp`, manifest);
}

/** Builds the bundle unless it is current; returns its URL. Throws when esbuild cannot build it. */
export async function ensureBundle(spec: BundleSpec): Promise<string> {
  if (!isCurrent(spec.name)) await buildBundle(spec);
  return pathToFileURL(bundlePath(spec.name)).href;
}
