// Whether a pre-built bundle in .cache/greatgame/ is current: every file it was built from still has the
// SHA-256 its manifest recorded. Plain JavaScript, because the `greatgame` command asks before tsx is loaded;
// game/cli/prebuilt.ts builds the bundles and asks the same question through this module.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const BUNDLE_DIR = join(ROOT, '.cache', 'greatgame');

/**
 * Each bundle's build format: bump one when its build options change, so that an old bundle is not taken for
 * a current one.
 */
export const FORMATS = { 'explore-worker': 2, cli: 1 };

export const bundlePath = (name) => join(BUNDLE_DIR, `${name}.mjs`);
export const manifestPath = (name) => join(BUNDLE_DIR, `${name}.json`);
export const digest = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** True when bundle `name` exists and every file it was built from is as it was. */
export function isCurrent(name) {
  try {
    const manifest = JSON.parse(readFileSync(manifestPath(name), 'utf8'));
    if (manifest.format !== FORMATS[name] || !existsSync(bundlePath(name))) return false;
    return Object.entries(manifest.inputs).every(([path, hash]) => digest(join(ROOT, path)) === hash);
  } catch {
    return false;
  }
}

/** The URL of bundle `name` when it is current, else null. */
export const currentBundle = (name) => (isCurrent(name) ? pathToFileURL(bundlePath(name)).href : null);
