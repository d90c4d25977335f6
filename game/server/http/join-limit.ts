import type { Clock } from '../session/clock.ts';

/** At most this many failed joins a minute from one address: guessing codes takes too long to pay. */
export const FAILED_JOINS_PER_MINUTE = 20;
const WINDOW_MS = 60_000;
/** Beyond this many addresses tracked, the oldest are forgotten, so a flood of addresses cannot fill memory. */
const MAX_ADDRESSES = 10_000;

export class JoinLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly clock: Clock) {}

  private recent(address: string): number[] {
    const now = this.clock.now();
    const kept = (this.failures.get(address) ?? []).filter((t) => now - t < WINDOW_MS);
    if (kept.length === 0) this.failures.delete(address);
    else this.failures.set(address, kept);
    return kept;
  }

  blocked(address: string): boolean {
    return this.recent(address).length >= FAILED_JOINS_PER_MINUTE;
  }

  fail(address: string): void {
    const kept = this.recent(address);
    kept.push(this.clock.now());
    this.failures.delete(address);
    this.failures.set(address, kept);
    if (this.failures.size > MAX_ADDRESSES) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
  }
}
