import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// One config: the browser build (index.html -> game/main.ts; explore.html -> game/explore-main.ts, served at
// /explore) and vitest.
export default defineConfig({
  base: './',
  // The explore page's and the what-if dialog's Web Workers import the engine, whose top-level await (xxhash-wasm)
  // needs ES module workers.
  worker: { format: 'es' },
  build: {
    // Top-level await (xxhash-wasm's start-up, the font wait) needs ES2022.
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        explore: fileURLToPath(new URL('./explore.html', import.meta.url)),
      },
      output: {
        // Phaser in a chunk of its own, so the page's own code stays small and caches apart.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }] },
      },
    },
  },
  test: {
    // CLI tests spawn the real bin; give them room on a loaded 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default (cores - 1) is one worker on a 2-core machine: then the unit tests wait while the browser
    // tests wait on Chromium. Two workers there took the suite from 266 s to 160 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // One Chromium at a time: the browser test files run one after another.
          fileParallelism: false,
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
