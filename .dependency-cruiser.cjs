/**
 * The dependency directions of docs/architecture.md (DESIGN.md section 2, with game/content split by purpose):
 *   engine <- content <- (replay, analysis, text, protocol) <- (cli, server, map, scenes, ui)
 * The engine imports no DOM, Phaser, Node built-ins or files; the shared layers stay browser-safe except
 * content/disk.ts and content/reports-dir.ts, which the CLI and scripts use to read this checkout.
 */
module.exports = {
  forbidden: [
    {
      name: 'engine-is-pure',
      comment: 'game/engine imports only itself and its pure libraries (immer, seedrandom, zod, xxhash-wasm)',
      severity: 'error',
      from: { path: '^game/engine/' },
      to: {
        pathNot: ['^game/engine/', '^node_modules/(immer|seedrandom|zod|xxhash-wasm)/'],
      },
    },
    {
      name: 'no-node-builtins-in-shared-code',
      severity: 'error',
      from: {
        path: '^game/(engine|content|replay|analysis|text|protocol)/',
        pathNot: '^game/content/(disk|reports-dir)\\.ts$',
      },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'content-only-on-engine',
      comment: 'content (loading, variants, validation) depends on the engine alone',
      severity: 'error',
      from: { path: '^game/content/' },
      to: { path: '^game/(replay|analysis|text|protocol|cli|server|map|scenes|ui)/' },
    },
    {
      name: 'shared-layers-below-frontends',
      comment: 'replay, analysis, text and protocol serve the front ends and never import them',
      severity: 'error',
      from: { path: '^game/(replay|analysis|text|protocol)/' },
      to: { path: '^game/(cli|server|map|scenes|ui)/' },
    },
    {
      name: 'frontends-are-leaves',
      comment:
        'cli, server, map, scenes and ui do not import each other (ui may drive scenes and map); `greatgame serve` starts the server',
      severity: 'error',
      from: { path: '^game/(cli|server)/', pathNot: '^game/cli/commands/serve\\.ts$' },
      to: { path: '^game/(cli|server|map|scenes|ui)/', pathNot: '^game/$1/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
