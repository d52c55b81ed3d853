/**
 * The non-zero union of region polygons in bounded work: self-intersecting rings (bow-ties,
 * stars, loops), holes crossing their shell and overlapping parts of a MultiPolygon become
 * simple polygons covering exactly what the input covers under the non-zero winding rule (a
 * point is inside a polygon when its shell winds around it and none of its holes does; the
 * region is the union of its polygons). Both lobes of a bow-tie count; overlapping parts count
 * once.
 *
 * How: every edge is split where it meets another (found with a flatbush of the edges), each
 * piece is kept as boundary when the region is inside on exactly one of its sides (the winding
 * numbers of the input rings at a point just left and just right of its middle, by a ray cast
 * against the indexed edges), and the kept pieces, oriented with the inside on their left, are
 * chained into rings (outer rings counter-clockwise, holes clockwise).
 *
 * The work is bounded: a region whose edges cross more than MAX_CROSSINGS times, or whose edge
 * boxes overlap so much that finding the crossings would take more than MAX_PAIR_TESTS tests, is
 * refused with a `RegionError` that says so (a 2,000-point star with a million crossings is
 * refused in milliseconds instead of running for minutes). Straight lines in lon/lat.
 */
import type { Position } from 'geojson';
import Flatbush from 'flatbush';
import { countText, regionError } from './region';

/** Most crossings a region may have to be repaired. */
export const MAX_CROSSINGS = 20_000;
/**
 * Edge parameters this close to an end (relative to the edge's length) are that end: a vertex
 * lying on another edge in the decimal coordinates of a link is found as a T-junction although
 * floating point puts it a hair beside it.
 */
const END = 1e-9;
const atEnd = (p: number) => (p < END ? 0 : p > 1 - END ? 1 : p);
/** Most edge pairs tested for crossings. */
export const MAX_PAIR_TESTS = 30_000_000;

const tooManyCrossings = () => regionError('region.crossings', { max: countText(MAX_CROSSINGS) });
const tooComplex = () => regionError('region.tangled', { max: countText(MAX_PAIR_TESTS) });

interface Edges {
  ax: Float64Array;
  ay: Float64Array;
  bx: Float64Array;
  by: Float64Array;
  ring: Int32Array;
  count: number;
}

/** Open rings without repeated consecutive points; ringPoly/ringHole per ring. */
function collect(polygons: Position[][][]) {
  const rings: number[][] = [];
  const ringPoly: number[] = [];
  const ringHole: boolean[] = [];
  polygons.forEach((poly, p) =>
    poly.forEach((ring, r) => {
      const flat: number[] = [];
      for (const q of ring) {
        const x = q[0] as number,
          y = q[1] as number;
        const n = flat.length;
        if (n >= 2 && flat[n - 2] === x && flat[n - 1] === y) continue;
        flat.push(x, y);
      }
      while (
        flat.length >= 4 &&
        flat[0] === flat[flat.length - 2] &&
        flat[1] === flat[flat.length - 1]
      )
        flat.length -= 2;
      if (flat.length < 6) return;
      rings.push(flat);
      ringPoly.push(p);
      ringHole.push(r > 0);
    })
  );
  let m = 0;
  for (const r of rings) m += r.length >> 1;
  const e: Edges = {
    ax: new Float64Array(m),
    ay: new Float64Array(m),
    bx: new Float64Array(m),
    by: new Float64Array(m),
    ring: new Int32Array(m),
    count: m
  };
  let k = 0;
  rings.forEach((r, ri) => {
    const n = r.length;
    for (let i = 0; i < n; i += 2) {
      const j = (i + 2) % n;
      e.ax[k] = r[i] as number;
      e.ay[k] = r[i + 1] as number;
      e.bx[k] = r[j] as number;
      e.by[k] = r[j + 1] as number;
      e.ring[k++] = ri;
    }
  });
  return { edges: e, ringPoly, ringHole, ringCount: rings.length };
}

interface Split {
  t: number;
  x: number;
  y: number;
}

