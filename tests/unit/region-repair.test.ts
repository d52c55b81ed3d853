/**
 * Regions are bounded work (issue 26): a self-intersecting region is repaired to the same
 * non-zero union polyclip-ts gives (checked against it on small shapes) or refused with the
 * reason; degenerate regions are refused in German; a region query has a work budget. Timings are
 * measured by `npx tsx cli/bench-region.ts`, not asserted here (the machine is shared).
 */
import { mulberry32 as prng } from '../../src/lib/geo/prng';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ellipsoidalArea } from '../../src/lib/geo/area';
import { PlanIndex, fullFilter } from '../../src/lib/geo/engine';
import { toLaea } from '../../src/lib/geo/laea';
import { RegionError } from '../../src/lib/geo/region';
import { MAX_CROSSINGS, repairRegion } from '../../src/lib/geo/region-repair';
import { nonZeroUnion } from '../../src/lib/geo/region-union';
import { crossingStar, DUEREN, syntheticPlan, twistedRegion } from '../../src/lib/geo/synthetic';

const [CX, CY] = toLaea(DUEREN[0], DUEREN[1]);
const area = (polys: Position[][][]) =>
  polys.reduce((s, p) => s + ellipsoidalArea({ type: 'Polygon', coordinates: p }), 0);

/** True if any two edges of the polygons cross properly. */
function crosses(polys: Position[][][]): boolean {
  const edges = polys.flatMap((p) =>
    p.flatMap((r) => r.slice(1).map((q, i) => [r[i] as Position, q] as const))
  );
  const side = (a: Position, b: Position, c: Position) =>
    Math.sign(
      ((b[0] as number) - (a[0] as number)) * ((c[1] as number) - (a[1] as number)) -
        ((b[1] as number) - (a[1] as number)) * ((c[0] as number) - (a[0] as number))
    );
  for (let i = 0; i < edges.length; i++)
    for (let j = i + 1; j < edges.length; j++) {
      const [a, b] = edges[i]!;
      const [c, d] = edges[j]!;
      const s1 = side(a, b, c),
        s2 = side(a, b, d),
        s3 = side(c, d, a),
        s4 = side(c, d, b);
      if (s1 * s2 < 0 && s3 * s4 < 0) return true;
    }
  return false;
}

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof RegionError) return e.message;
    throw e;
  }
  throw new Error('not refused');
}

describe('repairRegion: the non-zero union', () => {
  const rnd = prng(26);
  const random = (n: number): Position[] => {
    const ring: Position[] = [];
    for (let i = 0; i < n; i++) ring.push([6.47 + 0.02 * rnd(), 50.79 + 0.02 * rnd()]);
    ring.push([...(ring[0] as Position)]);
    return ring;
  };

  it('equals polyclip-ts on random self-crossing rings, with simple, non-crossing output', () => {
    for (let k = 0; k < 12; k++) {
      const input = [[random(6 + (k % 5) * 3)]];
      const ours = repairRegion(input);
      const theirs = nonZeroUnion(input);
      expect(area(ours), `case ${k}`).toBeCloseTo(area(theirs), 3);
      expect(crosses(ours), `case ${k}`).toBe(false);
    }
  });

  it('bow-tie (both lobes), pentagram {5/2} (the centre once), overlapping parts once, hole across its shell', () => {
    const bowTie = [
      [
        [6.47, 50.79],
        [6.49, 50.81],
        [6.49, 50.79],
        [6.47, 50.81],
        [6.47, 50.79]
      ]
    ];
    const pentagram = crossingStar(CX, CY, 1000, 5, 2).coordinates;
    const box = (x0: number, y0: number, x1: number, y1: number): Position[] => [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0]
    ];
    const overlapping = [[box(6.47, 50.79, 6.49, 50.81)], [box(6.48, 50.8, 6.5, 50.82)]];
    const holeAcross = [[box(6.47, 50.79, 6.49, 50.81), box(6.48, 50.8, 6.5, 50.805)]];
    for (const [name, polys] of [
      ['bow-tie', [bowTie]],
      ['pentagram', [pentagram]],
      ['overlapping', overlapping],
      ['hole across', holeAcross]
    ] as [string, Position[][][]][]) {
      const ours = repairRegion(polys);
      expect(area(ours), name).toBeCloseTo(area(nonZeroUnion(polys)), 2);
      expect(crosses(ours), name).toBe(false);
    }
    // pentagram: the inner pentagon (winding 2) counts once, so the union is the star's outline
    expect(repairRegion([pentagram])).toHaveLength(1);
    // the hole crossing the east side becomes a notch in the outline: one ring of 8 corners
    expect(repairRegion(holeAcross).map((p) => p.map((r) => r.length))).toEqual([[9]]);
  });

  it('a 50,000-point outline with 5 bow-ties is repaired: area as without the twists', () => {
    const twisted = twistedRegion(prng(3), CX, CY, 4e6, 50_000, 5);
    const plain = twistedRegion(prng(3), CX, CY, 4e6, 50_000, 0);
    const ours = repairRegion([twisted.coordinates]);
    expect(crosses(ours.map((p) => p.map((r) => r.slice(0, 2000))))).toBe(false);
    // swapping neighbours of 50,000 changes the area by a few tiny triangles only
    expect(Math.abs(area(ours) - area([plain.coordinates])) / 4e6).toBeLessThan(1e-4);
  });

  it('a twisted 2,000-point star as a link carries it (6 decimals) keeps its area', () => {
    // Rounded, a spike folded back onto its neighbour has a vertex on that edge only up to
    // floating point: it must still count as lying on it (it dropped the outline: 475 m²).
    for (const twists of [100, 200, 500]) {
      const star = twistedRegion(prng(5), CX, CY, 4e6, 2000, twists);
      const link = star.coordinates[0]!.map((p) => p.map((v) => Number(v.toFixed(6))));
      const exact = area(repairRegion([star.coordinates]));
      const ours = repairRegion([[link]]);
      expect(Math.abs(area(ours) - exact) / exact, `${twists} twists`).toBeLessThan(1e-4);
      expect(crosses(ours.map((p) => p.map((r) => r.slice(0, 2500)))), `${twists}`).toBe(false);
    }
  });

  it('a 2,000-point star {2000/999} (about a million crossings) is refused with the reason', () => {
    const star = crossingStar(CX, CY, 1000, 2000, 999);
    expect(refusal(() => repairRegion([star.coordinates]))).toMatch(
      new RegExp(
        `überschneidet sich selbst an mehr als ${MAX_CROSSINGS.toLocaleString('de-DE').replace('.', '\\.')} Stellen`
      )
    );
  });
});

