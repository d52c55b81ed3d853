/** Seeded PRNG (mulberry32) for the plots model: same seed, same plots. */
export interface Rng {
  next(): number;
  range(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
}

export function createRng(seed: string): Rng {
  let state = 2166136261;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 16777619);
  state >>>= 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    range: (lo, hi) => lo + (hi - lo) * next(),
    pick: (items) => items[Math.floor(next() * items.length)]!
  };
}
