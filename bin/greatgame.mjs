#!/usr/bin/env node
// The `greatgame` command. Node 20 cannot run TypeScript itself, so this registers tsx (a runtime
// dependency) and hands over to the CLI written in TypeScript: no build step after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../game/cli/main.ts');
