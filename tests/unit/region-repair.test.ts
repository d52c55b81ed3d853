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
import { fromLaea, toLaea } from '../../src/lib/geo/laea';
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

/**
 * An ellipse of `n` points (semi-axes a × b metres around Düren) joined every `k` steps: k = 1
 * is the ellipse, k = 2 (n even) goes round it twice over the same points, k = 3 three times
 * with chords crossing their neighbours. `decimals` rounds as a link does.
 */
function windingEllipse(n: number, k: number, decimals?: number): Position[] {
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const t = (2 * Math.PI * ((i * k) % n)) / n;
    const p = fromLaea(CX + 1600 * Math.cos(t), CY + 1270 * Math.sin(t));
    ring.push(decimals === undefined ? p : p.map((v) => Number(v.toFixed(decimals))));
  }
  ring.push([...(ring[0] as Position)]);
  return ring;
}

describe('rings going round more than once count once (non-zero rule)', () => {
  const index = new PlanIndex(syntheticPlan({ n: 300, seed: 26 }));
  const all = fullFilter();
  const ellipse = area([[windingEllipse(2000, 1)]]);
  const square: Position[] = [
    [6.47, 50.79],
    [6.49, 50.79],
    [6.49, 50.81],
    [6.47, 50.81]
  ];
  const twice = [...square, ...square, square[0] as Position];
  const once = area([[[...square, square[0] as Position]]]);

  it('a square traversed twice has the area of the square (repair and Flächenbilanz)', () => {
    expect(area(repairRegion([[twice]])) / once).toBeCloseTo(1, 6);
    const b = index.balance({ type: 'Polygon', coordinates: [twice] }, all);
    expect(b.region_m2! / once).toBeCloseTo(1, 3);
  });

  it('a 2,000-point ellipse traversed twice has the area of the ellipse, also rounded', () => {
    for (const decimals of [undefined, 6]) {
      const ring = windingEllipse(2000, 2, decimals);
      const b = index.balance({ type: 'Polygon', coordinates: [ring] }, all);
      expect(Math.abs(b.region_m2! - ellipse) / ellipse, `${decimals}`).toBeLessThan(1e-3);
    }
  });

  it('an ellipse wound three times ({2000/3}) is repaired to the ellipse, also rounded to 6 decimals', () => {
    // Rounded, its chords are collinear up to the rounding (their sag is 2 cm, the rounding
    // 7–11 cm): crossings land a hair beside vertices, which left the outline open (refused as
    // „hat keinen Flächeninhalt“).
    for (const decimals of [undefined, 6]) {
      const ring = windingEllipse(2000, 3, decimals);
      const ours = repairRegion([[ring]]);
      expect(ours, `${decimals}`).toHaveLength(1);
      expect(Math.abs(area(ours) - ellipse) / ellipse, `${decimals}`).toBeLessThan(1e-3);
      const b = index.balance({ type: 'Polygon', coordinates: [ring] }, all);
      expect(Math.abs(b.region_m2! - ellipse) / ellipse, `${decimals}`).toBeLessThan(1e-3);
    }
  });

  it('a bow-tie whose side bends by one unit of floating point keeps both lobes', () => {
    // As densifying a link's long edge leaves it: a piece rising 10⁻¹⁴° over 0.01°, less than
    // the distance beside it at which its sides are tested, was counted on the wrong side.
    const y = 50.79,
      up = y + 64 * Number.EPSILON;
    const bent: Position[] = [
      [6.47, y],
      [6.48, up],
      [6.49, y],
      [6.47, 50.81],
      [6.49, 50.81],
      [6.47, y]
    ];
    const straight = bent.map((p) => [p[0] as number, p[1] === up ? y : (p[1] as number)]);
    const ours = repairRegion([[bent]]);
    expect(ours).toHaveLength(2);
    expect(area(ours) / area(repairRegion([[straight]]))).toBeCloseTo(1, 6);
  });

  it('rounded ellipses wound 7 and 11 times are repaired to the ellipse', () => {
    for (const k of [7, 11]) {
      const ours = repairRegion([[windingEllipse(2000, k, 6)]]);
      expect(ours, `${k}`).toHaveLength(1);
      expect(Math.abs(area(ours) - ellipse) / ellipse, `${k}`).toBeLessThan(1e-3);
    }
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
