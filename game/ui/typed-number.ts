/**
 * Choosing an option by typing its number, digit by digit, as in a TV's channel keys: with 19 options, "1" then
 * "9" chooses 19, while "2" alone chooses 2. `typed` is what has been typed so far (empty after a pause); the
 * result is the longest ending of `typed + digit` that names an option (1 to `count`, no leading zero), or ''
 * when none does.
 */
export function typeDigit(typed: string, digit: string, count: number): string {
  const all = `${typed}${digit}`;
  for (let start = 0; start < all.length; start++) {
    const part = all.slice(start);
    const n = Number(part);
    if (!part.startsWith('0') && Number.isInteger(n) && n >= 1 && n <= count) return part;
  }
  return '';
}

/** How long after a digit the next one still adds to the same number, in milliseconds. */
export const TYPING_PAUSE_MS = 1200;
