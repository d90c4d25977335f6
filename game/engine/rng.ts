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

export const openStream: StreamFactory = (seed, name, turn) => {
  const prng = alea(`${seed}:${name}:${turn}`);
  let draws = 0;
  return {
    name,
    next() {
      draws++;
      return prng();
    },
    get draws() {
      return draws;
    },
  };
};

/** An integer in [0, n) from a uniform draw: the same on every engine, since it is one IEEE multiply. */
export function intBelow(u: number, n: number): number {
  return Math.floor(u * n);
}

/** True with probability perMille / 1000. */
export function succeeds(u: number, perMille: number): boolean {
  return intBelow(u, 1000) < perMille;
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