describe('regions in a query: repaired or refused, degenerate refused, bounded', () => {
  const plan = syntheticPlan({ n: 1500, seed: 26 });
  const index = new PlanIndex(plan);
  const all = fullFilter();

  it('the star of a shared link answers with a reason instead of running for minutes', () => {
    const star: Polygon = crossingStar(CX, CY, 1500, 2000, 999);
    expect(refusal(() => index.balance(star, all))).toMatch(/überschneidet sich selbst/);
    // a star with few crossings (a pentagram) is answered: its outline's area
    const penta = crossingStar(CX, CY, 1500, 5, 2);
    const b = index.balance(penta, all);
    expect(b.region_m2).toBeCloseTo(area(nonZeroUnion([penta.coordinates])), -1);
  });

  it('three collinear points, repeated points and an area under 1 m² are refused in German', () => {
    const ring = (...pts: [number, number][]) => ({
      type: 'Polygon',
      coordinates: [[...pts, pts[0]!]]
    });
    expect(refusal(() => index.balance(ring([6.4, 50.7], [6.5, 50.8], [6.6, 50.9]), all))).toMatch(
      /keinen Flächeninhalt – alle Eckpunkte liegen auf einer Linie/
    );
    expect(
      refusal(() =>
        index.balance(ring([6.48, 50.8], [6.48, 50.8], [6.49, 50.8], [6.48, 50.8]), all)
      )
    ).toMatch(/weniger als drei verschiedene Eckpunkte/);
    // a triangle of 0.5 m² (1 m × 1 m / 2)
    const [lon, lat] = DUEREN;
    const dLon = 1 / (111_320 * Math.cos((lat * Math.PI) / 180));
    const dLat = 1 / 111_200;
    expect(
      refusal(() => index.balance(ring([lon, lat], [lon + dLon, lat], [lon, lat + dLat]), all))
    ).toMatch(/kleiner als 1 m²/);
  });

  it('a query over its work budget stops with a RegionError that says so', () => {
    const small = new PlanIndex(plan);
    const region = twistedRegion(prng(4), CX, CY, 2e7, 4000, 0);
    expect(small.balance(region, all).total.area_m2).toBeGreaterThan(0);
    small.workBudget = 1000;
    expect(refusal(() => small.balance(region, all))).toMatch(
      /Auswertung dieser Fläche wurde abgebrochen.*Rechenbudget erschöpft nach [\d.]+ von [\d.]+ Flächen/
    );
  });
});
