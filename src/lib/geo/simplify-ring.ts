/**
 * Simplifies a lon/lat ring to at most `max` vertices, keeping its shape (Douglas–Peucker by
 * priority: the vertex farthest from the current outline is added first, until `max`). Pure.
 * Used for a region in a link that has more vertices than the URL reader accepts.
 */
type Pt = [number, number];

interface Segment {
  from: number;
  to: number;
  /** Vertex between from and to farthest from the chord, and its distance. */
  at: number;
  dist: number;
}

/** Squared distance of p from segment a–b, in a plane scaled by cos(latitude). */
function dist2(p: Pt, a: Pt, b: Pt, kx: number): number {
  const ax = a[0] * kx,
    ay = a[1],
    dx = b[0] * kx - ax,
    dy = b[1] - ay;
  const px = p[0] * kx - ax,
    py = p[1] - ay;
  const l2 = dx * dx + dy * dy;
  const t = l2 > 0 ? Math.max(0, Math.min(1, (px * dx + py * dy) / l2)) : 0;
  const ex = px - t * dx,
    ey = py - t * dy;
  return ex * ex + ey * ey;
}

function segment(pts: readonly Pt[], from: number, to: number, kx: number): Segment {
  let at = -1;
  let dist = -1;
  const n = pts.length;
  const a = pts[from % n] as Pt;
  const b = pts[to % n] as Pt;
  for (let i = from + 1; i < to; i++) {
    const d = dist2(pts[i % n] as Pt, a, b, kx);
    if (d > dist) {
      dist = d;
      at = i;
    }
  }
  return { from, to, at, dist };
}

/** A binary max-heap of segments by `dist`. */
class Heap {
  private items: Segment[] = [];
  get size() {
    return this.items.length;
  }
  push(s: Segment) {
    const h = this.items;
    h.push(s);
    for (let i = h.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if ((h[p] as Segment).dist >= s.dist) break;
      h[i] = h[p] as Segment;
      h[p] = s;
      i = p;
    }
  }
  pop(): Segment {
    const h = this.items;
    const top = h[0] as Segment;
    const last = h.pop() as Segment;
    if (h.length > 0) {
      h[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1,
          r = l + 1;
        let m = i;
        if (l < h.length && (h[l] as Segment).dist > (h[m] as Segment).dist) m = l;
        if (r < h.length && (h[r] as Segment).dist > (h[m] as Segment).dist) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m] as Segment, h[i] as Segment];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Points kept before the shape-preserving step: every k-th vertex of a very long ring, so that
 * the work stays bounded (about `max` × 10 × `max` distance tests at worst).
 */
const PRE_FACTOR = 10;

/**
 * The ring with at most `max` positions (max ≥ 4; the closing position counts), closed if
 * the input was closed.
 * Returns the input's vertices, in order; a ring already small enough is returned as a copy.
 */
export function simplifyRing(ring: readonly Pt[], max: number): Pt[] {
  const last = ring[ring.length - 1];
  const closed =
    ring.length > 1 && last !== undefined && last[0] === ring[0]?.[0] && last[1] === ring[0]?.[1];
  let pts: Pt[] = (closed ? ring.slice(0, -1) : ring.slice()) as Pt[];
  max = closed ? max - 1 : max;
  if (pts.length > max) {
    const step = Math.ceil(pts.length / (PRE_FACTOR * max));
    if (step > 1) pts = pts.filter((_, i) => i % step === 0);
  }
  const n = pts.length;
  if (n > max) {
    const lat = pts.reduce((s, p) => s + p[1], 0) / n;
    const kx = Math.cos((lat * Math.PI) / 180);
    // Two anchors: vertex 0 and the vertex farthest from it; the ring is two chains between them.
    let far = 1;
    for (let i = 1; i < n; i++)
      if (
        dist2(pts[i] as Pt, pts[0] as Pt, pts[0] as Pt, kx) >
        dist2(pts[far] as Pt, pts[0] as Pt, pts[0] as Pt, kx)
      )
        far = i;
    const keep = new Uint8Array(n);
    keep[0] = keep[far] = 1;
    let kept = 2;
    const heap = new Heap();
    heap.push(segment(pts, 0, far, kx));
    heap.push(segment(pts, far, n, kx));
    while (kept < max && heap.size > 0) {
      const s = heap.pop();
      if (s.at < 0) continue;
      keep[s.at % n] = 1;
      kept++;
      heap.push(segment(pts, s.from, s.at, kx));
      heap.push(segment(pts, s.at, s.to, kx));
    }
    pts = pts.filter((_, i) => keep[i] === 1);
  }
  if (closed) pts.push([(pts[0] as Pt)[0], (pts[0] as Pt)[1]]);
  return pts;
}
