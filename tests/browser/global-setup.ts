import type { TestProject } from 'vitest/node';
import { serveBuild } from '../../scripts/browser/serve-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The folder of that build (index.html, assets/), for tests that serve it with a server of their own. */
    distDir: string;
  }
}

/**
 * Builds the game once, the way `npm start` does, and serves it on a free loopback port for the browser tests. The
 * build's folder is provided too, so that a test serving it another way (the classroom server) needs no build of
 * its own: a second Vite build cost about 3 s of CPU and 30 s of wall time on a loaded 2-core machine.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const served = await serveBuild({ prefix: 'greatgame-dist-', logLevel: 'warn' });
  project.provide('baseUrl', served.url);
  project.provide('distDir', served.outDir);
  return served.close;
}
