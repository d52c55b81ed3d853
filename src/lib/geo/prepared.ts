/**
 * A region made ready for many fast queries against one plan index: projected once to the
 * index's local LAEA frame, triangulated (earcut, holes included), and rasterised to a coarse
 * grid whose cells are marked "boundary" (a region edge passes within the cell) or
 * inside/outside. A rectangle of cells without any boundary cell lies wholly inside or wholly
 * outside the region, which a prefix-sum table answers in O(1) per feature bounding box.
 */
import Flatbush from 'flatbush';
import { localPolygons, needsUnion, triangulate } from './local-region';
import { regionError, regionPolygons } from './region';
import { inEvery } from '../i18n';
import { formatNumber } from '../i18n/format';
import { unionPolygons } from './region-union';
import { boxInside, clipToBox, polygonsBox } from './region-clip';
import { ellipsoidalArea } from './area';
import type { BBox } from './bounds';

const emptyRegion = () => regionError('region.empty');

/** Smallest region area (m²): below it a region is a slip of the pen, not an area. */
export const MIN_REGION_M2 = 1;

const tinyRegion = (area: number) =>
  regionError('region.tiny', {
    area: inEvery((lang) => formatNumber(area, lang, 2)),
    min: MIN_REGION_M2
  });

/** At most this many grid cells per region (≈ 4 MB for the prefix sums). */
const MAX_CELLS = 1 << 20;

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
    cellTarget: number,
    planBox: BBox | null = null
  ) {
    const region = source;
    let lonlat = regionPolygons(region);
    let ownArea: number | null = null;
    if (lonlat.length > 0 && planBox && !boxInside(polygonsBox(lonlat), planBox)) {
      // Larger than the plan, or beside it: keep the region's own area, count within the plan.
      ownArea = lonlat.reduce(
        (sum, p) => sum + ellipsoidalArea({ type: 'Polygon', coordinates: p }),
        0
      );
      if (!(ownArea > 1e-6)) throw emptyRegion();
      if (ownArea < MIN_REGION_M2) throw tinyRegion(ownArea);
      lonlat = clipToBox(lonlat, planBox);
    }
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
    if (!tri) throw regionError('region.noTriangles');
    this.area_m2 = ownArea ?? tri.area;
    this.empty = tri.area <= 1e-6;
    if (this.empty && ownArea === null) throw emptyRegion();
    if (ownArea === null && tri.area < MIN_REGION_M2) throw tinyRegion(tri.area);
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
