// The overlay's fast path (earlier areas clipped from the flattened plan, rings cut to the
// area's box, identical rings counted whole) against the engine's general region path, which
// prepares each earlier area as a region on its own (re-projected, unioned where needed).
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ellipsoidalArea } from '../../src/lib/geo/area';
import { PlanIndex } from '../../src/lib/geo/engine';
import { fromLaea, toLaea } from '../../src/lib/geo/laea';
import { MIN_PIECE_M2, overlayPlans } from '../../src/lib/geo/overlay';
import { DUEREN, syntheticPlan } from '../../src/lib/geo/synthetic';
import type { LoadedFeature } from '../../src/lib/plan/types';

/** Pieces of `before` ∩ `after` by the engine's region query, keyed "before|after". */
function reference(before: LoadedFeature[], after: LoadedFeature[]): Map<string, number> {
  const index = new PlanIndex(after);
  const out = new Map<string, number>();
  for (const a of before)
    for (const hit of index.query(a.geometry, null, false)) {
      const b = after[hit.index]!;
      const area = hit.whole ? ellipsoidalArea(b.geometry) : hit.area_in_m2;
      if (area >= MIN_PIECE_M2) out.set(`${a.properties.id}|${b.properties.id}`, area);
    }
  return out;
}

function overlaid(before: LoadedFeature[], after: LoadedFeature[]): Map<string, number> {
  const { pieces, skipped } = overlayPlans(before, after);
  expect(skipped).toEqual([]);
  return new Map(
    pieces.filter((p) => p.before && p.after).map((p) => [`${p.before}|${p.after}`, p.area_m2])
  );
}

function expectSamePieces(got: Map<string, number>, want: Map<string, number>) {
  expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
  for (const [key, area] of want)
    expect(Math.abs(got.get(key)! - area), key).toBeLessThanOrEqual(1e-6 * area + 1e-6);
}

const [cx, cy] = toLaea(DUEREN[0], DUEREN[1]);
const at = (dx: number, dy: number) => fromLaea(cx + dx, cy + dy) as Position;

/** A ring along the points a → b → …, each edge split into `steps` parts. */
function dense(corners: [number, number][], steps: number): Position[] {
  const ring: Position[] = [];
  corners.forEach(([x, y], i) => {
    const [nx, ny] = corners[(i + 1) % corners.length]!;
    for (let s = 0; s < steps; s++)
      ring.push(at(x + ((nx - x) * s) / steps, y + ((ny - y) * s) / steps));
  });
  return [...ring, ring[0]!];
}

describe('overlay fast path', () => {
  it('gives every piece of the general path, to 1e-6, for two plans that cut each other', () => {
    const before = syntheticPlan({ n: 500, seed: 7, holeEvery: 10 });
    const after = syntheticPlan({ n: 400, seed: 8, holeEvery: 10 });
    expectSamePieces(overlaid(before, after), reference(before, after));
  });

  it('takes the general path (union) for a bow-tie of 600 edges and overlapping parts', () => {
    const after = syntheticPlan({ n: 300, seed: 9, holeEvery: 10 });
    const before = syntheticPlan({ n: 3, seed: 10 });
    // Self-crossing ring: more edges than the sweep handles, so the indexed crossing test runs.
    const bow: Polygon = {
      type: 'Polygon',
      coordinates: [
        dense(
          [
            [-1500, -1500],
            [1500, 1500],
            [1500, -1500],
            [-1500, 1500]
          ],
          150
        )
      ]
    };
    const overlapping: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          dense(
            [
              [-3000, -3000],
              [-1000, -3000],
              [-1000, -2000],
              [-3000, -2000]
            ],
            1
          )
        ],
        [
          dense(
            [
              [-2000, -3000],
              [0, -3000],
              [0, -2000],
              [-2000, -2000]
            ],
            1
          )
        ]
      ]
    };
    before[0] = { ...before[0]!, geometry: bow };
    before[1] = { ...before[1]!, geometry: overlapping };
    const got = overlaid(before, after);
    expectSamePieces(got, reference(before, after));
    const sum = (id: string) =>
      [...got].filter(([k]) => k.startsWith(`${id}|`)).reduce((s, [, v]) => s + v, 0);
    // Both lobes of the bow-tie (2 × 1500 m × 3000 m / 2 … = 4.5 km²), the two parts once (3 km²).
    expect(sum(before[0]!.properties.id) / 4.5e6).toBeCloseTo(1, 4);
    expect(sum(before[1]!.properties.id) / 3e6).toBeCloseTo(1, 4);
  });

  it('counts an area with the same rings as its partner whole, and nothing of its neighbours', () => {
    const plan = syntheticPlan({ n: 200, seed: 11, holeEvery: 10 });
    const copy = plan.map((f) => ({
      ...f,
      properties: { ...f.properties, id: `${f.properties.id}'` }
    }));
    const { pieces } = overlayPlans(plan, copy);
    for (const p of pieces) expect(p.after).toBe(`${p.before}'`);
    expect(pieces).toHaveLength(plan.length);
  });
});
