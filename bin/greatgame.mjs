#!/usr/bin/env node
// The `greatgame` command. Node 20 cannot run TypeScript itself: the command runs from a bundle pre-built by
// esbuild (.cache/greatgame/cli.mjs, rebuilt whenever a file it was built from changes: game/cli/prebuilt.ts),
// and, to build that bundle or where it cannot be built, through tsx. No build step after `npm install`.
// GREATGAME_NO_BUNDLE=1 always runs the TypeScript through tsx.
import { currentBundle } from './prebuilt-check.mjs';

const noBundle = process.env.GREATGAME_NO_BUNDLE === '1';
const current = noBundle ? null : currentBundle('cli');
if (current) await import(current);
else {
  const { register } = await import('tsx/esm/api');
  register();
  const built = noBundle ? null : await (await import('../game/cli/cli-bundle.ts')).cliBundle();
  await import(built ?? '../game/cli/main.ts');
}
