import type { Clock } from '../session/clock.ts';

/**
 * A token bucket per connection: a burst of `burst` messages, then `perSecond`. A class acts a few times a
 * minute; a script in a loop is refused before it costs the others anything.
 */
export class RateLimit {
  private tokens: number;
  private last: number;

  constructor(
    private readonly clock: Clock,
    private readonly burst = 30,
    private readonly perSecond = 10,
  ) {
    this.tokens = burst;
    this.last = clock.now();
  }

  take(): boolean {
    const now = this.clock.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
