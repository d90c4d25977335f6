/**
 * `npm run mutation [-- stryker options]`: runs `stryker run` with stryker.config.mjs.
 *
 * StrykerJS 10 refuses to start on Node < 22 (its CLI checks `process.version` when it loads), while this
 * project runs on Node 20.19+. Nothing else in Stryker needs Node 22 here: the mutants run inside vitest, which
 * supports Node 20. So on Node 20 this script shows Stryker a Node 22 version while the CLI module loads, puts
 * the real one back, and then runs the CLI as `npx stryker` would. On Node 22 or newer it changes nothing.
 */
const real = Object.getOwnPropertyDescriptor(process, 'version');
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) Object.defineProperty(process, 'version', { ...real, value: 'v22.0.0' });
let StrykerCli;
try {
  ({ StrykerCli } = await import('@stryker-mutator/core'));
} finally {
  Object.defineProperty(process, 'version', real);
}
process.title = 'stryker';
const args = process.argv.slice(2);
// `npm run mutation` alone means `stryker run`; `npm run mutation -- --mutate game/engine/rng.ts` adds options.
new StrykerCli([
  process.argv[0],
  'stryker',
  ...(args[0] && !args[0].startsWith('-') ? args : ['run', ...args]),
]).run();
