import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundlePath, manifestPath } from '../../bin/prebuilt-check.mjs';
import { CLI, cliBundle } from '../../game/cli/cli-bundle.ts';
import { BUNDLE as WORKER_BUNDLE, MANIFEST as WORKER_MANIFEST } from '../../game/cli/explore/bundle.ts';

/**
 * The `greatgame` command runs from a bundle pre-built by esbuild (.cache/greatgame/cli.mjs) instead of tsx
 * compiling its TypeScript at every start; the bundle is rebuilt when a file it was built from changes.
 */
const inputs = () =>
  (JSON.parse(readFileSync(manifestPath(CLI.name), 'utf8')) as { inputs: Record<string, string> }).inputs;
const greatgame = (args: string[], env: Record<string, string> = {}) =>
  execFileSync(process.execPath, ['bin/greatgame.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

describe("the command's bundle", () => {
  it('is built from the command and its commands, and loads every npm package from node_modules', async () => {
    expect(await cliBundle()).not.toBeNull();
    const listed = Object.keys(inputs());
    for (const file of ['game/cli/main.ts', 'game/cli/commands/run.ts', 'game/engine/turn.ts'])
      expect(listed).toContain(file);
    expect(listed.some((file) => file.includes('node_modules'))).toBe(false);
    const text = readFileSync(bundlePath(CLI.name), 'utf8');
    expect(text).toMatch(/from\s*"commander"/);
    expect(text).not.toContain('import.meta.url');
  });

  it('answers as the TypeScript does, and is what the command runs once built', async () => {
    await cliBundle();
    const built = statSync(bundlePath(CLI.name)).mtimeMs;
    const args = ['run', '--scenario', 'moscow-format-2016', '--seed', '4', '--json'];
    expect(greatgame(args)).toBe(greatgame(args, { GREATGAME_NO_BUNDLE: '1' }));
    expect(statSync(bundlePath(CLI.name)).mtimeMs).toBe(built);
  });

  it('is rebuilt by the next command when a file it was built from no longer matches', async () => {
    await cliBundle();
    const built = statSync(bundlePath(CLI.name)).mtimeMs;
    // As if game/cli/main.ts had been edited since the build.
    const manifest = JSON.parse(readFileSync(manifestPath(CLI.name), 'utf8'));
    const real = manifest.inputs['game/cli/main.ts'];
    manifest.inputs['game/cli/main.ts'] = '0'.repeat(64);
    writeFileSync(manifestPath(CLI.name), JSON.stringify(manifest));
    expect(greatgame(['--version']).trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(statSync(bundlePath(CLI.name)).mtimeMs).toBeGreaterThan(built);
    expect(inputs()['game/cli/main.ts']).toBe(real);
  });

  it("builds, from inside itself, workers' bundles that keep each module's own URL", async () => {
    await cliBundle();
    // As if the engine had been edited since the workers' bundle was built: the bundled command rebuilds it.
    const manifest = JSON.parse(readFileSync(WORKER_MANIFEST, 'utf8'));
    manifest.inputs['game/engine/turn.ts'] = '0'.repeat(64);
    writeFileSync(WORKER_MANIFEST, JSON.stringify(manifest));
    greatgame(['explore', '--scenario', 'moscow-format-2016', '--runs', '200', '--workers', '2']);
    expect(readFileSync(WORKER_MANIFEST, 'utf8')).not.toContain('0'.repeat(64));
    expect(readFileSync(WORKER_BUNDLE, 'utf8')).not.toContain('import.meta.url');
  });
});
