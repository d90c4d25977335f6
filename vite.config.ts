import { defineConfig } from 'vitest/config';

// One config for the browser build (issue 6 adds the entry) and for vitest.
export default defineConfig({
  build: { target: 'es2022' },
  test: {
    include: ['tests/**/*.test.ts'],
    // CLI tests spawn the real bin; give them room on a loaded 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
