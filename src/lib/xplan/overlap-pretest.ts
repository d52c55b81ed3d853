/**
 * Cheap exact-enough pre-test, so that the expensive polygon clipping of the Flächenschluss
 * check runs only for pairs whose interiors may overlap. In a clean Flächenschluss neighbours
 * share edges and vertices exactly, and this test says "no" for them. Coordinates in EPSG:3035,
 * compact (see compact.ts), so that the check needs no nested copy of the plan.
 */
import { forEachRing, type CompactGeometry } from './compact';

/** Polygons in EPSG:3035 as compact geometry (flat x, y; ring and polygon ends). */
export type Polys = CompactGeometry;
export type Box = [number, number, number, number];

/** Tolerance in metres. */
const EPS = 0.001;

function distToSegment(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number
): number {
  const dx = bx - ax,
    dy = by - ay;
  const l2 = dx * dx + dy * dy;
  let t = l2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / l2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * The edges of a polygon set sorted into horizontal slabs (each edge into every slab its
 * y-range, widened by 2·EPS, meets): a point or box is compared with the edges of its slabs
 * only, not with all edges of the set, and the answers are those of a scan over all edges.
 * Edge `e` runs from `coords[from[e]]` to `coords[to[e]]`; the closing edge of a ring that
 * does not end where it starts is marked `closing` (it counts for point-in-polygon, as in a
 * scan of the ring, but is not an edge of the ring as written).
 */
export class EdgeSlabs {
  readonly from: Uint32Array;
  readonly to: Uint32Array;
  readonly poly: Uint32Array;
  readonly closing: Uint8Array;
  /** First slab of each edge (an edge in several slabs is visited in the first one asked). */
  private readonly first: Uint32Array;
  /** Edges of slab s: slabEdges[slabStart[s] … slabStart[s + 1]). */
  private readonly slabStart: Uint32Array;
  private readonly slabEdges: Uint32Array;
  private readonly y0: number;
  private readonly height: number;
  private readonly slabs: number;
  /** Per polygon while one point is tested: crossing parity and nearness (reset after). */
  private readonly inside: Uint8Array;
  private readonly near: Uint8Array;
  /** Polygons whose parity or nearness one point's test changed (reused: no array per point). */
  private readonly touched: number[] = [];

  constructor(readonly polys: Polys) {
    const c = polys.coords;
    const closed = (start: number, end: number) =>
      c[start] === c[end - 2] && c[start + 1] === c[end - 1];
    let n = 0;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (let p = 0; p < polys.polyEnds.length; p++)
      forEachRing(polys, p, (start, end) => {
        for (let i = start + 1; i < end; i += 2) {
          const y = c[i] as number;
          if (y < y0) y0 = y;
          if (y > y1) y1 = y;
        }
        if (end - start < 4) return;
        n += (end - start) / 2 - 1 + (closed(start, end) ? 0 : 1);
      });
    this.from = new Uint32Array(n);
    this.to = new Uint32Array(n);
    this.poly = new Uint32Array(n);
    this.closing = new Uint8Array(n);
    this.first = new Uint32Array(n);
    this.inside = new Uint8Array(polys.polyEnds.length);
    this.near = new Uint8Array(polys.polyEnds.length);
    let e = 0;
    for (let p = 0; p < polys.polyEnds.length; p++)
      forEachRing(polys, p, (start, end) => {
        if (end - start < 4) return;
        for (let i = start; i + 3 < end; i += 2) {
          this.from[e] = i;
          this.to[e] = i + 2;
          this.poly[e++] = p;
        }
        if (!closed(start, end)) {
          this.from[e] = end - 2;
          this.to[e] = start;
          this.poly[e] = p;
          this.closing[e++] = 1;
        }
      });
    this.y0 = n > 0 ? y0 : 0;
    const span = n > 0 ? y1 - y0 : 0;
    this.slabs = span > 0 ? Math.max(1, Math.min(n >> 1, 1 << 16)) : 1;
    this.height = span > 0 ? span / this.slabs : 1;
    const last = new Uint32Array(n);
    const count = new Uint32Array(this.slabs + 1);
    for (let k = 0; k < n; k++) {
      const ay = c[(this.from[k] as number) + 1] as number;
      const by = c[(this.to[k] as number) + 1] as number;
      const s0 = this.slabOf(Math.min(ay, by) - 2 * EPS);
      const s1 = this.slabOf(Math.max(ay, by) + 2 * EPS);
      this.first[k] = s0;
      last[k] = s1;
      for (let s = s0; s <= s1; s++) count[s + 1] = (count[s + 1] as number) + 1;
    }
    for (let s = 0; s < this.slabs; s++)
      count[s + 1] = (count[s + 1] as number) + (count[s] as number);
    this.slabStart = count.slice();
    this.slabEdges = new Uint32Array(count[this.slabs] as number);
    for (let k = 0; k < n; k++)
      for (let s = this.first[k] as number; s <= (last[k] as number); s++)
        this.slabEdges[(count[s] = (count[s] as number) + 1) - 1] = k;
  }

  private slabOf(y: number): number {
    const s = Math.floor((y - this.y0) / this.height);
    return s < 0 ? 0 : s >= this.slabs ? this.slabs - 1 : s;
  }

  /**
   * Strictly inside (farther than EPS from the boundary) one of the polygons; the point's box
   * test is the caller's.
   */
  strictlyInside(px: number, py: number): boolean {
    const { from, to, poly, inside, near, slabEdges } = this;
    const c = this.polys.coords;
    const s = this.slabOf(py);
    const touched = this.touched;
    touched.length = 0;
    for (let k = this.slabStart[s] as number, end = this.slabStart[s + 1] as number; k < end; k++) {
      const e = slabEdges[k] as number;
      // As in a scan of the ring: a is the later vertex, b the earlier one.
      const ax = c[to[e] as number] as number,
        ay = c[(to[e] as number) + 1] as number,
        bx = c[from[e] as number] as number,
        by = c[(from[e] as number) + 1] as number;
      const p = poly[e] as number;
      if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) {
        inside[p] = (inside[p] as number) ^ 1;
        touched.push(p);
      }
      if (
        Math.min(ax, bx) - EPS <= px &&
        px <= Math.max(ax, bx) + EPS &&
        Math.min(ay, by) - EPS <= py &&
        py <= Math.max(ay, by) + EPS &&
        distToSegment(px, py, ax, ay, bx, by) <= EPS
      ) {
        near[p] = 1;
        touched.push(p);
      }
    }
    let found = false;
    for (const p of touched) if (inside[p] && !near[p]) found = true;
    for (const p of touched) inside[p] = near[p] = 0;
    return found;
  }

  /** Calls `visit` for each edge (not a closing one) whose box meets `box`, until it returns true. */
  someEdgeNear(
    box: Box,
    visit: (ax: number, ay: number, bx: number, by: number) => boolean
  ): boolean {
    const c = this.polys.coords;
    const { from, to, first, closing, slabEdges } = this;
    const s0 = this.slabOf(box[1]);
    const s1 = this.slabOf(box[3]);
    for (let s = s0; s <= s1; s++)
      for (
        let k = this.slabStart[s] as number, end = this.slabStart[s + 1] as number;
        k < end;
        k++
      ) {
        const e = slabEdges[k] as number;
        // an edge in several slabs: only in the first one of the range asked
        if (Math.max(first[e] as number, s0) !== s || closing[e]) continue;
        const ax = c[from[e] as number] as number,
          ay = c[(from[e] as number) + 1] as number,
          bx = c[to[e] as number] as number,
          by = c[(to[e] as number) + 1] as number;
        if (
          Math.max(ax, bx) < box[0] ||
          Math.min(ax, bx) > box[2] ||
          Math.max(ay, by) < box[1] ||
          Math.min(ay, by) > box[3]
        )
          continue;
        if (visit(ax, ay, bx, by)) return true;
      }
    return false;
  }
}

