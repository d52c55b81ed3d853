/**
 * The Flächenschluss check at scale (issue 26): copies of one geometry are checked once for all
 * their pairs, the pre-test compares a point with the edges of its slab only, and the gap union
 * leaves out what cannot change the gaps. Each shortcut must give what the pair-by-pair check
 * gives.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkFlaechenschluss, type Overlap } from '../../src/lib/xplan/topology';
import { interiorsMayOverlap, type Box, type Polys } from '../../src/lib/xplan/overlap-pretest';

/** A rectangle near Düren, lon/lat from (x, y) in units of 0.001°, counter-clockwise. */
function rect(x0: number, y0: number, x1: number, y1: number, holes: Position[][] = []): Polygon {
  const p = (x: number, y: number): Position => [6.4 + x / 1000, 50.8 + y / 1000];
  return {
    type: 'Polygon',
    coordinates: [[p(x0, y0), p(x1, y0), p(x1, y1), p(x0, y1), p(x0, y0)], ...holes]
  };
}

/** A clockwise ring (a hole) of a rectangle, in the same units. */
function hole(x0: number, y0: number, x1: number, y1: number): Position[] {
  return (rect(x0, y0, x1, y1).coordinates[0] as Position[]).slice().reverse();
}

describe('copies of one geometry', () => {
  const a = rect(0, 0, 2, 2);
  const c = rect(1, 1, 3, 3); // overlaps a by a quarter
  const b = rect(2, 0, 4, 1.5); // shares an edge with a, overlaps c
  const input = [
    { id: 'A1', geometry: a },
    { id: 'C', geometry: c },
    { id: 'A2', geometry: structuredClone(a) },
    { id: 'B', geometry: b },
    { id: 'A3', geometry: structuredClone(a) }
  ];

  it('every pair of copies and every copy with each other area is reported, as the single pair is', () => {
    const t = checkFlaechenschluss(input, null);
    const found = new Map(t.overlaps.map((o) => [`${o.a}|${o.b}`, o]));
    // pairs (a before b as in the input), each checked on its own for the reference
    const expected = new Map<string, number>();
    for (let i = 0; i < input.length; i++)
      for (let j = i + 1; j < input.length; j++) {
        const one = checkFlaechenschluss([input[i]!, input[j]!], null).overlaps;
        if (one.length > 0) expected.set(`${input[i]!.id}|${input[j]!.id}`, one[0]!.ha);
      }
    expect([...found.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, ha] of expected) expect(found.get(key)!.ha).toBe(ha);
    // 3 pairs of copies, 3 copies × C, and B × C
    expect(t.overlaps).toHaveLength(7);
    expect(found.get('A1|A2')!.ha).toBeCloseTo(found.get('A2|A3')!.ha, 12);
    expect(found.get('A1|C')!.ha).toBeCloseTo(found.get('A1|A2')!.ha / 4, 4);
    // as many candidate pairs as the pairs whose boxes meet
    expect(t.candidatePairs).toBe(10);
    expect(t.overlaps.map((o) => o.ha)).toEqual(
      [...t.overlaps.map((o) => o.ha)].sort((x, y) => y - x)
    );
  });

  it('copies without any other area overlap each other once per pair', () => {
    const t = checkFlaechenschluss(
      Array.from({ length: 5 }, (_, k) => ({ id: `K${k}`, geometry: structuredClone(a) })),
      null
    );
    expect(t.overlaps).toHaveLength(10);
    expect(t.clippedPairs).toBe(10);
    expect(new Set(t.overlaps.map((o) => o.ha)).size).toBe(1);
  });
});

