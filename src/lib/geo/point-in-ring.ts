/**
 * The one even-odd (ray-crossing) point-in-ring test, for rings of positions and for flat rings.
 * It works in whatever plane the coordinates are in (degrees or metres): callers that need
 * metres project first (point-in.ts does, in LAEA).
 */
import type { Position } from 'geojson';

/** Whether the edge (xi, yi)–(xj, yj) crosses the ray from (x, y) towards +x. */
const crosses = (x: number, y: number, xi: number, yi: number, xj: number, yj: number): boolean =>
  yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi;

/** Whether (x, y) lies inside one ring (closed or not). */
export function pointInRing(x: number, y: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (crosses(x, y, xi, yi, xj, yj)) inside = !inside;
  }
  return inside;
}

/** Even-odd over several rings of positions (e.g. every ring of a MultiPolygon at once). */
export function pointInRings(
  x: number,
  y: number,
  rings: readonly (readonly Position[])[]
): boolean {
  let inside = false;
  for (const ring of rings) if (pointInRing(x, y, ring)) inside = !inside;
  return inside;
}

/** Even-odd over flat rings [x0, y0, x1, y1, …] without the closing position. */
export function pointInFlatRings(x: number, y: number, rings: readonly Float64Array[]): boolean {
  let inside = false;
  for (const r of rings)
    for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2)
      if (crosses(x, y, r[i] as number, r[i + 1] as number, r[j] as number, r[j + 1] as number))
        inside = !inside;
  return inside;
}

/** Whether (x, y) lies in one of the polygons (outline first, then holes; holes excluded). */
export function pointInPolygons(x: number, y: number, polygons: readonly Position[][][]): boolean {
  return polygons.some(
    (p) => pointInRing(x, y, p[0] ?? []) && !p.slice(1).some((hole) => pointInRing(x, y, hole))
  );
}
