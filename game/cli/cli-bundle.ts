/**
 * The `greatgame` command itself as a pre-built bundle (game/cli/prebuilt.ts): bin/greatgame.mjs loads it
 * when it is current, and otherwise comes here, through tsx, to build it.
 */
import { fileURLToPath } from 'node:url';
import { type BundleSpec, ensureBundle } from './prebuilt.ts';

export const CLI: BundleSpec = {
  name: 'cli',
  entry: fileURLToPath(new URL('./main.ts', import.meta.url)),
  // npm packages load from node_modules as they would under tsx: the server's better-sqlite3 is native, and
  // Vite, loaded only by commands that build the page, stays out of the command's start-up.
  packagesExternal: true,
};

/** The command's bundle, built if it is missing or stale; null when it cannot be built (the caller uses tsx). */
export const cliBundle = (): Promise<string | null> => ensureBundle(CLI).catch(() => null);
