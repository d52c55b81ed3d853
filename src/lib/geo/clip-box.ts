/**
 * Clipping a feature against a triangulated region that is no larger than the feature (one
 * plan's area against another's, in the overlay): each ring is first cut to the region's bbox
 * (four Sutherland–Hodgman passes against axis lines, clip.ts's half-plane clip; the triangles lie inside that box, so
 * ring ∩ triangle is unchanged), which leaves on average a quarter of the ring's vertices for
 * the many triangle clips that follow.
 */
import type Flatbush from 'flatbush';
import { signedRingArea } from './area';
import { boxInTriangle, boxMayMeetTriangle, clipHalfPlane, clipRingTriangle } from './clip';
import type { FlatPlan } from './flat-plan';

type Box = [number, number, number, number];

/** Scratch rings for the four passes (single-threaded use, like clip.ts). */
let scratch = [new Float64Array(1024), new Float64Array(1024)];

/** The directed edge (clip.ts) whose left side is coordinate `axis` ≥ v (`sign` 1) or ≤ v (−1). */
const axisEdge = (axis: 0 | 1, v: number, sign: number): Float64Array =>
  Float64Array.of(
    axis === 0 ? v : 0,
    axis === 1 ? v : 0,
    axis === 1 ? sign : 0,
    axis === 0 ? -sign : 0
  );

/**
 * Ring (flat) cut to `box`, given the ring's own bbox `rb` (sides already inside are skipped).
 * The result is a view of a scratch buffer, valid until the next call.
 */
function ringInBox(ring: Float64Array, rb: Box, box: Box): Float64Array {
  // Each pass at most doubles the vertices (one crossing per input edge): 16× after four.
  const need = 16 * ring.length + 64;
  if ((scratch[0] as Float64Array).length < need)
    scratch = [new Float64Array(need), new Float64Array(need)];
  let r = ring;
  let len = ring.length;
  let next = 0;
  const pass = (axis: 0 | 1, v: number, sign: number) => {
    if (len < 6) return;
    const out = scratch[next] as Float64Array;
    len = 2 * clipHalfPlane(r, len >> 1, out, axisEdge(axis, v, sign));
    r = out;
    next = 1 - next;
  };
  if (rb[0] < box[0]) pass(0, box[0], 1);
  if (rb[2] > box[2]) pass(0, box[2], -1);
  if (rb[1] < box[1]) pass(1, box[1], 1);
  if (rb[3] > box[3]) pass(1, box[3], -1);
  return r.subarray(0, len);
}

function ringBox(r: Float64Array): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (let q = 0; q < r.length; q += 2) {
    const x = r[q] as number,
      y = r[q + 1] as number;
    if (x < b[0]) b[0] = x;
    if (x > b[2]) b[2] = x;
    if (y < b[1]) b[1] = y;
    if (y > b[3]) b[3] = y;
  }
  return b;
}

/**
 * Area (m²) of feature i of `flat` inside the triangles `tris` (indexed by `triIndex`, all
 * within `box`), clamped to [0, whole]; `whole` when the feature's bbox lies inside a single
 * triangle. Equals `clipFeatureArea` (clip-feature.ts) up to floating-point rounding.
 */
export function clipFeatureAreaInBox(
  flat: FlatPlan,
  i: number,
  tris: Float64Array,
  triIndex: Flatbush,
  whole: number,
  box: Box
): number {
  const b = flat.boxes;
  const fb: Box = [
    b[4 * i] as number,
    b[4 * i + 1] as number,
    b[4 * i + 2] as number,
    b[4 * i + 3] as number
  ];
  const { coords, ringStart, featRing, ringSign, ringAreas, ringBox: rbs } = flat;
  // Only a feature whose bbox lies in the region's box can lie in one triangle.
  if (fb[0] >= box[0] && fb[1] >= box[1] && fb[2] <= box[2] && fb[3] <= box[3])
    for (const t of triIndex.search(fb[0], fb[1], fb[2], fb[3]))
      if (
        boxMayMeetTriangle(tris, 6 * t, fb[0], fb[1], fb[2], fb[3]) &&
        boxInTriangle(tris, 6 * t, fb[0], fb[1], fb[2], fb[3])
      )
        return whole;
  let sum = 0;
  for (let k = featRing[i] as number; k < (featRing[i + 1] as number); k++) {
    let rb: Box = [
      rbs[4 * k] as number,
      rbs[4 * k + 1] as number,
      rbs[4 * k + 2] as number,
      rbs[4 * k + 3] as number
    ];
    if (rb[0] >= box[2] || rb[2] <= box[0] || rb[1] >= box[3] || rb[3] <= box[1]) continue;
    let ring = coords.subarray(ringStart[k] as number, ringStart[k + 1] as number);
    let own = ringAreas[k] as number;
    if (rb[0] < box[0] || rb[1] < box[1] || rb[2] > box[2] || rb[3] > box[3]) {
      ring = ringInBox(ring, rb, box);
      if (ring.length < 6) continue;
      rb = ringBox(ring);
      own = signedRingArea(ring);
    }
    let part = 0;
    for (const t of triIndex.search(rb[0], rb[1], rb[2], rb[3])) {
      const o = 6 * t;
      if (!boxMayMeetTriangle(tris, o, rb[0], rb[1], rb[2], rb[3])) continue;
      if (boxInTriangle(tris, o, rb[0], rb[1], rb[2], rb[3])) {
        part = own;
        break;
      }
      part += clipRingTriangle(ring, 0, ring.length, tris, o, rb[0], rb[1], rb[2], rb[3]);
    }
    sum += (ringSign[k] as number) * part;
  }
  return Math.min(Math.max(sum, 0), whole);
}
