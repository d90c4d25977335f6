import { defineConfig } from 'vitest/config';

/**
 * The tests StrykerJS runs against each mutant of game/engine (`npm run mutation`, stryker.config.mjs): the
 * engine's own unit tests, which take seconds, rather than the whole suite (CLI tests spawn processes, the
 * golden and variant tests play thousands of games, the browser tests need Chromium). Stryker runs one vitest
 * per worker, each with one worker thread of its own.
 */
export default defineConfig({
  test: {
    include: ['tests/engine/**/*.test.ts'],
    // One module graph for all the files of a run: importing the engine and the shipped content again for
    // every file and every mutant took more time than the tests (the mutants switch at run time, so sharing
    // the modules is safe; no engine test leaves global state behind).
    isolate: false,
    // A mutant can make a game loop much longer than usual; Stryker's own timeout decides what is too long.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
