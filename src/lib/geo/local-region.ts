/**
 * A region's polygons in a plan index's local LAEA frame, ready for triangulation: projected,
 * checked for what needs a union first (crossing edges, nested parts), and cut into triangles.
 */
import type { Position } from 'geojson';
import earcut, { refine } from 'earcut';
import Flatbush from 'flatbush';
import { projectRing, signedRingArea } from './area';
import { segmentsCrossProperly } from './clip';
import { pointInFlatRings } from './point-in-ring';

/** A ring in local metres, flat [x, y, …], without closing vertex and repeated points. */
function localRing(ring: Position[], ox: number, oy: number): Float64Array {
  const flat = projectRing(ring);
  const out: number[] = [];
  for (let i = 0; i < flat.length; i += 2) {
    const x = (flat[i] as number) - ox;
    const y = (flat[i + 1] as number) - oy;
    const n = out.length;
    if (n >= 2 && out[n - 2] === x && out[n - 1] === y) continue;
    out.push(x, y);
  }
  if (out.length >= 4 && out[0] === out[out.length - 2] && out[1] === out[out.length - 1])
    out.length -= 2;
  return Float64Array.from(out);
}

/** Below this many edges a sort-and-sweep in x beats building a flatbush index of the edges. */
const SWEEP_EDGES = 512;

/** True if any two edges of the rings cross properly (bow-ties, holes crossing shells, overlaps). */
function hasCrossings(rings: Float64Array[]): boolean {
  let m = 0;
  for (const r of rings) m += r.length >> 1;
  if (m < 4) return false;
  const edges = new Float64Array(4 * m);
  let k = 0;
  for (const r of rings) {
    const n = r.length;
    for (let i = 0; i < n; i += 2) {
      const j = (i + 2) % n;
      edges[k++] = r[i] as number;
      edges[k++] = r[i + 1] as number;
      edges[k++] = r[j] as number;
      edges[k++] = r[j + 1] as number;
    }
  }
  const crosses = (e: number, f: number) =>
    segmentsCrossProperly(
      edges[4 * e] as number,
      edges[4 * e + 1] as number,
      edges[4 * e + 2] as number,
      edges[4 * e + 3] as number,
      edges[4 * f] as number,
      edges[4 * f + 1] as number,
      edges[4 * f + 2] as number,
      edges[4 * f + 3] as number
    );
  const x0 = (e: number) => Math.min(edges[4 * e] as number, edges[4 * e + 2] as number);
  const x1 = (e: number) => Math.max(edges[4 * e] as number, edges[4 * e + 2] as number);
  const y0 = (e: number) => Math.min(edges[4 * e + 1] as number, edges[4 * e + 3] as number);
  const y1 = (e: number) => Math.max(edges[4 * e + 1] as number, edges[4 * e + 3] as number);
  if (m < SWEEP_EDGES) {
    const order = Array.from({ length: m }, (_, e) => e).sort((a, b) => x0(a) - x0(b));
    for (let a = 0; a < m; a++) {
      const e = order[a] as number;
      const right = x1(e);
      for (let b = a + 1; b < m; b++) {
        const f = order[b] as number;
        if (x0(f) > right) break;
        if (y0(f) > y1(e) || y1(f) < y0(e)) continue;
        if (crosses(e, f)) return true;
      }
    }
    return false;
  }
  const index = new Flatbush(m);
  for (let e = 0; e < m; e++) index.add(x0(e), y0(e), x1(e), y1(e));
  index.finish();
  for (let e = 0; e < m; e++)
    for (const f of index.search(x0(e), y0(e), x1(e), y1(e)))
      if (f > e && crosses(e, f)) return true;
  return false;
}

export interface LocalPolygon {
  rings: Float64Array[];
  bbox: [number, number, number, number];
}

