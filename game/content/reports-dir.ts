import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This checkout's root. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where the five reports are: GREATGAME_SOURCES, or ../shared/seeds beside the checkout. */
export function reportsDir(): string {
  return process.env.GREATGAME_SOURCES ?? resolve(ROOT, '../shared/seeds');
}

/** The committed index of quotes in context. */
export const CITATIONS_ASSET = resolve(ROOT, 'assets/citations.json');