/** Where edges meet: split points per edge (crossings, T-junctions, collinear overlaps). */
function findSplits(e: Edges, index: Flatbush): Split[][] {
  const splits: Split[][] = Array.from({ length: e.count }, () => []);
  let tests = 0;
  let crossings = 0;
  const { ax, ay, bx, by } = e;
  const param = (k: number, x: number, y: number) => {
    const dx = (bx[k] as number) - (ax[k] as number),
      dy = (by[k] as number) - (ay[k] as number);
    return Math.abs(dx) >= Math.abs(dy)
      ? (x - (ax[k] as number)) / dx
      : (y - (ay[k] as number)) / dy;
  };
  for (let a = 0; a < e.count; a++) {
    const x1 = ax[a] as number,
      y1 = ay[a] as number,
      x2 = bx[a] as number,
      y2 = by[a] as number;
    const hits = index.search(
      Math.min(x1, x2),
      Math.min(y1, y2),
      Math.max(x1, x2),
      Math.max(y1, y2)
    );
    tests += hits.length;
    if (tests > MAX_PAIR_TESTS) throw tooComplex();
    for (const b of hits) {
      if (b <= a) continue;
      const x3 = ax[b] as number,
        y3 = ay[b] as number,
        x4 = bx[b] as number,
        y4 = by[b] as number;
      const rx = x2 - x1,
        ry = y2 - y1,
        sx = x4 - x3,
        sy = y4 - y3;
      const d = rx * sy - ry * sx;
      const qx = x3 - x1,
        qy = y3 - y1;
      if (d !== 0) {
        let t = (qx * sy - qy * sx) / d;
        let u = (qx * ry - qy * rx) / d;
        if (t < -END || t > 1 + END || u < -END || u > 1 + END) continue;
        // An end point on the other edge (a T-junction, a spike folded back onto its edge) may
        // come out a rounding error beyond the end: it is that end point.
        t = atEnd(t);
        u = atEnd(u);
        const tIn = t > 0 && t < 1,
          uIn = u > 0 && u < 1;
        if (!tIn && !uIn) continue; // meet at a shared end point
        // The meeting point, exactly an end point where it is one (so pieces share nodes).
        let x: number, y: number;
        if (!tIn) [x, y] = t === 0 ? [x1, y1] : [x2, y2];
        else if (!uIn) [x, y] = u === 0 ? [x3, y3] : [x4, y4];
        else [x, y] = [x1 + t * rx, y1 + t * ry];
        if (tIn) splits[a]!.push({ t, x, y });
        if (uIn) splits[b]!.push({ t: u, x, y });
        if (tIn && uIn && ++crossings > MAX_CROSSINGS) throw tooManyCrossings();
      } else if (qx * ry - qy * rx === 0) {
        // Collinear: each end point lying inside the other edge splits it.
        for (const [k, px, py] of [
          [a, x3, y3],
          [a, x4, y4],
          [b, x1, y1],
          [b, x2, y2]
        ] as const) {
          const t = param(k, px, py);
          if (t > 0 && t < 1) splits[k]!.push({ t, x: px, y: py });
        }
      }
    }
  }
  return splits;
}

/** Winding numbers of all input rings at (px, py), by a ray to the east. */
function windings(
  e: Edges,
  index: Flatbush,
  ringCount: number,
  px: number,
  py: number
): Int32Array {
  const w = new Int32Array(ringCount);
  for (const k of index.search(px, py, Infinity, py)) {
    const x1 = e.ax[k] as number,
      y1 = e.ay[k] as number,
      x2 = e.bx[k] as number,
      y2 = e.by[k] as number;
    const side = (x2 - x1) * (py - y1) - (px - x1) * (y2 - y1);
    if (y1 <= py && y2 > py && side > 0) (w[e.ring[k] as number] as number)++;
    else if (y2 <= py && y1 > py && side < 0) (w[e.ring[k] as number] as number)--;
  }
  return w;
}

/** Signed area (shoelace) of a closed flat ring [x0, y0, …, x0, y0]. */
function ringArea(r: number[]): number {
  let s = 0;
  for (let i = 0; i + 3 < r.length; i += 2)
    s += (r[i] as number) * (r[i + 3] as number) - (r[i + 2] as number) * (r[i + 1] as number);
  return s / 2;
}