/** Strictly inside (farther than EPS from the boundary) a set of polygons with box `box`. */
function strictlyInside(px: number, py: number, slabs: EdgeSlabs, box: Box): boolean {
  if (px <= box[0] || px >= box[2] || py <= box[1] || py >= box[3]) return false;
  return slabs.strictlyInside(px, py);
}

function properCrossing(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number
): boolean {
  const lab = Math.hypot(bx - ax, by - ay);
  const lcd = Math.hypot(dx - cx, dy - cy);
  if (lab === 0 || lcd === 0) return false;
  const d1 = ((bx - ax) * (cy - ay) - (by - ay) * (cx - ax)) / lab;
  const d2 = ((bx - ax) * (dy - ay) - (by - ay) * (dx - ax)) / lab;
  if (!((d1 > EPS && d2 < -EPS) || (d1 < -EPS && d2 > EPS))) return false;
  const d3 = ((dx - cx) * (ay - cy) - (dy - cy) * (ax - cx)) / lcd;
  const d4 = ((dx - cx) * (by - cy) - (dy - cy) * (bx - cx)) / lcd;
  return (d3 > EPS && d4 < -EPS) || (d3 < -EPS && d4 > EPS);
}

/** Test points of a polygon set: its vertices and points just left of each edge's midpoint. */
function probes(slabs: EdgeSlabs, box: Box, visit: (x: number, y: number) => boolean): boolean {
  return slabs.someEdgeNear(box, (ax, ay, bx, by) => {
    if (visit(ax, ay)) return true;
    const len = Math.hypot(bx - ax, by - ay);
    if (len <= 20 * EPS) return false;
    // exterior rings are counter-clockwise, holes clockwise: the polygon lies to the left
    const off = (5 * EPS) / len;
    return visit((ax + bx) / 2 - (by - ay) * off, (ay + by) / 2 + (bx - ax) * off);
  });
}

/**
 * False only if the interiors of the two polygon sets (with bounding boxes ba, bb) are disjoint.
 * `sa`, `sb`: their edge slabs, where the caller keeps them (made here otherwise).
 */
export function interiorsMayOverlap(
  pa: Polys,
  pb: Polys,
  ba: Box,
  bb: Box,
  sa: EdgeSlabs = new EdgeSlabs(pa),
  sb: EdgeSlabs = new EdgeSlabs(pb)
): boolean {
  if (probes(sa, bb, (x, y) => strictlyInside(x, y, sb, bb))) return true;
  if (probes(sb, ba, (x, y) => strictlyInside(x, y, sa, ba))) return true;
  return sa.someEdgeNear(bb, (ax, ay, bx, by) =>
    sb.someEdgeNear(
      [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)],
      (cx, cy, dx, dy) => properCrossing(ax, ay, bx, by, cx, cy, dx, dy)
    )
  );
}
