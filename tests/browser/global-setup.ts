import type { TestProject } from 'vitest/node';
import { serveBuild } from '../../scripts/browser/serve-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the game once, the way `npm start` does, and serves it on a free loopback port for the browser tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const served = await serveBuild({ prefix: 'greatgame-dist-', logLevel: 'warn' });
  project.provide('baseUrl', served.url);
  return served.close;
}
