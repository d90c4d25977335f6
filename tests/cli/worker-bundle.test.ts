import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLE, ensureBundle, MANIFEST } from '../../game/cli/explore/bundle.ts';
import { startPool, workerExecArgv } from '../../game/cli/explore/pool.ts';
import { playBatch } from '../../game/cli/explore/worker.ts';

/**
 * Explore's workers load a pre-built bundle of the engine (esbuild, into .cache/greatgame/) instead of
 * compiling TypeScript at start-up; it is rebuilt when a file it was built from changes.
 */
const inputs = () =>
  (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { inputs: Record<string, string> }).inputs;

describe('the worker bundle', () => {
  it('is built from the engine, the content code and the worker, and lists every input with its hash', async () => {
    expect(await ensureBundle()).toBe(pathToFileURL(BUNDLE).href);
    const listed = Object.keys(inputs());
    for (const file of ['game/engine/turn.ts', 'game/engine/batch.ts', 'game/cli/explore/worker.ts'])
      expect(listed).toContain(file);
    expect(listed.every((file) => /^[0-9a-f]{64}$/.test(inputs()[file] ?? ''))).toBe(true);
  });

  it('keeps each module its own URL, so the content is found where it lives', async () => {
    await ensureBundle();
    const text = readFileSync(BUNDLE, 'utf8');
    expect(text).toContain(JSON.stringify(pathToFileURL(`${process.cwd()}/game/content/disk.ts`).href));
    expect(text).not.toContain('import.meta.url');
  });

  it('is rebuilt when a file it was built from no longer matches, and left alone otherwise', async () => {
    await ensureBundle();
    const built = statSync(BUNDLE).mtimeMs;
    await ensureBundle();
    expect(statSync(BUNDLE).mtimeMs).toBe(built);
    // As if game/engine/turn.ts had been edited since the build.
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    const real = manifest.inputs['game/engine/turn.ts'];
    manifest.inputs['game/engine/turn.ts'] = '0'.repeat(64);
    writeFileSync(MANIFEST, JSON.stringify(manifest));
    await ensureBundle();
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThan(built);
    expect(inputs()['game/engine/turn.ts']).toBe(real);
  });

  it('plays in a worker thread exactly what this process plays, on the content sent to it', async () => {
    const batch = {
      plan: { scenario: 'withdrawal-2021', withoutSource: [] },
      variant: 'us-stays',
      seeds: [3, 4],
    };
    const pool = await startPool(1);
    try {
      expect(await pool.run(batch)).toEqual(playBatch(batch));
    } finally {
      await pool.destroy();
    }
  });

  it('starts without the tsx preload this process may run under, and keeps its other Node options', () => {
    expect(workerExecArgv(['--import', 'tsx', '--max-old-space-size=512'])).toEqual([
      '--max-old-space-size=512',
    ]);
    expect(workerExecArgv(['--import=tsx/esm', '--loader', '/x/node_modules/tsx/dist/loader.mjs'])).toEqual(
      [],
    );
    expect(workerExecArgv(['--import', './trace.mjs', '-r', 'tsx/cjs', '--enable-source-maps'])).toEqual([
      '--import',
      './trace.mjs',
      '--enable-source-maps',
    ]);
    expect(workerExecArgv(['--import=./tsxish.mjs'])).toEqual(['--import=./tsxish.mjs']);
  });
});
