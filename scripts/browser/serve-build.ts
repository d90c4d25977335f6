/**
 * Builds the game with Vite (vite.config.ts, the way `npm start` does) into a fresh temp dir and serves it with sirv
 * on a free loopback port. Shared by the browser tests' globalSetup (tests/browser/global-setup.ts) and
 * `npm run bench` (scripts/bench-browser.ts). Each call has its own dir and port, so runs may overlap.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type LogLevel } from 'vite';
import { staticServer } from '../static-server.ts';

export interface ServedBuild {
  /** The root of the served game, with a trailing slash: `http://127.0.0.1:PORT/`. */
  url: string;
  /** The build's output directory (index.html, assets/), removed by close(). */
  outDir: string;
  /** Stops the server and removes the build. */
  close(): Promise<void>;
}

export interface ServeBuildOptions {
  /** Prefix of the temp dir's name. */
  prefix?: string;
  /** Vite's log level for the build. */
  logLevel?: LogLevel;
}

export async function serveBuild({
  prefix = 'greatgame-dist-',
  logLevel = 'warn',
}: ServeBuildOptions = {}): Promise<ServedBuild> {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  const removeBuild = () => rmSync(outDir, { recursive: true, force: true });
  try {
    await build({
      root: new URL('../../', import.meta.url).pathname,
      logLevel,
      build: { outDir, emptyOutDir: true },
    });
    const server = staticServer(outDir);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}/`,
      outDir,
      close: async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        removeBuild();
      },
    };
  } catch (error) {
    removeBuild();
    throw error;
  }
}
