/**
 * Alea, Johannes Baagøe's generator (MIT, 2010), as seedrandom's `lib/alea.js` implements it, draw for draw:
 * the same arithmetic in the same order, so every stream gives the very same doubles. It lives here because
 * the engine opens about fourteen streams a turn, and seedrandom's wrapper builds four closures per stream;
 * this one is a plain object. A test compares it with seedrandom's over many seeds.
 */
export class Alea {
  private s0: number;
  private s1: number;
  private s2: number;
  private c = 1;

  constructor(seed: string) {
    // Mash: seedrandom seeds with mash(' ') three times, then subtracts mash(seed) three times.
    let n = 0xefc8249d;
    const mash = (data: string): number => {
      for (let i = 0; i < data.length; i++) {
        n += data.charCodeAt(i);
        let h = 0.02519603282416938 * n;
        n = h >>> 0;
        h -= n;
        h *= n;
        n = h >>> 0;
        h -= n;
        n += h * 0x100000000; // 2^32
      }
      return (n >>> 0) * 2.3283064365386963e-10; // 2^-32
    };
    this.s0 = mash(' ');
    this.s1 = mash(' ');
    this.s2 = mash(' ');
    this.s0 -= mash(seed);
    if (this.s0 < 0) this.s0 += 1;
    this.s1 -= mash(seed);
    if (this.s1 < 0) this.s1 += 1;
    this.s2 -= mash(seed);
    if (this.s2 < 0) this.s2 += 1;
  }

  /** A uniform draw in [0, 1). */
  next(): number {
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^-32
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    this.s2 = t - this.c;
    return this.s2;
  }
}
