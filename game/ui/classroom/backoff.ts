/**
 * How long to wait before the next reconnect: doubling from BASE up to CAP, each wait jittered to between half
 * and all of it, so thirty phones that lost the same Wi-Fi do not all knock at the same instant.
 */
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 10_000;

export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, Math.min(attempt, 20)));
  return Math.round(ceiling * (0.5 + random() / 2));
}
