/**
 * `npm run mutation`: StrykerJS mutates game/engine and runs the engine's unit tests (vitest.mutation.config.ts)
 * against every mutant. A mutant that no test kills is a change to the engine that the tests would not notice.
 * Incremental: a rerun only retests the mutants of code or tests that changed since the last report.
 * `npm run mutation -- --mutate game/engine/levers.ts` tries a single file (see scripts/mutation.mjs for why not
 * `npx stryker`). The JSON report and the incremental file go to reports/mutation/. docs/mutation.md lists the
 * surviving mutants known to behave like the original.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'game/engine/**/*.ts',
    // Declarations: zod schemas (checked by the content tests, not the engine's), types and re-exports.
    '!game/engine/schema/**',
    '!game/engine/types/**',
    '!game/engine/index.ts',
    '!game/engine/content-source.ts',
  ],
  // Each test runs only against the mutants it covers.
  coverageAnalysis: 'perTest',
  // Code that test files run while loading (a module-level prepare or createState) is "static" coverage, and a
  // static mutant would rerun every test with a fresh module graph: a third of the mutants for half the time.
  // Mutants that tests also cover still run against those tests; only the ones no test reaches while running
  // (module-level constants) are skipped, and reported as Ignored.
  ignoreStatic: true,
  // Two cores, shared with other work.
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // A loaded machine runs a test several times slower than the dry run measured it: be generous before
  // calling a mutant an infinite loop.
  timeoutMS: 15_000,
  timeoutFactor: 3,
  dryRunTimeoutMinutes: 10,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, reportTests: false, reportMutants: false, reportScoreTable: true },
  thresholds: { high: 80, low: 60, break: null },
  // The sandbox copies the working tree; these are outputs, not inputs (and other runs' sandboxes, when two
  // single-file runs share the tree with their own --tempDirName).
  ignorePatterns: ['dist', 'coverage', 'reports', 'test-artifacts', '.scratch', '.stryker-tmp*'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
