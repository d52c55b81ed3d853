/**
 * A region made ready for many fast queries against one plan index: projected once to the
 * index's local LAEA frame, triangulated (earcut, holes included), and rasterised to a coarse
 * grid whose cells are marked "boundary" (a region edge passes within the cell) or
 * inside/outside. A rectangle of cells without any boundary cell lies wholly inside or wholly
 * outside the region, which a prefix-sum table answers in O(1) per feature bounding box.
 */
import type { Position } from 'geojson';
import earcut, { refine } from 'earcut';
import Flatbush from 'flatbush';
import { projectRing } from './area';
import { segmentsCrossProperly } from './clip';
import { RegionError, regionPolygons, unionPolygons } from './region';

/** At most this many grid cells per region (≈ 4 MB for the prefix sums). */
const MAX_CELLS = 1 << 20;

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

function ringArea(r: Float64Array): number {
  const n = r.length;
  if (n < 6) return 0;
  let s = 0;
  const x0 = r[0] as number;
  const y0 = r[1] as number;
  for (let i = 2; i + 3 < n; i += 2)
    s +=
      ((r[i] as number) - x0) * ((r[i + 3] as number) - y0) -
      ((r[i + 2] as number) - x0) * ((r[i + 1] as number) - y0);
  return s / 2;
}

/** Even-odd point in polygon over a set of rings. */
function pointInRings(rings: Float64Array[], x: number, y: number): boolean {
  let inside = false;
  for (const r of rings) {
    const n = r.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const yi = r[i + 1] as number;
      const yj = r[j + 1] as number;
      if (yi > y !== yj > y) {
        const xi = r[i] as number;
        const xj = r[j] as number;
        if (x < xi + ((y - yi) * (xj - xi)) / (yj - yi)) inside = !inside;
      }
    }
  }
  return inside;
}

/** True if any two edges of the rings cross properly (bow-ties, holes crossing shells, overlaps). */
function hasCrossings(rings: Float64Array[]): boolean {
  let m = 0;
  for (const r of rings) m += r.length >> 1;
  if (m < 4) return false;
  const edges = new Float64Array(4 * m);
  const index = new Flatbush(m);
  let k = 0;
  for (const r of rings) {
    const n = r.length;
    for (let i = 0; i < n; i += 2) {
      const j = (i + 2) % n;
      const x1 = r[i] as number,
        y1 = r[i + 1] as number,
        x2 = r[j] as number,
        y2 = r[j + 1] as number;
      edges.set([x1, y1, x2, y2], 4 * k++);
      index.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
    }
  }
  index.finish();
  for (let e = 0; e < m; e++) {
    const x1 = edges[4 * e] as number,
      y1 = edges[4 * e + 1] as number;
    const x2 = edges[4 * e + 2] as number,
      y2 = edges[4 * e + 3] as number;
    const hits = index.search(
      Math.min(x1, x2),
      Math.min(y1, y2),
      Math.max(x1, x2),
      Math.max(y1, y2)
    );
    for (const f of hits) {
      if (f <= e) continue;
      if (
        segmentsCrossProperly(
          x1,
          y1,
          x2,
          y2,
          edges[4 * f] as number,
          edges[4 * f + 1] as number,
          edges[4 * f + 2] as number,
          edges[4 * f + 3] as number
        )
      )
        return true;
    }
  }
  return false;
}

interface LocalPolygon {
  rings: Float64Array[];
  bbox: [number, number, number, number];
}

