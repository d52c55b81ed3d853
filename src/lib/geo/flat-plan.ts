/**
 * A plan's geometry flattened once for the engine: every ring projected to ETRS89-LAEA
 * (EPSG:3035) into one Float64Array relative to a local origin, with signed ring areas and the
 * bounding boxes of rings and features.
 */
import type { PlanGeometry } from '../plan/types';
import { flatBuffer, projectRingInto, projectedLength, signedRingArea } from './area';
import { toLaea } from './laea';

export interface FlatPlan {
  /** Local origin (EPSG:3035 metres) subtracted from all coordinates. */
  ox: number;
  oy: number;
  /** Flat local coordinates of all rings, rings without closing vertex. */
  coords: Float64Array;
  /** Ring r spans coords[ringStart[r] … ringStart[r+1]); features own rings featRing[i] … featRing[i+1]. */
  ringStart: Uint32Array;
  featRing: Uint32Array;
  /** +1 for outer rings, −1 for holes, times the ring's own orientation sign. */
  ringSign: Int8Array;
  /** Signed shoelace area of each ring (local metres). */
  ringAreas: Float64Array;
  /** Per ring bbox and per feature bbox, 4 numbers each (local metres; 0s for an empty feature). */
  ringBox: Float64Array;
  boxes: Float64Array;
}

/**
 * Flattens the features' geometry. `origin` puts them in another plan's local frame (the overlay
 * clips one plan's areas against another's); by default the first vertex, rounded, is the origin.
 */
export function flattenPlan(
  features: readonly { geometry: PlanGeometry }[],
  origin?: { ox: number; oy: number }
): FlatPlan {
  const n = features.length;
  const featRing = new Uint32Array(n + 1);
  const first = features[0]?.geometry;
  const p0 = (first?.type === 'Polygon'
    ? first.coordinates[0]?.[0]
    : first?.coordinates[0]?.[0]?.[0]) ?? [10, 52];
  const [lx, ly] = origin ? [origin.ox, origin.oy] : toLaea(p0[0] as number, p0[1] as number);
  const ox = Math.round(lx);
  const oy = Math.round(ly);
  // One allocation for all coordinates (growing a buffer of ~10⁷ vertices makes the GC
  // re-mark the whole GeoJSON heap on every doubling).
  let total = 0;
  let nr = 0;
  for (const f of features) {
    const g = f.geometry;
    for (const polygon of g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
      for (const ring of polygon) {
        total += projectedLength(ring);
        nr++;
      }
  }
  const buf = flatBuffer(Math.max(16, total));
  const ringStart = new Uint32Array(nr + 1);
  const ringSign = new Int8Array(nr);
  const ringAreas = new Float64Array(nr);
  let k = 0;
  features.forEach((f, i) => {
    featRing[i] = k;
    const polygons =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons)
      polygon.forEach((ring, r) => {
        const s0 = buf.length;
        projectRingInto(ring, buf);
        const d = buf.data;
        for (let q = s0; q < buf.length; q += 2) {
          d[q] = (d[q] as number) - ox;
          d[q + 1] = (d[q + 1] as number) - oy;
        }
        // Drop the closing vertex.
        if (buf.length - s0 >= 4 && d[s0] === d[buf.length - 2] && d[s0 + 1] === d[buf.length - 1])
          buf.length -= 2;
        const a = signedRingArea(d, s0, buf.length);
        ringStart[k] = s0;
        ringSign[k] = (r === 0 ? 1 : -1) * (a < 0 ? -1 : 1);
        ringAreas[k++] = a;
      });
  });
  featRing[n] = nr;
  const coords = buf.length === buf.data.length ? buf.data : buf.data.slice(0, buf.length);
  ringStart[nr] = buf.length;
  const ringBox = new Float64Array(4 * nr);
  for (let k = 0; k < nr; k++) {
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    for (let q = ringStart[k] as number; q < (ringStart[k + 1] as number); q += 2) {
      const x = coords[q] as number,
        y = coords[q + 1] as number;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    ringBox.set([x0, y0, x1, y1], 4 * k);
  }
  // Feature boxes: the same min/max loop as the ring boxes above, over a feature's ring boxes.
  const boxes = new Float64Array(4 * n);
  for (let i = 0; i < n; i++) {
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    for (let k = featRing[i] as number; k < (featRing[i + 1] as number); k++) {
      x0 = Math.min(x0, ringBox[4 * k] as number);
      y0 = Math.min(y0, ringBox[4 * k + 1] as number);
      x1 = Math.max(x1, ringBox[4 * k + 2] as number);
      y1 = Math.max(y1, ringBox[4 * k + 3] as number);
    }
    if (!(x0 <= x1)) x0 = y0 = x1 = y1 = 0;
    boxes.set([x0, y0, x1, y1], 4 * i);
  }
  return { ox, oy, coords, ringStart, featRing, ringSign, ringAreas, ringBox, boxes };
}

/**
 * Area of feature i's written geometry (m², ellipsoidal: holes subtracted, parts summed), from
 * the flattened rings; equals `ellipsoidalArea` of the geometry up to floating-point rounding.
 */
export function flatFeatureArea(flat: FlatPlan, i: number): number {
  let sum = 0;
  for (let k = flat.featRing[i] as number; k < (flat.featRing[i + 1] as number); k++)
    sum += (flat.ringSign[k] as number) * (flat.ringAreas[k] as number);
  return sum;
}
