/**
 * Limits and clipping that keep every region query right or refused, never silently wrong:
 * - a region is clipped to the plan's extent (in lon/lat, before any projection), so a region
 *   much larger than the plan — a hemisphere — gives the whole plan's balance instead of
 *   projecting a continent into the plan's local frame;
 * - an edge spanning more than 180° of longitude (a region crossing the antimeridian) is refused;
 * - more than MAX_REGION_VERTICES positions are refused before any work (answers in
 *   milliseconds instead of minutes).
 */
import type { Position } from 'geojson';
import { densifyRing } from './area';
import type { BBox } from './bounds';

/** Most positions a region may have (all rings together). */
export const MAX_REGION_VERTICES = 50_000;

/** Edges of clipped regions follow the geodesic in steps of this many degrees. */
const CLIP_STEP_DEG = 0.05;

export function countPositions(polygons: unknown[]): number {
  let n = 0;
  for (const p of polygons)
    if (Array.isArray(p)) for (const r of p) if (Array.isArray(r)) n += r.length;
  return n;
}

/** True if some edge jumps more than 180° in longitude (read as crossing the antimeridian). */
export function crossesAntimeridian(polygons: Position[][][]): boolean {
  for (const p of polygons)
    for (const r of p)
      for (let i = 1; i < r.length; i++)
        if (Math.abs((r[i]![0] as number) - (r[i - 1]![0] as number)) > 180) return true;
  return false;
}

export function polygonsBox(polygons: Position[][][]): BBox {
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of polygons)
    for (const q of p[0] ?? []) {
      const x = q[0] as number,
        y = q[1] as number;
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    }
  return b;
}

export const boxInside = (a: BBox, b: BBox) =>
  a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3];

/** Sutherland–Hodgman of one ring (lon/lat) against one side of a box. */
function clipSide(
  ring: Position[],
  inside: (p: Position) => boolean,
  cut: (a: Position, b: Position) => Position
): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[(i + 1) % ring.length] as Position;
    const ia = inside(a),
      ib = inside(b);
    if (ia) out.push(a);
    if (ia !== ib) out.push(cut(a, b));
  }
  return out;
}

function clipRing(ring: Position[], [w, s, e, n]: BBox): Position[] {
  let r = ring.slice(0, -1);
  const atX = (a: Position, b: Position, x: number): Position => {
    const t = (x - (a[0] as number)) / ((b[0] as number) - (a[0] as number));
    return [x, (a[1] as number) + t * ((b[1] as number) - (a[1] as number))];
  };
  const atY = (a: Position, b: Position, y: number): Position => {
    const t = (y - (a[1] as number)) / ((b[1] as number) - (a[1] as number));
    return [(a[0] as number) + t * ((b[0] as number) - (a[0] as number)), y];
  };
  // One Sutherland–Hodgman pass per side of the box: four alike calls.
  r = clipSide(
    r,
    (p) => (p[0] as number) >= w,
    (a, b) => atX(a, b, w)
  );
  r = clipSide(
    r,
    (p) => (p[0] as number) <= e,
    (a, b) => atX(a, b, e)
  );
  r = clipSide(
    r,
    (p) => (p[1] as number) >= s,
    (a, b) => atY(a, b, s)
  );
  r = clipSide(
    r,
    (p) => (p[1] as number) <= n,
    (a, b) => atY(a, b, n)
  );
  if (r.length < 3) return [];
  return [...r, r[0] as Position];
}

/**
 * The region's polygons clipped to `box` (lon/lat). Long edges are first densified along the
 * geodesic, so the clipped outline is where the region's edges really run.
 */
export function clipToBox(polygons: Position[][][], box: BBox): Position[][][] {
  const out: Position[][][] = [];
  for (const p of polygons) {
    const outer = clipRing(densifyRing(p[0] ?? [], CLIP_STEP_DEG), box);
    if (outer.length < 4) continue;
    const rings: Position[][] = [outer];
    for (const hole of p.slice(1)) {
      const clipped = clipRing(densifyRing(hole, CLIP_STEP_DEG), box);
      if (clipped.length >= 4) rings.push(clipped);
    }
    out.push(rings);
  }
  return out;
}
