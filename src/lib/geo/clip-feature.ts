/**
 * Exact area of one flattened feature inside a triangulated region (both in the same local LAEA
 * frame): Σ over the region's triangles meeting the feature's bbox of area(ring ∩ triangle)
 * (Sutherland–Hodgman, see clip.ts), holes subtracting. Used by the engine for region queries
 * and by the overlay for one plan's area against another's.
 */
import type Flatbush from 'flatbush';
import { boxInTriangle, boxMayMeetTriangle, clipRingTriangle } from './clip';
import type { FlatPlan } from './flat-plan';

/**
 * Area (m²) of feature i of `flat` inside the triangles `tris` (6 numbers each, counter-clockwise,
 * indexed by `triIndex`), clamped to [0, whole]; `whole` (the feature's area) when its bbox lies
 * inside a single triangle. `work.steps` grows by the triangles met times the feature's points.
 */
export function clipFeatureArea(
  flat: FlatPlan,
  i: number,
  tris: Float64Array,
  triIndex: Flatbush,
  whole: number,
  work?: { steps: number }
): number {
  const b = flat.boxes;
  const bx0 = b[4 * i] as number,
    by0 = b[4 * i + 1] as number,
    bx1 = b[4 * i + 2] as number,
    by1 = b[4 * i + 3] as number;
  const { coords, ringStart, featRing, ringSign, ringAreas, ringBox: rb } = flat;
  const hits = triIndex.search(bx0, by0, bx1, by1);
  // Work: triangles met times the feature's coordinates (what the clipping below may touch).
  if (work)
    work.steps +=
      hits.length *
      (((ringStart[featRing[i + 1] as number] as number) -
        (ringStart[featRing[i] as number] as number)) >>
        1);
  let sum = 0;
  for (const t of hits) {
    const o = 6 * t;
    if (!boxMayMeetTriangle(tris, o, bx0, by0, bx1, by1)) continue;
    if (boxInTriangle(tris, o, bx0, by0, bx1, by1)) return whole;
    const tx0 = Math.min(tris[o] as number, tris[o + 2] as number, tris[o + 4] as number);
    const tx1 = Math.max(tris[o] as number, tris[o + 2] as number, tris[o + 4] as number);
    const ty0 = Math.min(tris[o + 1] as number, tris[o + 3] as number, tris[o + 5] as number);
    const ty1 = Math.max(tris[o + 1] as number, tris[o + 3] as number, tris[o + 5] as number);
    for (let k = featRing[i] as number; k < (featRing[i + 1] as number); k++) {
      const rx0 = rb[4 * k] as number,
        ry0 = rb[4 * k + 1] as number,
        rx1 = rb[4 * k + 2] as number,
        ry1 = rb[4 * k + 3] as number;
      if (rx0 > tx1 || rx1 < tx0 || ry0 > ty1 || ry1 < ty0) continue;
      if (k > (featRing[i] as number) && !boxMayMeetTriangle(tris, o, rx0, ry0, rx1, ry1)) continue;
      if (boxInTriangle(tris, o, rx0, ry0, rx1, ry1)) {
        sum += (ringSign[k] as number) * (ringAreas[k] as number);
        continue;
      }
      sum +=
        (ringSign[k] as number) *
        clipRingTriangle(
          coords,
          ringStart[k] as number,
          ringStart[k + 1] as number,
          tris,
          o,
          rx0,
          ry0,
          rx1,
          ry1
        );
    }
  }
  return Math.min(Math.max(sum, 0), whole);
}
