/**
 * The project's one seeded PRNG (mulberry32): synthetic plans, the data and plots generators and
 * the tests draw from it, never from Math.random, so every run is repeatable.
 */

/** Mulberry32: small, fast, seeded; returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  range(lo: number, hi: number): number;
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  /** A new independent stream derived from this one and a label (stable per label). */
  fork(label: string): Rng;
}

/** FNV-1a hash of a text: the seed of a stream named by a string. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** A stream with helpers, seeded by a number or a name. */
export function createRng(seed: number | string): Rng {
  const next = mulberry32(typeof seed === 'string' ? hash(seed) : seed);
  return {
    next,
    range: (lo, hi) => lo + (hi - lo) * next(),
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from empty list');
      return item;
    },
    fork: (label) => createRng((hash(label) ^ Math.floor(next() * 4294967296)) >>> 0)
  };
}
