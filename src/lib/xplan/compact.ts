/**
 * Compact area geometry for the importer: one Float64Array slice of lon/lat pairs per feature
 * (taken from a shared pool of large blocks) and two small lists of offsets. Nested GeoJSON
 * position arrays cost about 64 bytes per point in V8; this costs 16. GeoJSON is made from it
 * one feature at a time, only where a caller needs it (writing, clipping, the browser's map).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface CompactGeometry {
  /** [lon0, lat0, lon1, lat1, …] of all rings, each closed, unrounded (full precision). */
  coords: Float64Array;
  /** End (exclusive, in numbers) of each ring in `coords`. */
  ringEnds: number[];
  /** End (exclusive, in rings) of each polygon; exterior ring first in each. */
  polyEnds: number[];
}

/** Numbers per pool block (8 MB); larger geometries get an array of their own. */
const BLOCK = 1 << 20;

/**
 * Hands out Float64Array slices of large blocks: one small typed-array view per feature instead
 * of an ArrayBuffer and backing store each (several hundred bytes for a small area).
 */
export class CoordPool {
  private block = new Float64Array(0);
  private used = 0;

  alloc(n: number): Float64Array {
    if (n > BLOCK / 4) return new Float64Array(n);
    if (this.used + n > this.block.length) {
      this.block = new Float64Array(BLOCK);
      this.used = 0;
    }
    const out = this.block.subarray(this.used, this.used + n);
    this.used += n;
    return out;
  }
}

/** Packs polygons given as flat rings ([x, y, …] each, exterior first) into compact form. */
export function packPolygons(
  polygons: readonly (readonly ArrayLike<number>[])[],
  pool: CoordPool
): CompactGeometry {
  let total = 0;
  let ringCount = 0;
  for (const rings of polygons) {
    ringCount += rings.length;
    for (const r of rings) total += r.length;
  }
  const coords = pool.alloc(total);
  // Sized once: an array grown by push() reserves room for 17 numbers (152 bytes).
  const ringEnds = new Array<number>(ringCount);
  const polyEnds = new Array<number>(polygons.length);
  let at = 0;
  let r = 0;
  polygons.forEach((rings, p) => {
    for (const ring of rings) {
      coords.set(ring, at);
      at += ring.length;
      ringEnds[r++] = at;
    }
    polyEnds[p] = r;
  });
  return { coords, ringEnds, polyEnds };
}

/** A GeoJSON Polygon/MultiPolygon in compact form. */
export function fromGeoJSON(g: Polygon | MultiPolygon, pool: CoordPool): CompactGeometry {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return packPolygons(
    polys.map((rings) =>
      rings.map((ring) => {
        const flat = new Array<number>(ring.length * 2);
        ring.forEach((p, i) => {
          flat[2 * i] = p[0] as number;
          flat[2 * i + 1] = p[1] as number;
        });
        return flat;
      })
    ),
    pool
  );
}

/** Calls `visit(start, end)` for each ring of polygon `p` (offsets into `coords`). */
export function forEachRing(
  g: CompactGeometry,
  p: number,
  visit: (start: number, end: number, ringIndex: number) => void
): void {
  const first = p === 0 ? 0 : (g.polyEnds[p - 1] as number);
  const last = g.polyEnds[p] as number;
  for (let r = first; r < last; r++)
    visit(r === 0 ? 0 : (g.ringEnds[r - 1] as number), g.ringEnds[r] as number, r - first);
}

/**
 * The geometry as GeoJSON (a fresh copy), coordinates rounded to `digits` decimal places if
 * given (7 ≈ 1 cm); a Polygon where there is one polygon, else a MultiPolygon.
 */
export function toGeoJSON(g: CompactGeometry, digits?: number): Polygon | MultiPolygon {
  const f = digits === undefined ? 0 : 10 ** digits;
  const c = g.coords;
  const polys: Position[][][] = [];
  for (let p = 0; p < g.polyEnds.length; p++) {
    const rings: Position[][] = [];
    forEachRing(g, p, (start, end) => {
      const ring: Position[] = new Array((end - start) / 2);
      for (let i = start, k = 0; i < end; i += 2, k++)
        ring[k] =
          f === 0
            ? [c[i] as number, c[i + 1] as number]
            : [Math.round((c[i] as number) * f) / f, Math.round((c[i + 1] as number) * f) / f];
      rings.push(ring);
    });
    polys.push(rings);
  }
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0] as Position[][] }
    : { type: 'MultiPolygon', coordinates: polys };
}

/** Number of positions (all rings, closing positions included). */
export const positionCount = (g: CompactGeometry): number => g.coords.length / 2;
