/** What a seed must be, for messages: the CLI's `--seed`, the setup form and the `?seed=` parameter say the same. */
export const SEED_EXPECTED = `a non-negative integer up to ${Number.MAX_SAFE_INTEGER}, written in decimal`;

/** A seed written by a person, or null: only decimal digits, so `1e3`, `0x10`, `-1` and an empty text are refused. */
export function seedFromText(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const seed = Number(trimmed);
  return Number.isSafeInteger(seed) ? seed : null;
}
