/** Time as the server sees it. Tests pass a fake one, so a turn timer runs out without anyone sleeping. */
export interface Clock {
  now(): number;
  /** Calls `fn` after `ms`; the returned function cancels it. */
  setTimer(ms: number, fn: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(ms, fn) {
    // Timers far in the future overflow setTimeout's 32-bit delay: wake up early and check again.
    const handle = setTimeout(fn, Math.max(0, Math.min(ms, 2 ** 31 - 1)));
    handle.unref?.();
    return () => clearTimeout(handle);
  },
};
