import alea from 'seedrandom/lib/alea.js';

/**
 * A seeded random stream for one purpose and one turn. Streams are seeded `${seed}:${name}:${turn}`, so a
 * change in how one stream is used never shifts another's draws, and no generator state outlives a turn.
 */
export interface Stream {
  readonly name: string;
  /** A uniform draw in [0, 1). */
  next(): number;
  /** How many draws this stream has made this turn. */
  readonly draws: number;
}

export type StreamFactory = (seed: number, name: string, turn: number) => Stream;

/**
 * A stream as a class, not an object literal with a `draws` getter: V8 builds a literal with an accessor on its
 * slow path, and fourteen streams a turn made that a tenth of a batch turn (measured). Alea is seeded on the
 * first draw, not on opening: seeding is most of a stream's cost, and most actors' draws go unread (Reserved).
 */
class AleaStream implements Stream {
  draws = 0;
  private prng: (() => number) | null = null;
  constructor(
    readonly name: string,
    private readonly key: string,
  ) {}
  next(): number {
    this.draws++;
    this.prng ??= alea(this.key);
    return this.prng();
  }
}

export const openStream: StreamFactory = (seed, name, turn) =>
  new AleaStream(name, `${seed}:${name}:${turn}`);

/**
 * A fixed number of a stream's draws, each with its place: `at(i)` is the stream's i-th draw this turn
 * (from 0), the same number whether or not the ones before it were read, since reading `at(i)` draws every
 * earlier one first. A draw no one reads is never made, and a stream none of whose draws is read is never
 * seeded: the decisions phase reserves three draws an actor and most actors need none of them.
 */
export class Reserved {
  private readonly made: number[] = [];
  constructor(
    private readonly stream: Stream,
    readonly count: number,
  ) {}

  at(i: number): number {
    if (!Number.isInteger(i) || i < 0 || i >= this.count)
      throw new RangeError(`draw ${i} of ${this.count} reserved from '${this.stream.name}'`);
    while (this.made.length <= i) this.made.push(this.stream.next());
    return this.made[i] as number;
  }
}

/** An integer in [0, n) from a uniform draw: the same on every engine, since it is one IEEE multiply. */
export function intBelow(u: number, n: number): number {
  return Math.floor(u * n);
}

/** True with probability perMille / 1000. */
export function succeeds(u: number, perMille: number): boolean {
  return intBelow(u, 1000) < perMille;
}

/**
 * What `succeeds` gives whatever the draw, or null when the draw decides: at 1000 or more every draw
 * succeeds (intBelow(u, 1000) is at most 999), at 0 or less none does. A caller need not read a draw that
 * cannot matter.
 */
export function certain(perMille: number): boolean | null {
  if (perMille >= 1000) return true;
  if (perMille <= 0) return false;
  return null;
}

/** The streams of one turn, opened on first use: `events`, `world`, and one per actor. */
export class TurnStreams {
  private readonly open = new Map<string, Stream>();
  constructor(
    private readonly seed: number,
    private readonly turn: number,
    private readonly factory: StreamFactory = openStream,
  ) {}

  get(name: string): Stream {
    let stream = this.open.get(name);
    if (!stream) {
      stream = this.factory(this.seed, name, this.turn);
      this.open.set(name, stream);
    }
    return stream;
  }
}
