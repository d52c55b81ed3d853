/**
 * The importer's ring checks against a plain reference: every pair of non-adjacent edges tested
 * (ringSelfIntersections), every pair of edges of two different rings tested (ringsMeet), one
 * position at a time (cleanRing). The quick paths (box rejection, slabs, index, counting first)
 * must give the same answers, places in the same order.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/lib/geo/prng';
import { cleanRing, ringSelfIntersections, ringsMeet } from '../../src/lib/xplan/rings';

/** Whether the closed segments ab and cd have a point in common (integer coordinates: exact). */
function meet(a: number[], b: number[], c: number[], d: number[]): boolean {
  const side = (p: number[], q: number[], r: number[]) =>
    Math.sign((q[0]! - p[0]!) * (r[1]! - p[1]!) - (q[1]! - p[1]!) * (r[0]! - p[0]!));
  const within = (p: number[], q: number[], r: number[]) =>
    Math.min(p[0]!, q[0]!) <= r[0]! &&
    r[0]! <= Math.max(p[0]!, q[0]!) &&
    Math.min(p[1]!, q[1]!) <= r[1]! &&
    r[1]! <= Math.max(p[1]!, q[1]!);
  const [o1, o2, o3, o4] = [side(a, b, c), side(a, b, d), side(c, d, a), side(c, d, b)];
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && within(a, b, c)) ||
    (o2 === 0 && within(a, b, d)) ||
    (o3 === 0 && within(c, d, a)) ||
    (o4 === 0 && within(c, d, b))
  );
}

const pt = (flat: number[], i: number) => [flat[2 * i]!, flat[2 * i + 1]!];

/** Every pair (i, j > i + 1) of edges that meet, in order; the start of j as the place. */
function referenceHits(flat: number[], limit: number): [number, number][] {
  const n = flat.length / 2 - 1;
  const hits: [number, number][] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      if (meet(pt(flat, i), pt(flat, i + 1), pt(flat, j), pt(flat, j + 1))) {
        hits.push(pt(flat, j) as [number, number]);
        if (hits.length >= limit) return hits;
      }
    }
  return hits;
}

/** A closed ring of n random points on a small integer grid (many crossings and touchings). */
function randomRing(rand: () => number, n: number, size: number): number[] {
  const flat: number[] = [];
  for (let k = 0; k < n; k++) flat.push(Math.floor(rand() * size), Math.floor(rand() * size));
  // no repeated consecutive points, as the reader's cleaning leaves them
  const out: number[] = [];
  for (let k = 0; k < flat.length; k += 2)
    if (out.length < 2 || out[out.length - 2] !== flat[k] || out[out.length - 1] !== flat[k + 1])
      out.push(flat[k]!, flat[k + 1]!);
  out.push(out[0]!, out[1]!);
  return out;
}

/** A star-shaped ring (no crossings) of n points around (cx, cy). */
function starRing(rand: () => number, n: number, cx: number, cy: number, r: number): number[] {
  const flat: number[] = [];
  for (let k = 0; k < n; k++) {
    const a = (2 * Math.PI * k) / n;
    const d = r * (0.5 + 0.5 * rand());
    flat.push(Math.round(cx + d * Math.cos(a)), Math.round(cy + d * Math.sin(a)));
  }
  flat.push(flat[0]!, flat[1]!);
  return flat;
}

describe('ringSelfIntersections', () => {
  it('finds the reference places in order, for small and large rings', () => {
    const rand = mulberry32(26);
    let crossed = 0;
    for (let t = 0; t < 300; t++) {
      const n = [5, 8, 20, 40, 64, 65, 90, 200][t % 8]!;
      const ring = randomRing(rand, n, t % 3 === 0 ? 8 : 1000);
      for (const limit of [1, 5]) {
        const expected = referenceHits(ring, limit);
        expect(ringSelfIntersections(ring, limit)).toEqual(expected);
        if (expected.length > 0) crossed++;
      }
    }
    expect(crossed).toBeGreaterThan(100);
  });

  it('finds nothing in simple rings', () => {
    const rand = mulberry32(7);
    for (const n of [6, 30, 64, 65, 500]) {
      const ring = starRing(rand, n, 0, 0, 100_000);
      expect(referenceHits(ring, 1)).toEqual([]);
      expect(ringSelfIntersections(ring, 1)).toEqual([]);
    }
  });
});

