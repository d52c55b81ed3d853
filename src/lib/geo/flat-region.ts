/**
 * One area of a flattened plan made into a clip region, straight from its projected rings (no
 * second projection, no boundary grid): its polygons as LocalPolygons, checked for what needs a
 * union first, triangulated (earcut) and its triangles indexed. The overlay uses it for every
 * area of the earlier plan; `null` means "take the general path" (PreparedRegion, with union).
 */
import Flatbush from 'flatbush';
import { signedRingArea } from './area';
import type { FlatPlan } from './flat-plan';
import { needsUnion, triangulate, type LocalPolygon } from './local-region';

export interface FlatRegion {
  tris: Float64Array;
  triIndex: Flatbush;
  /** Bbox of all triangles (local metres). */
  box: [number, number, number, number];
}

/** Ring k of `flat` without repeated points (as localRing in local-region.ts). */
function ringOf(flat: FlatPlan, k: number): Float64Array {
  const { coords, ringStart } = flat;
  const s = ringStart[k] as number,
    e = ringStart[k + 1] as number;
  const out = new Float64Array(e - s);
  let n = 0;
  for (let q = s; q < e; q += 2) {
    const x = coords[q] as number,
      y = coords[q + 1] as number;
    if (n >= 2 && out[n - 2] === x && out[n - 1] === y) continue;
    out[n++] = x;
    out[n++] = y;
  }
  if (n >= 4 && out[0] === out[n - 2] && out[1] === out[n - 1]) n -= 2;
  return out.subarray(0, n);
}

/** Feature i's polygons: each outer ring with the holes that follow it (degenerate parts left out). */
export function flatPolygons(flat: FlatPlan, i: number): LocalPolygon[] {
  const out: LocalPolygon[] = [];
  let current: LocalPolygon | null = null;
  for (let k = flat.featRing[i] as number; k < (flat.featRing[i + 1] as number); k++) {
    const a = flat.ringAreas[k] as number;
    const outer = (flat.ringSign[k] as number) * (a < 0 ? -1 : 1) === 1;
    const ring = ringOf(flat, k);
    if (outer) {
      current = null;
      if (ring.length < 6 || signedRingArea(ring) === 0) continue;
      const b = flat.ringBox;
      current = {
        rings: [ring],
        bbox: [
          b[4 * k] as number,
          b[4 * k + 1] as number,
          b[4 * k + 2] as number,
          b[4 * k + 3] as number
        ]
      };
      out.push(current);
    } else if (current && ring.length >= 6) current.rings.push(ring);
  }
  return out;
}

/** Feature i as a triangulated clip region, or null if it needs a union or earcut lost area. */
export function flatRegion(flat: FlatPlan, i: number): FlatRegion | null {
  const polys = flatPolygons(flat, i);
  if (polys.length === 0 || needsUnion(polys)) return null;
  const tri = triangulate(polys, false);
  if (!tri) return null;
  const tris = tri.tris;
  const nt = tris.length / 6;
  if (nt === 0) return null;
  const triIndex = new Flatbush(nt);
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let t = 0; t < nt; t++) {
    const o = 6 * t;
    const x0 = Math.min(tris[o] as number, tris[o + 2] as number, tris[o + 4] as number);
    const y0 = Math.min(tris[o + 1] as number, tris[o + 3] as number, tris[o + 5] as number);
    const x1 = Math.max(tris[o] as number, tris[o + 2] as number, tris[o + 4] as number);
    const y1 = Math.max(tris[o + 1] as number, tris[o + 3] as number, tris[o + 5] as number);
    triIndex.add(x0, y0, x1, y1);
    if (x0 < box[0]) box[0] = x0;
    if (y0 < box[1]) box[1] = y0;
    if (x1 > box[2]) box[2] = x1;
    if (y1 > box[3]) box[3] = y1;
  }
  triIndex.finish();
  return { tris, triIndex, box };
}

/** True if feature i of `a` and feature j of `b` have exactly the same rings (same frame). */
export function sameRings(a: FlatPlan, i: number, b: FlatPlan, j: number): boolean {
  const ka = a.featRing[i] as number,
    kb = b.featRing[j] as number;
  const n = (a.featRing[i + 1] as number) - ka;
  if (n !== (b.featRing[j + 1] as number) - kb) return false;
  for (let r = 0; r < n; r++) {
    const sa = a.ringStart[ka + r] as number,
      ea = a.ringStart[ka + r + 1] as number;
    const sb = b.ringStart[kb + r] as number;
    if (ea - sa !== (b.ringStart[kb + r + 1] as number) - sb) return false;
    for (let q = 0; q < ea - sa; q++) if (a.coords[sa + q] !== b.coords[sb + q]) return false;
  }
  return true;
}
