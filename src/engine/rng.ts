/** A seeded pseudo-random stream (sfc32): same seed, same numbers. */
export interface Rng {
  /** Next raw 32-bit unsigned integer. */
  nextU32(): number;
  /** Uniform in [0, 1), 32 bits of resolution. */
  uniform(): number;
  /** Standard normal N(0, 1) by Box–Muller; draws come in pairs, the second is cached. */
  normal(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

/** Purposes that get their own independent stream from one seed. */
export type RngStream =
  | 'data-train'
  | 'data-val'
  | 'labels-train'
  | 'labels-val'
  | 'init'
  | 'batch'
  | 'dropout'
  | 'own-split'
  | 'digits-split';

/** splitmix32 finaliser: a well-mixed 32-bit value from any 32-bit input. */
function mix32(h: number): number {
  h = (h + 0x9e3779b9) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A 32-bit seed for (seed, purpose, index): FNV-1a over the purpose, mixed with seed and index. */
export function deriveSeed(seed: number, purpose: string, index = 0): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < purpose.length; i++) h = Math.imul(h ^ purpose.charCodeAt(i), 0x01000193);
  return mix32(mix32(h ^ mix32(seed | 0)) ^ mix32((index | 0) + 0x632be5ab));
}

class Sfc32 implements Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number) {
    this.a = mix32(seed);
    this.b = mix32(this.a ^ 0x5bd1e995);
    this.c = mix32(this.b ^ 0x27d4eb2f);
    this.d = 1;
    for (let i = 0; i < 15; i++) this.nextU32();
  }

  nextU32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  uniform(): number {
    return this.nextU32() / 4294967296;
  }

  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    const u1 = 1 - this.uniform();
    const u2 = this.uniform();
    const r = Math.sqrt(-2 * Math.log(u1));
    const t = 2 * Math.PI * u2;
    this.spare = r * Math.sin(t);
    this.hasSpare = true;
    return r * Math.cos(t);
  }

  int(n: number): number {
    return Math.floor(this.uniform() * n);
  }
}

/** A stream from a seed; with a purpose (and index), an independent stream derived from that seed. */
export function createRng(seed: number, purpose?: RngStream | string, index = 0): Rng {
  return new Sfc32(purpose === undefined ? seed : deriveSeed(seed, purpose, index));
}