describe('ringsMeet', () => {
  /** Rings one after another, with their ends as compact geometry has them. */
  const pack = (...rings: number[][]) => {
    const coords: number[] = [];
    const ends: number[] = [];
    for (const r of rings) {
      coords.push(...r);
      ends.push(coords.length);
    }
    return { coords, ends };
  };
  const square = (x0: number, y0: number, x1: number, y1: number) => [
    x0,
    y0,
    x1,
    y0,
    x1,
    y1,
    x0,
    y1,
    x0,
    y0
  ];

  it('separate or nested rings do not meet; crossing, touching or shared edges do', () => {
    const meets = (...rings: number[][]) => {
      const { coords, ends } = pack(...rings);
      return ringsMeet(coords, ends);
    };
    expect(meets(square(0, 0, 10, 10))).toBe(false);
    expect(meets(square(0, 0, 10, 10), square(2, 2, 4, 4), square(20, 0, 30, 10))).toBe(false);
    expect(meets(square(0, 0, 10, 10), square(5, 5, 15, 15))).toBe(true); // crossing
    expect(meets(square(0, 0, 10, 10), square(10, 0, 20, 10))).toBe(true); // shared edge
    expect(meets(square(0, 0, 10, 10), square(10, 10, 20, 20))).toBe(true); // one point
    expect(meets(square(0, 0, 10, 10), square(2, 2, 4, 4), square(3, 3, 5, 5))).toBe(true);
  });

  it('agrees with testing every pair of edges of different rings', () => {
    const rand = mulberry32(41);
    let met = 0;
    for (let t = 0; t < 200; t++) {
      const rings = Array.from({ length: 2 + (t % 3) }, (_, k) =>
        starRing(rand, 4 + ((t * 7 + k) % 40), rand() * 400, rand() * 400, 20 + rand() * 150)
      );
      let expected = false;
      for (let a = 0; a < rings.length && !expected; a++)
        for (let b = a + 1; b < rings.length && !expected; b++)
          for (let i = 0; i + 1 < rings[a]!.length / 2 && !expected; i++)
            for (let j = 0; j + 1 < rings[b]!.length / 2 && !expected; j++)
              expected = meet(
                pt(rings[a]!, i),
                pt(rings[a]!, i + 1),
                pt(rings[b]!, j),
                pt(rings[b]!, j + 1)
              );
      const { coords, ends } = pack(...rings);
      expect(ringsMeet(coords, ends)).toBe(expected);
      if (expected) met++;
    }
    expect(met).toBeGreaterThan(20);
    expect(met).toBeLessThan(190);
  });
});

describe('cleanRing', () => {
  /** Position by position: a repeat of the last kept one is dropped, an open ring closed. */
  function reference(flat: number[]) {
    const ring: number[] = [];
    let duplicatesRemoved = 0;
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const n = ring.length;
      if (n >= 2 && ring[n - 2] === flat[i] && ring[n - 1] === flat[i + 1]) duplicatesRemoved++;
      else ring.push(flat[i]!, flat[i + 1]!);
    }
    const n = ring.length;
    const closed = n >= 2 && (ring[0] !== ring[n - 2] || ring[1] !== ring[n - 1]);
    if (closed) ring.push(ring[0]!, ring[1]!);
    return { ring, duplicatesRemoved, closed, distinct: Math.max(0, ring.length / 2 - 1) };
  }

  it('drops repeated positions and closes open rings as one position at a time does', () => {
    const rand = mulberry32(3);
    const values = [0, 1, 2, NaN];
    for (let t = 0; t < 500; t++) {
      const flat: number[] = [];
      const n = t % 12;
      for (let k = 0; k < n; k++) {
        const x = values[Math.floor(rand() * 4)]!;
        const y = values[Math.floor(rand() * 3)]!;
        const times = rand() < 0.3 ? 3 : 1;
        for (let r = 0; r < times; r++) flat.push(x, y);
      }
      if (t % 5 === 0) flat.push(7); // a lone number at the end is not a position
      const got = cleanRing(flat);
      expect(got).toEqual(reference(flat));
    }
    expect(cleanRing([0, 0, 1, 0, 1, 0, 1, 1]).ring).toEqual([0, 0, 1, 0, 1, 1, 0, 0]);
  });
});