describe('copies of one geometry without clipping', () => {
  /** The same polygon set with every ring starting at its next vertex: not a copy, so clipped. */
  function turned(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
    const turn = (r: Position[]) => [...r.slice(1), r[1]!];
    return g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: g.coordinates.map(turn) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(turn)) };
  }
  /** The overlap of two copies of g and of g with itself turned (clipped), in ha. */
  function both(g: Polygon | MultiPolygon): { copies: Overlap; clipped: Overlap } {
    const copies = checkFlaechenschluss(
      [
        { id: 'X1', geometry: g },
        { id: 'X2', geometry: structuredClone(g) }
      ],
      null
    ).overlaps;
    const clipped = checkFlaechenschluss(
      [
        { id: 'X1', geometry: g },
        { id: 'X2', geometry: turned(g) }
      ],
      null
    ).overlaps;
    expect(copies).toHaveLength(1);
    expect(clipped).toHaveLength(1);
    return { copies: copies[0]!, clipped: clipped[0]! };
  }
  const multi = (...polys: Polygon[]): MultiPolygon => ({
    type: 'MultiPolygon',
    coordinates: polys.map((p) => p.coordinates)
  });

  it('a valid set (holes, an island in a hole, separate parts) overlaps its copy by itself, as clipping finds', () => {
    for (const g of [
      rect(0, 0, 3, 3),
      rect(0, 0, 6, 3, [hole(1, 1, 2, 2), hole(3, 1, 5, 2)]),
      multi(rect(0, 0, 5, 5, [hole(1, 1, 4, 4)]), rect(2, 2, 3, 3), rect(10, 0, 12, 1))
    ]) {
      const { copies, clipped } = both(g);
      expect(copies.ha).toBeCloseTo(clipped.ha, 9);
      expect(copies.at[0]).toBeCloseTo(clipped.at[0], 12);
      expect(copies.at[1]).toBeCloseTo(clipped.at[1], 12);
    }
    // 5 × 5 less the 3 × 3 hole, plus the 1 × 1 island and the 2 × 1 part: 19 units of 0.001°²
    const { copies } = both(
      multi(rect(0, 0, 5, 5, [hole(1, 1, 4, 4)]), rect(2, 2, 3, 3), rect(10, 0, 12, 1))
    );
    const unit = both(rect(0, 0, 1, 1)).copies.ha;
    expect(copies.ha / unit).toBeCloseTo(19, 2);
  });

  it('an invalid set (overlapping parts, a hole across or outside its exterior, rings touching) is clipped: counted once', () => {
    const unit = both(rect(0, 0, 1, 1)).copies.ha;
    const cases: [Polygon | MultiPolygon, number][] = [
      // two 2 × 2 squares overlapping by 1 × 1: 7 units, not the 8 of the rings
      [multi(rect(0, 0, 2, 2), rect(1, 1, 3, 3)), 7],
      // a part inside another one (not in a hole): the outer square only
      [multi(rect(0, 0, 4, 4), rect(1, 1, 2, 2)), 16],
      // a hole half outside its exterior: 16 − 1
      [rect(0, 0, 4, 4, [hole(3, 1, 5, 2)]), 15],
      // a hole touching its exterior at one vertex (valid for the clipping, not for the shortcut)
      [rect(0, 0, 4, 4, [hole(0, 0, 1, 1)]), 15],
      // two overlapping holes: 16 − 3
      [rect(0, 0, 4, 4, [hole(1, 1, 3, 2), hole(2, 1, 3, 3)]), 13]
    ];
    for (const [g, units] of cases) {
      const { copies, clipped } = both(g);
      expect(copies.ha / unit).toBeCloseTo(units, 2);
      expect(copies.ha).toBeCloseTo(clipped.ha, 9);
    }
  });
});

describe('gaps', () => {
  const extent = rect(0, 0, 4, 2);
  const inside = [
    { id: 'L', geometry: rect(0, 0, 2, 2) },
    { id: 'R', geometry: rect(2.5, 0, 4, 2) } // a gap of 0.5 × 2 between them
  ];
  const far = [
    { id: 'F1', geometry: rect(100, 100, 102, 102) },
    { id: 'F2', geometry: rect(102, 100, 104, 102) }
  ];

  it('areas far outside the Geltungsbereich do not change its gaps', () => {
    const near = checkFlaechenschluss(inside, extent);
    const all = checkFlaechenschluss([...far, ...inside], extent);
    expect(near.gaps).toHaveLength(1);
    expect(all.gaps).toEqual(near.gaps);
    expect(all.gapHa).toBe(near.gapHa);
  });

  it('without a Geltungsbereich, the holes of separate clusters are all found', () => {
    const ring = (x: number, y: number, id: string) => ({
      id,
      geometry: rect(x, y, x + 3, y + 3, [hole(x + 1, y + 1, x + 2, y + 2)])
    });
    const one = checkFlaechenschluss([ring(0, 0, 'O1')], null);
    const two = checkFlaechenschluss([ring(0, 0, 'O1'), ring(50, 0, 'O2')], null);
    expect(one.gaps).toHaveLength(1);
    expect(two.gaps).toHaveLength(2);
    expect(two.gaps[0]!.ha).toBeCloseTo(one.gaps[0]!.ha, 3);
    expect(two.extent).toBe('union');
  });
});