function pointInRing(r: number[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = r.length - 4; i < r.length - 2; j = i, i += 2) {
    const xi = r[i] as number,
      yi = r[i + 1] as number,
      xj = r[j] as number,
      yj = r[j + 1] as number;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function edgeIndex(e: Edges): Flatbush {
  const index = new Flatbush(Math.max(1, e.count));
  for (let k = 0; k < e.count; k++)
    index.add(
      Math.min(e.ax[k] as number, e.bx[k] as number),
      Math.min(e.ay[k] as number, e.by[k] as number),
      Math.max(e.ax[k] as number, e.bx[k] as number),
      Math.max(e.ay[k] as number, e.by[k] as number)
    );
  if (e.count === 0) index.add(0, 0, 0, 0);
  index.finish();
  return index;
}

/**
 * Throws the `RegionError` of `repairRegion` if the polygons cross too often to be repaired;
 * cheap for those that do (the first edges find the crossings). Run before densifying long
 * edges, which multiplies the work of a star whose edges span the region.
 */
export function checkRepairable(polygons: Position[][][]): void {
  const { edges } = collect(polygons);
  findSplits(edges, edgeIndex(edges));
}

/**
 * The non-zero union of `polygons` (lon/lat, closed rings) as simple polygons, outer rings
 * counter-clockwise and holes clockwise. Throws `RegionError` when the work would be unbounded.
 */
export function repairRegion(polygons: Position[][][]): Position[][][] {
  const { edges: e, ringPoly, ringHole, ringCount } = collect(polygons);
  if (e.count === 0) return [];
  const index = edgeIndex(e);
  const splits = findSplits(e, index);

  // Nodes by exact coordinates; pieces between consecutive points of each edge, once each.
  const nodeOf = new Map<number, Map<number, number>>();
  const nx: number[] = [];
  const ny: number[] = [];
  const node = (x: number, y: number) => {
    let column = nodeOf.get(x);
    if (!column) nodeOf.set(x, (column = new Map()));
    let id = column.get(y);
    if (id === undefined) {
      id = nx.length;
      column.set(y, id);
      nx.push(x);
      ny.push(y);
    }
    return id;
  };
  const pieceOf = new Map<number, number>();
  const from: number[] = [];
  const to: number[] = [];
  /** Per piece, the rings of the edges it lies on and their direction along it (±1). */
  const along: number[][] = [];
  for (let k = 0; k < e.count; k++) {
    const points = (splits[k] as Split[]).sort((p, q) => p.t - q.t);
    let prev = node(e.ax[k] as number, e.ay[k] as number);
    const ids = points.map((p) => node(p.x, p.y));
    ids.push(node(e.bx[k] as number, e.by[k] as number));
    for (const id of ids) {
      if (id === prev) continue;
      // Node ids stay far below 2^26 (the edge count is bounded), so the pair fits a number.
      const key = prev < id ? prev * 67108864 + id : id * 67108864 + prev;
      let piece = pieceOf.get(key);
      if (piece === undefined) {
        piece = from.length;
        pieceOf.set(key, piece);
        from.push(prev);
        to.push(id);
        along.push([]);
      }
      (along[piece] as number[]).push(e.ring[k] as number, from[piece] === prev ? 1 : -1);
      prev = id;
    }
  }

  // Inside of the union at a point: some polygon's shell winds around it and none of its holes.
  const polyCount = ringPoly.reduce((m, p) => Math.max(m, p + 1), 0);
  const shellIn = new Uint8Array(polyCount);
  const holeIn = new Uint8Array(polyCount);
  const inside = (w: Int32Array) => {
    shellIn.fill(0);
    holeIn.fill(0);
    for (let r = 0; r < ringCount; r++)
      if (w[r] !== 0) (ringHole[r] ? holeIn : shellIn)[ringPoly[r] as number] = 1;
    for (let p = 0; p < polyCount; p++) if (shellIn[p] && !holeIn[p]) return true;
    return false;
  };

  // Boundary pieces, directed with the inside on their left.
  const outgoing = new Map<number, number[]>();
  const pa: number[] = [];
  const pb: number[] = [];
  for (let i = 0; i < from.length; i++) {
    const u = from[i] as number,
      v = to[i] as number;
    const dx = (nx[v] as number) - (nx[u] as number),
      dy = (ny[v] as number) - (ny[u] as number);
    const len = Math.hypot(dx, dy);
    const mx = ((nx[u] as number) + (nx[v] as number)) / 2,
      my = ((ny[u] as number) + (ny[v] as number)) / 2;
    const eps = Math.max(len * 1e-6, Math.abs(mx) * 1e-13, Math.abs(my) * 1e-13);
    const ox = (-dy / len) * eps,
      oy = (dx / len) * eps;
    // Right of the piece by a ray cast; left of it, each ring it lies on winds once more (or
    // less, against its direction).
    const w = windings(e, index, ringCount, mx - ox, my - oy);
    const right = inside(w);
    const on = along[i] as number[];
    for (let k = 0; k < on.length; k += 2) (w[on[k] as number] as number) += on[k + 1] as number;
    const left = inside(w);
    if (left === right) continue;
    const [s, t] = left ? [u, v] : [v, u];
    const id = pa.length;
    pa.push(s);
    pb.push(t);
    const list = outgoing.get(s);
    if (list) list.push(id);
    else outgoing.set(s, [id]);
  }

  // Chain into rings; at a node with several ways on, the one turning furthest clockwise from
  // the way back keeps each ring to one face (rings touch at such nodes, never cross).
  const used = new Uint8Array(pa.length);
  const rings: number[][] = [];
  for (let start = 0; start < pa.length; start++) {
    if (used[start]) continue;
    const ring: number[] = [nx[pa[start] as number] as number, ny[pa[start] as number] as number];
    let cur = start;
    let closed = false;
    for (let steps = 0; steps <= pa.length; steps++) {
      used[cur] = 1;
      const v = pb[cur] as number;
      ring.push(nx[v] as number, ny[v] as number);
      if (v === pa[start]) {
        closed = true;
        break;
      }
      const next = (outgoing.get(v) ?? []).filter((id) => !used[id]);
      if (next.length === 0) break;
      if (next.length === 1) cur = next[0] as number;
      else {
        const u = pa[cur] as number;
        const back = Math.atan2(
          (ny[u] as number) - (ny[v] as number),
          (nx[u] as number) - (nx[v] as number)
        );
        let best = next[0] as number;
        let bestTurn = -Infinity;
        for (const id of next) {
          const w = pb[id] as number;
          const a = Math.atan2(
            (ny[w] as number) - (ny[v] as number),
            (nx[w] as number) - (nx[v] as number)
          );
          let turn = a - back;
          while (turn <= 0) turn += 2 * Math.PI;
          while (turn > 2 * Math.PI) turn -= 2 * Math.PI;
          if (turn > bestTurn) {
            bestTurn = turn;
            best = id;
          }
        }
        cur = best;
      }
    }
    if (closed && ring.length >= 8) rings.push(ring);
  }

  // Outer rings and holes; each hole goes to the smallest outer ring around it.
  const shells: { ring: number[]; area: number; holes: number[][] }[] = [];
  const holes: number[][] = [];
  for (const r of rings) {
    const a = ringArea(r);
    if (a > 0) shells.push({ ring: r, area: a, holes: [] });
    else if (a < 0) holes.push(r);
  }
  shells.sort((p, q) => p.area - q.area);
  const vertexKeys = shells.map((s) => {
    const keys = new Set<string>();
    for (let i = 0; i < s.ring.length; i += 2) keys.add(`${s.ring[i]},${s.ring[i + 1]}`);
    return keys;
  });
  for (const h of holes)
    shells.some((s, k) => {
      // A vertex of the hole not on the shell, or else the middle of its first edge.
      let px = ((h[0] as number) + (h[2] as number)) / 2;
      let py = ((h[1] as number) + (h[3] as number)) / 2;
      for (let i = 0; i < h.length - 2; i += 2)
        if (!(vertexKeys[k] as Set<string>).has(`${h[i]},${h[i + 1]}`)) {
          [px, py] = [h[i] as number, h[i + 1] as number];
          break;
        }
      if (!pointInRing(s.ring, px, py)) return false;
      s.holes.push(h);
      return true;
    });
  const toRing = (r: number[]): Position[] => {
    const out: Position[] = [];
    for (let i = 0; i < r.length; i += 2) out.push([r[i] as number, r[i + 1] as number]);
    return out;
  };
  return shells.map((s) => [toRing(s.ring), ...s.holes.map(toRing)]);
}
