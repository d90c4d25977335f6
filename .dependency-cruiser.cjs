/**
 * The dependency directions of DESIGN.md section 2: engine <- content <- (cli, server, map, scenes, ui).
 * The engine imports no DOM, Phaser, Node built-ins or files; content stays browser-safe except disk.ts.
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
      from: { path: '^game/(engine|content)/', pathNot: '^game/content/(disk|reports-dir)\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'content-only-on-engine',
      comment: 'content depends on the engine, never on cli, server, map, scenes or ui',
      severity: 'error',
      from: { path: '^game/content/' },
      to: { path: '^game/(cli|server|map|scenes|ui)/' },
    },
    {
      name: 'frontends-are-leaves',
      comment: 'cli, server, map, scenes and ui do not import each other (ui may drive scenes and map)',
      severity: 'error',
      from: { path: '^game/(cli|server)/' },
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
