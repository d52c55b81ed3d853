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

/**
 * Keeps the part of polygon `inp` (n vertices) left of the directed line a→b, writing to `out`.
 * Returns the number of output vertices.
 */
function clipHalfPlane(
  inp: Float64Array,
  n: number,
  out: Float64Array,
  ax: number,
  ay: number,
  bx: number,
  by: number
): number {
  const ex = bx - ax;
  const ey = by - ay;
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
        const t = pd / (pd - cd);
        out[m++] = px + t * (cx - px);
        out[m++] = py + t * (cy - py);
      }
      out[m++] = cx;
      out[m++] = cy;
    } else if (pd > 0) {
      const t = pd / (pd - cd);
      out[m++] = px + t * (cx - px);
      out[m++] = py + t * (cy - py);
    }
    px = cx;
    py = cy;
    pd = cd;
  }
  return m >> 1;
}

function shoelace(buf: Float64Array, n: number): number {
  if (n < 3) return 0;
  const x0 = buf[0] as number;
  const y0 = buf[1] as number;
  let sum = 0;
  for (let i = 1; i + 1 < n; i++) {
    const ax = (buf[2 * i] as number) - x0;
    const ay = (buf[2 * i + 1] as number) - y0;
    const bx = (buf[2 * i + 2] as number) - x0;
    const by = (buf[2 * i + 3] as number) - y0;
    sum += ax * by - bx * ay;
  }
  return sum / 2;
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
    const ax = tris[t + 2 * e] as number;
    const ay = tris[t + 2 * e + 1] as number;
    const bx = tris[t + ((2 * e + 2) % 6)] as number;
    const by = tris[t + ((2 * e + 3) % 6)] as number;
    const ex = bx - ax;
    const ey = by - ay;
    // The box corner furthest to the right of a→b; if even it is on the left, skip the pass.
    const cx = ey > 0 ? x1 : x0;
    const cy = ex > 0 ? y0 : y1;
    if (ex * (cy - ay) - ey * (cx - ax) >= 0) continue;
    k = clipHalfPlane(src, k, dst, ax, ay, bx, by);
    if (k < 3) return 0;
    const swap = src;
    src = dst;
    dst = swap;
  }
  return shoelace(src, k);
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
  for (let e = 0; e < 3; e++) {
    const ax = tris[t + 2 * e] as number;
    const ay = tris[t + 2 * e + 1] as number;
    const bx = tris[t + ((2 * e + 2) % 6)] as number;
    const by = tris[t + ((2 * e + 3) % 6)] as number;
    const ex = bx - ax;
    const ey = by - ay;
    // The box corner furthest to the left of a→b: maximise ex*(y-ay) - ey*(x-ax).
    const x = ey > 0 ? x0 : x1;
    const y = ex > 0 ? y1 : y0;
    if (ex * (y - ay) - ey * (x - ax) < 0) return false;
  }
  return true;
}