export function localPolygons(polygons: Position[][][], ox: number, oy: number): LocalPolygon[] {
  const out: LocalPolygon[] = [];
  for (const p of polygons) {
    const rings = p.map((r) => localRing(r, ox, oy)).filter((r) => r.length >= 6);
    const outer = rings[0];
    if (!outer || signedRingArea(outer) === 0) continue;
    const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < outer.length; i += 2) {
      bbox[0] = Math.min(bbox[0], outer[i] as number);
      bbox[1] = Math.min(bbox[1], outer[i + 1] as number);
      bbox[2] = Math.max(bbox[2], outer[i] as number);
      bbox[3] = Math.max(bbox[3], outer[i + 1] as number);
    }
    out.push({ rings, bbox });
  }
  return out;
}

/**
 * True if a vertex occurs twice in the rings (a ring going round twice, a figure eight touching
 * itself, parts sharing a corner): without crossings, earcut would count a doubled ring twice.
 */
function hasRepeatedVertex(rings: Float64Array[]): boolean {
  const seen = new Map<number, number | Set<number>>();
  for (const r of rings)
    for (let i = 0; i < r.length; i += 2) {
      const x = r[i] as number,
        y = r[i + 1] as number;
      const ys = seen.get(x);
      if (ys === undefined) seen.set(x, y);
      else if (typeof ys === 'number') {
        if (ys === y) return true;
        seen.set(x, new Set([ys, y]));
      } else if (ys.has(y)) return true;
      else ys.add(y);
    }
  return false;
}

/**
 * Needs resolving by union: crossings, a vertex visited twice, or one part of a MultiPolygon
 * inside another.
 */
export function needsUnion(polys: LocalPolygon[]): boolean {
  const rings = polys.flatMap((p) => p.rings);
  if (hasCrossings(rings) || hasRepeatedVertex(rings)) return true;
  for (let a = 0; a < polys.length; a++)
    for (let b = 0; b < polys.length; b++) {
      const A = polys[a] as LocalPolygon,
        B = polys[b] as LocalPolygon;
      if (
        a === b ||
        A.bbox[0] > B.bbox[2] ||
        A.bbox[2] < B.bbox[0] ||
        A.bbox[1] > B.bbox[3] ||
        A.bbox[3] < B.bbox[1]
      )
        continue;
      const outer = A.rings[0] as Float64Array;
      // A vertex of A strictly inside B's outer ring (both have no crossings, so A overlaps B).
      if (pointInFlatRings(outer[0] as number, outer[1] as number, [B.rings[0] as Float64Array]))
        return true;
    }
  return false;
}

/**
 * Triangles (flat, 6 per triangle, counter-clockwise) and their total area; null if earcut lost
 * area. `refined` flips towards Delaunay (worth it for a region queried against many small
 * features; the overlay, clipping areas of similar size, does without).
 */
export function triangulate(
  polys: LocalPolygon[],
  refined = true
): { tris: Float64Array; area: number } | null {
  const out: number[] = [];
  let area = 0;
  let expected = 0;
  for (const p of polys) {
    const data: number[] = [];
    const holes: number[] = [];
    p.rings.forEach((r, i) => {
      if (i > 0) holes.push(data.length / 2);
      for (const v of r) data.push(v);
      expected += i === 0 ? Math.abs(signedRingArea(r)) : -Math.abs(signedRingArea(r));
    });
    const idx = earcut(data, holes);
    // Lawson flips towards Delaunay: fewer slivers, so fewer triangles meet each feature.
    if (refined) refine(idx, data);
    for (let t = 0; t < idx.length; t += 3) {
      const a = idx[t] as number,
        b = idx[t + 1] as number,
        c = idx[t + 2] as number;
      const ax = data[2 * a] as number,
        ay = data[2 * a + 1] as number;
      let bx = data[2 * b] as number,
        by = data[2 * b + 1] as number;
      let cx = data[2 * c] as number,
        cy = data[2 * c + 1] as number;
      const cross = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
      if (cross === 0) continue;
      if (cross < 0) [bx, by, cx, cy] = [cx, cy, bx, by];
      out.push(ax, ay, bx, by, cx, cy);
      area += Math.abs(cross) / 2;
    }
  }
  if (Math.abs(area - expected) > 1e-9 * Math.max(1, Math.abs(expected))) return null;
  return { tris: Float64Array.from(out), area };
}
