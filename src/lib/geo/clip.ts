/**
 * Exact area of (ring ∩ triangle) by Sutherland–Hodgman clipping against a convex triangle.
 *
 * For a non-convex subject ring the clipped output may contain zero-width "bridges" along the
 * triangle's edges, but its signed shoelace area is still exactly the signed area of the
 * intersection: each half-plane clip keeps the part of the winding-number field on the inner
 * side. Summing over a triangulation of the region (triangles disjoint, covering it) gives
 * area(subject ∩ region) exactly; holes are clipped individually and subtract.
 *
 * Coordinates are flat [x0, y0, x1, y1, …] in metres (local LAEA frame), rings without the
 * closing duplicate. Scratch buffers are reused between calls (single-threaded use).
 */
import { signedRingArea } from './area';

let bufA = new Float64Array(1024);
let bufB = new Float64Array(1024);

function ensure(size: number) {
  if (bufA.length < size) {
    let n = bufA.length;
    while (n < size) n *= 2;
    bufA = new Float64Array(n);
    bufB = new Float64Array(n);
  }
}

/** Edge e of the triangle `tris[t … t+6)` as [ax, ay, ex, ey] (start, direction); reused buffer. */
const edge = new Float64Array(4);
function loadEdge(tris: Float64Array, t: number, e: number): Float64Array {
  const ax = tris[t + 2 * e] as number;
  const ay = tris[t + 2 * e + 1] as number;
  edge[0] = ax;
  edge[1] = ay;
  edge[2] = (tris[t + ((2 * e + 2) % 6)] as number) - ax;
  edge[3] = (tris[t + ((2 * e + 3) % 6)] as number) - ay;
  return edge;
}

/**
 * Keeps the part of polygon `inp` (n vertices) left of the directed `edge` (see loadEdge),
 * writing to `out`. Returns the number of output vertices.
 */
export function clipHalfPlane(
  inp: Float64Array,
  n: number,
  out: Float64Array,
  edge: Float64Array
): number {
  const ax = edge[0] as number;
  const ay = edge[1] as number;
  const ex = edge[2] as number;
  const ey = edge[3] as number;
  let m = 0;
  let px = inp[2 * n - 2] as number;
  let py = inp[2 * n - 1] as number;
  let pd = ex * (py - ay) - ey * (px - ax);
  for (let i = 0; i < n; i++) {
    const cx = inp[2 * i] as number;
    const cy = inp[2 * i + 1] as number;
    const cd = ex * (cy - ay) - ey * (cx - ax);
    if (cd >= 0) {
      if (pd < 0) {
        const f = pd / (pd - cd);
        out[m++] = px + f * (cx - px);
        out[m++] = py + f * (cy - py);
      }
      out[m++] = cx;
      out[m++] = cy;
    } else if (pd > 0) {
      const f = pd / (pd - cd);
      out[m++] = px + f * (cx - px);
      out[m++] = py + f * (cy - py);
    }
    px = cx;
    py = cy;
    pd = cd;
  }
  return m >> 1;
}

/**
 * Signed area of (ring ∩ triangle). The ring is `coords[start … end)` (flat, without closing
 * vertex) with bounding box (x0, y0, x1, y1); the triangle is `tris[t … t+6)`,
 * counter-clockwise. The sign is the ring's orientation (positive for counter-clockwise).
 * Half-planes that contain the ring's whole bounding box are skipped.
 */
export function clipRingTriangle(
  coords: Float64Array,
  start: number,
  end: number,
  tris: Float64Array,
  t: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number
): number {
  const n = (end - start) >> 1;
  if (n < 3) return 0;
  // Each pass at most doubles the vertex count (one crossing per input edge).
  ensure(2 * (8 * n + 16));
  let src = bufB;
  let dst = bufA;
  src.set(coords.subarray(start, end), 0);
  let k = n;
  for (let e = 0; e < 3; e++) {
    // If even the box corner furthest to the right of the edge is on its left, skip the pass.
    const ed = loadEdge(tris, t, e);
    if (boxCornerSide(ed, x0, y0, x1, y1, false) >= 0) continue;
    k = clipHalfPlane(src, k, dst, ed);
    if (k < 3) return 0;
    const swap = src;
    src = dst;
    dst = swap;
  }
  return signedRingArea(src, 0, 2 * k);
}

/** True if (x, y) lies inside or on the counter-clockwise triangle `tris[t … t+6)`. */
export function pointInTriangle(tris: Float64Array, t: number, x: number, y: number): boolean {
  const ax = tris[t] as number;
  const ay = tris[t + 1] as number;
  const bx = tris[t + 2] as number;
  const by = tris[t + 3] as number;
  const cx = tris[t + 4] as number;
  const cy = tris[t + 5] as number;
  return (
    (bx - ax) * (y - ay) - (by - ay) * (x - ax) >= 0 &&
    (cx - bx) * (y - by) - (cy - by) * (x - bx) >= 0 &&
    (ax - cx) * (y - cy) - (ay - cy) * (x - cx) >= 0
  );
}

/** True if the box (x0, y0, x1, y1) lies inside or on the counter-clockwise triangle. */
export function boxInTriangle(
  tris: Float64Array,
  t: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number
): boolean {
  return (
    pointInTriangle(tris, t, x0, y0) &&
    pointInTriangle(tris, t, x1, y0) &&
    pointInTriangle(tris, t, x1, y1) &&
    pointInTriangle(tris, t, x0, y1)
  );
}

/** True if segments p1–p2 and q1–q2 cross at a point interior to both (not just touching). */
export function segmentsCrossProperly(
  p1x: number,
  p1y: number,
  p2x: number,
  p2y: number,
  q1x: number,
  q1y: number,
  q2x: number,
  q2y: number
): boolean {
  const d1 = (q2x - q1x) * (p1y - q1y) - (q2y - q1y) * (p1x - q1x);
  const d2 = (q2x - q1x) * (p2y - q1y) - (q2y - q1y) * (p2x - q1x);
  const d3 = (p2x - p1x) * (q1y - p1y) - (p2y - p1y) * (q1x - p1x);
  const d4 = (p2x - p1x) * (q2y - p1y) - (p2y - p1y) * (q2x - p1x);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/**
 * Separating-axis test: false if the axis-aligned box lies wholly outside one edge of the
 * counter-clockwise triangle `tris[t … t+6)` (then ring ∩ triangle is empty for any ring in it).
 */
export function boxMayMeetTriangle(
  tris: Float64Array,
  t: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number
): boolean {
  for (let e = 0; e < 3; e++)
    if (boxCornerSide(loadEdge(tris, t, e), x0, y0, x1, y1, true) < 0) return false;
  return true;
}

/**
 * ex·(y − ay) − ey·(x − ax) for the directed `edge` (see loadEdge), at the corner of the box
 * furthest to the left of the edge (`left`) or furthest to its right: ≥ 0 is left of or on it.
 */
// Unpacks the edge as clipHalfPlane does: both read its four numbers once, outside their loops.
function boxCornerSide(
  edge: Float64Array,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  left: boolean
): number {
  const ax = edge[0] as number;
  const ay = edge[1] as number;
  const ex = edge[2] as number;
  const ey = edge[3] as number;
  // Furthest left: x0 when the edge points up, y1 when it points right; the opposite corner for right.
  const up = ey > 0;
  const rightwards = ex > 0;
  const x = up === left ? x0 : x1;
  const y = rightwards === left ? y1 : y0;
  return ex * (y - ay) - ey * (x - ax);
}