describe('pre-test over edge slabs', () => {
  /** A circle of `n` vertices (metres, projected plane), with an optional square hole. */
  function circle(n: number, r: number, holeHalf = 0): Polys {
    const coords: number[] = [];
    for (let k = 0; k <= n; k++) {
      const t = ((k % n) / n) * 2 * Math.PI;
      coords.push(Math.cos(t) * r, Math.sin(t) * r);
    }
    const ringEnds = [coords.length];
    if (holeHalf > 0) {
      const h = holeHalf;
      coords.push(-h, -h, -h, h, h, h, h, -h, -h, -h); // clockwise
      ringEnds.push(coords.length);
    }
    return { coords: Float64Array.from(coords), ringEnds, polyEnds: [ringEnds.length] };
  }
  const square = (x0: number, y0: number, x1: number, y1: number): Polys => ({
    coords: Float64Array.from([x0, y0, x1, y0, x1, y1, x0, y1, x0, y0]),
    ringEnds: [10],
    polyEnds: [1]
  });
  const box = (g: Polys): Box => {
    const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < g.coords.length; i += 2) {
      b[0] = Math.min(b[0], g.coords[i]!);
      b[1] = Math.min(b[1], g.coords[i + 1]!);
      b[2] = Math.max(b[2], g.coords[i]!);
      b[3] = Math.max(b[3], g.coords[i + 1]!);
    }
    return b;
  };
  const may = (a: Polys, b: Polys) => interiorsMayOverlap(a, b, box(a), box(b));
  const disc = circle(2000, 500, 100);

  it('a square in the hole of a 2,000-edge ring does not overlap it; one across its edge does', () => {
    expect(may(square(-50, -50, 50, 50), disc)).toBe(false);
    expect(may(disc, square(-50, -50, 50, 50))).toBe(false);
    expect(may(square(-150, -50, -50, 50), disc)).toBe(true);
    expect(may(square(480, -10, 520, 10), disc)).toBe(true);
    expect(may(square(600, 0, 700, 100), disc)).toBe(false);
  });

  it('a neighbour sharing the hole’s edges exactly is no overlap, a copy is', () => {
    expect(may(square(-100, -100, 100, 100), disc)).toBe(false);
    expect(may(disc, circle(2000, 500, 100))).toBe(true);
  });
});

describe('the clipping budget', () => {
  // A row of squares, each overlapping the next by half (and only the next): n - 1 pairs to clip.
  const row = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `Q${i}`, geometry: rect(i, 0, i + 2, 2) }));

  it('beyond the budget the remaining overlapping pairs are counted, without area; the first are as without a budget', () => {
    const input = row(12);
    const full = checkFlaechenschluss(input, null);
    expect(full.overlaps).toHaveLength(11);
    expect(full.unmeasured).toBeUndefined();
    const cut = checkFlaechenschluss(input, null, 1, 4);
    expect(cut.unmeasured).toEqual({ clips: 4, pairs: 7 });
    expect(cut.overlaps).toHaveLength(4);
    // the union for the gap check is work of the same size: not done past the budget
    expect(full.gapsUnchecked).toBeUndefined();
    expect(cut.gapsUnchecked).toBe(true);
    expect(cut.gaps).toEqual([]);
    const byPair = new Map(full.overlaps.map((o) => [`${o.a}|${o.b}`, o.ha]));
    for (const o of cut.overlaps) expect(o.ha).toBe(byPair.get(`${o.a}|${o.b}`));
    // pairs that only touch are not counted as overlapping
    const apart = [...input, { id: 'T', geometry: rect(13, 0, 15, 2) }];
    expect(checkFlaechenschluss(apart, null, 1, 4).unmeasured).toEqual({ clips: 4, pairs: 7 });
  });

  it('copies of a valid geometry take no clipping and do not count against the budget', () => {
    const input = [...row(3), ...row(3).map((f) => ({ ...f, id: `${f.id}b` }))];
    const full = checkFlaechenschluss(input, null);
    // 3 pairs of copies, 2 neighbours × 4 ways
    expect(full.overlaps).toHaveLength(11);
    const cut = checkFlaechenschluss(input, null, 1, 0);
    expect(cut.overlaps.map((o) => `${o.a}|${o.b}`).sort()).toEqual(['Q0|Q0b', 'Q1|Q1b', 'Q2|Q2b']);
    expect(cut.unmeasured).toEqual({ clips: 0, pairs: 8 });
  });
});
