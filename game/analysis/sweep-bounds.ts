import { MIN_SWEEP_RUNS } from './shards.ts';

/**
 * The bounds and defaults of a sweep in one process, and the `--variants` syntax: shared by `greatgame explore`
 * (and `sensitivity`) and the browser's explore page, so that both take the same options the same way.
 */
export const MIN_RUNS = MIN_SWEEP_RUNS;
export const MAX_RUNS = 100_000;
/** Every outcome is kept until the summary: this bounds the memory, whatever the number of arms. */
export const MAX_GAMES = 400_000;
export const DEFAULT_RUNS = 200;
export const DEFAULT_FIRST_SEED = 1;
export const DEFAULT_VARIANTS = 'baseline';

/** A variant list, or what is wrong with it (said as `--variants: ...`). */
export type VariantList = { ok: true; variants: string[] } | { ok: false; message: string };

/**
 * `a, b+c`: the ids, spaces around commas and pluses dropped, each entry checked for emptiness and listed once.
 * The first is the reference.
 */
export function parseVariantList(text: string): VariantList {
  const variants: string[] = [];
  for (const entry of text.split(',')) {
    const parts = entry.split('+').map((p) => p.trim());
    if (parts.some((p) => p === ''))
      return { ok: false, message: `--variants: '${entry.trim()}' has an empty variant id` };
    variants.push(parts.join('+'));
  }
  const twice = variants.find((v, i) => variants.indexOf(v) !== i);
  if (twice) return { ok: false, message: `--variants: '${twice}' is listed twice` };
  return { ok: true, variants };
}