function localPolygons(polygons: Position[][][], ox: number, oy: number): LocalPolygon[] {
  const out: LocalPolygon[] = [];
  for (const p of polygons) {
    const rings = p.map((r) => localRing(r, ox, oy)).filter((r) => r.length >= 6);
    const outer = rings[0];
    if (!outer || ringArea(outer) === 0) continue;
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

/** Needs resolving by union: crossings, or one part of a MultiPolygon inside another. */
function needsUnion(polys: LocalPolygon[]): boolean {
  if (hasCrossings(polys.flatMap((p) => p.rings))) return true;
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
      if (pointInRings([B.rings[0] as Float64Array], outer[0] as number, outer[1] as number))
        return true;
    }
  return false;
}

/** Triangles (flat, 6 per triangle, counter-clockwise) and their total area; null if earcut lost area. */
function triangulate(polys: LocalPolygon[]): { tris: Float64Array; area: number } | null {
  const out: number[] = [];
  let area = 0;
  let expected = 0;
  for (const p of polys) {
    const data: number[] = [];
    const holes: number[] = [];
    p.rings.forEach((r, i) => {
      if (i > 0) holes.push(data.length / 2);
      for (const v of r) data.push(v);
      expected += i === 0 ? Math.abs(ringArea(r)) : -Math.abs(ringArea(r));
    });
    const idx = earcut(data, holes);
    // Lawson flips towards Delaunay: fewer slivers, so fewer triangles meet each feature.
    refine(idx, data);
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

export class PreparedRegion {
  /** Area of the region on the ellipsoid, m². */
  readonly area_m2: number;
  readonly empty: boolean;
  /** Local bbox [minX, minY, maxX, maxY]. */
  readonly bbox: [number, number, number, number] = [0, 0, 0, 0];
  readonly tris: Float64Array = new Float64Array(0);
  readonly triIndex: Flatbush | null = null;
  /** Grid: origin, cell size, dimensions, prefix sums of boundary cells, inside flags. */
  readonly gx: number = 0;
  readonly gy: number = 0;
  readonly cell: number = 1;
  readonly nx: number = 0;
  readonly ny: number = 0;
  readonly boundarySum: Int32Array = new Int32Array(1);
  readonly inside: Uint8Array = new Uint8Array(0);

  /**
   * @param region GeoJSON Polygon/MultiPolygon (WGS84); throws `RegionError` if invalid
   * @param ox, oy origin of the local frame (EPSG:3035 metres)
   * @param cellTarget preferred grid cell size in metres (about a typical feature's size)
   */
  constructor(
    readonly source: unknown,
    readonly ox: number,
    readonly oy: number,
    cellTarget: number
  ) {
    const region = source;
    let lonlat = regionPolygons(region);
    let polys = localPolygons(lonlat, ox, oy);
    let unioned = false;
    if (polys.length > 0 && needsUnion(polys)) {
      lonlat = unionPolygons(lonlat);
      polys = localPolygons(lonlat, ox, oy);
      unioned = true;
    }
    let tri = triangulate(polys);
    if (!tri && !unioned) {
      polys = localPolygons(unionPolygons(lonlat), ox, oy);
      tri = triangulate(polys);
    }
    if (!tri)
      throw new RegionError(
        'Die Fläche lässt sich nicht in Dreiecke zerlegen (ungültige Geometrie).'
      );
    this.area_m2 = tri.area;
    this.empty = tri.area <= 1e-6;
    if (this.empty) return;
    this.tris = tri.tris;
    const nt = this.tris.length / 6;
    const index = new Flatbush(nt);
    const b = this.bbox;
    [b[0], b[1], b[2], b[3]] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let t = 0; t < nt; t++) {
      const x = [this.tris[6 * t], this.tris[6 * t + 2], this.tris[6 * t + 4]] as number[];
      const y = [this.tris[6 * t + 1], this.tris[6 * t + 3], this.tris[6 * t + 5]] as number[];
      const x0 = Math.min(...x),
        y0 = Math.min(...y),
        x1 = Math.max(...x),
        y1 = Math.max(...y);
      index.add(x0, y0, x1, y1);
      b[0] = Math.min(b[0], x0);
      b[1] = Math.min(b[1], y0);
      b[2] = Math.max(b[2], x1);
      b[3] = Math.max(b[3], y1);
    }
    index.finish();
    this.triIndex = index;
    const rings = polys.flatMap((p) => p.rings);
    const w = b[2] - b[0],
      h = b[3] - b[1];
    let cell = Math.max(cellTarget, 1e-3, Math.max(w, h) / 4096);
    while ((Math.ceil(w / cell) + 2) * (Math.ceil(h / cell) + 2) > MAX_CELLS) cell *= 1.25;
    this.cell = cell;
    this.nx = Math.ceil(w / cell) + 2;
    this.ny = Math.ceil(h / cell) + 2;
    this.gx = b[0] - cell;
    this.gy = b[1] - cell;
    this.rasterise(rings);
  }

  private rasterise(rings: Float64Array[]) {
    const { nx, ny, gx, gy, cell } = this;
    const boundary = new Uint8Array(nx * ny);
    const eps = 1e-6;
    const mark = (c: number, r0: number, r1: number) => {
      const lo = Math.max(0, Math.floor(r0 - eps)),
        hi = Math.min(ny - 1, Math.floor(r1 + eps));
      for (let r = lo; r <= hi; r++) boundary[r * nx + c] = 1;
    };
    for (const ring of rings) {
      const n = ring.length;
      for (let i = 0; i < n; i += 2) {
        const j = (i + 2) % n;
        const x1 = ((ring[i] as number) - gx) / cell,
          y1 = ((ring[i + 1] as number) - gy) / cell;
        const x2 = ((ring[j] as number) - gx) / cell,
          y2 = ((ring[j + 1] as number) - gy) / cell;
        const xa = Math.min(x1, x2),
          xb = Math.max(x1, x2);
        const c0 = Math.max(0, Math.floor(xa - eps)),
          c1 = Math.min(nx - 1, Math.floor(xb + eps));
        for (let c = c0; c <= c1; c++) {
          if (xb - xa < 1e-12) {
            mark(c, Math.min(y1, y2), Math.max(y1, y2));
            continue;
          }
          const ta = (Math.max(xa, c - eps) - x1) / (x2 - x1),
            tb = (Math.min(xb, c + 1 + eps) - x1) / (x2 - x1);
          const ya = y1 + Math.min(1, Math.max(0, ta)) * (y2 - y1),
            yb = y1 + Math.min(1, Math.max(0, tb)) * (y2 - y1);
          mark(c, Math.min(ya, yb), Math.max(ya, yb));
        }
      }
    }
    // Inside flags of cell centres, by even-odd scanlines along each row's centre.
    const inside = new Uint8Array(nx * ny);
    const xs: number[] = [];
    for (let r = 0; r < ny; r++) {
      const y = gy + (r + 0.5) * cell;
      xs.length = 0;
      for (const ring of rings) {
        const n = ring.length;
        for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
          const yi = ring[i + 1] as number,
            yj = ring[j + 1] as number;
          if (yi > y !== yj > y) {
            const xi = ring[i] as number,
              xj = ring[j] as number;
            xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
          }
        }
      }
      xs.sort((a, b) => a - b);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const ca = Math.max(0, Math.ceil(((xs[k] as number) - gx) / cell - 0.5));
        const cb = Math.min(nx - 1, Math.floor(((xs[k + 1] as number) - gx) / cell - 0.5));
        for (let c = ca; c <= cb; c++) inside[r * nx + c] = 1;
      }
    }
    const sum = new Int32Array((nx + 1) * (ny + 1));
    for (let r = 0; r < ny; r++) {
      let rowSum = 0;
      for (let c = 0; c < nx; c++) {
        rowSum += boundary[r * nx + c] as number;
        sum[(r + 1) * (nx + 1) + c + 1] = (sum[r * (nx + 1) + c + 1] as number) + rowSum;
      }
    }
    (this as { boundarySum: Int32Array }).boundarySum = sum;
    (this as { inside: Uint8Array }).inside = inside;
  }

  /**
   * Classifies a local bounding box: 1 wholly inside, 0 wholly outside, -1 touches the
   * boundary (needs exact clipping).
   */
  classifyBox(x0: number, y0: number, x1: number, y1: number): 1 | 0 | -1 {
    const { nx, ny, gx, gy, cell } = this;
    if (
      this.empty ||
      x1 < this.bbox[0] ||
      x0 > this.bbox[2] ||
      y1 < this.bbox[1] ||
      y0 > this.bbox[3]
    )
      return 0;
    const c0 = Math.max(0, Math.floor((x0 - gx) / cell)),
      c1 = Math.min(nx - 1, Math.floor((x1 - gx) / cell));
    const r0 = Math.max(0, Math.floor((y0 - gy) / cell)),
      r1 = Math.min(ny - 1, Math.floor((y1 - gy) / cell));
    const s = this.boundarySum,
      w = nx + 1;
    const count =
      (s[(r1 + 1) * w + c1 + 1] as number) -
      (s[r0 * w + c1 + 1] as number) -
      (s[(r1 + 1) * w + c0] as number) +
      (s[r0 * w + c0] as number);
    if (count > 0) return -1;
    return this.inside[r0 * nx + c0] ? 1 : 0;
  }
}
