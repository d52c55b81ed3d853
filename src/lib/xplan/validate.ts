/**
 * Geometric checks of imported plans, pure functions.
 * - Ring level: duplicate consecutive points and unclosed rings (repaired), rings with fewer
 *   than four positions (error), self-intersections (reported), winding (fixed to RFC 7946).
 * - Plan level: Flächenschluss — overlaps and gaps between the non-overlay area features,
 *   computed in ETRS89-LAEA (EPSG:3035, equal-area, so hectares are ellipsoidal hectares).
 */
import Flatbush from 'flatbush';
import { difference, featureCollection, intersect, multiPolygon, polygon, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { fromLaea, toLaea } from '../geo/laea';

export type ProblemCode =
  | 'unclosed-ring'
  | 'duplicate-points'
  | 'winding'
  | 'self-intersection'
  | 'ring-too-short'
  | 'axis-order'
  | 'outside-germany';

export type Severity = 'repaired' | 'warning' | 'error';

export interface FeatureProblem {
  featureId: string;
  xplanClass?: string;
  code: ProblemCode;
  severity: Severity;
  /** German, for the user. */
  de: string;
  en: string;
  /** Where it is, WGS84 [lon, lat], if the problem has a place. */
  location?: [number, number];
}

// ---- rings ----------------------------------------------------------------------------------

export interface CleanRingResult {
  ring: number[];
  duplicatesRemoved: number;
  closed: boolean;
  /** Distinct positions (without the closing one). */
  distinct: number;
}

/** Drops consecutive duplicate positions and closes an open ring (flat [x, y, …]). */
export function cleanRing(flat: readonly number[]): CleanRingResult {
  const out: number[] = [];
  let dup = 0;
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const x = flat[i] as number;
    const y = flat[i + 1] as number;
    const n = out.length;
    if (n >= 2 && out[n - 2] === x && out[n - 1] === y) {
      dup++;
      continue;
    }
    out.push(x, y);
  }
  let closed = false;
  const n = out.length;
  if (n >= 2 && (out[0] !== out[n - 2] || out[1] !== out[n - 1])) {
    out.push(out[0] as number, out[1] as number);
    closed = true;
  }
  return { ring: out, duplicatesRemoved: dup, closed, distinct: Math.max(0, out.length / 2 - 1) };
}

/** Signed area of a closed flat ring (shoelace), positive when counter-clockwise (x right, y up). */
export function signedArea(flat: ArrayLike<number>): number {
  let sum = 0;
  const n = flat.length;
  if (n < 6) return 0;
  const x0 = flat[0] as number;
  const y0 = flat[1] as number;
  for (let i = 0; i + 3 < n; i += 2) {
    const ax = (flat[i] as number) - x0;
    const ay = (flat[i + 1] as number) - y0;
    const bx = (flat[i + 2] as number) - x0;
    const by = (flat[i + 3] as number) - y0;
    sum += ax * by - bx * ay;
  }
  return sum / 2;
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  px: number,
  py: number
): boolean {
  return (
    Math.min(ax, bx) <= px &&
    px <= Math.max(ax, bx) &&
    Math.min(ay, by) <= py &&
    py <= Math.max(ay, by)
  );
}

function segmentsIntersect(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number
): boolean {
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (o1 !== o2 && o3 !== o4) return true;
  if (o1 === 0 && onSegment(ax, ay, bx, by, cx, cy)) return true;
  if (o2 === 0 && onSegment(ax, ay, bx, by, dx, dy)) return true;
  if (o3 === 0 && onSegment(cx, cy, dx, dy, ax, ay)) return true;
  if (o4 === 0 && onSegment(cx, cy, dx, dy, bx, by)) return true;
  return false;
}

/**
 * Self-intersections (crossings and touchings of non-adjacent edges) of one closed flat ring.
 * Returns up to `limit` places as [x, y] (the start of the first edge involved).
 */
export function ringSelfIntersections(flat: ArrayLike<number>, limit = 5): [number, number][] {
  const nSeg = flat.length / 2 - 1;
  const hits: [number, number][] = [];
  if (nSeg < 4) return hits;
  const X = (i: number) => flat[2 * i] as number;
  const Y = (i: number) => flat[2 * i + 1] as number;
  const check = (i: number, j: number): boolean => {
    // adjacent edges (including last–first) share an endpoint by construction
    if (j === i + 1 || (i === 0 && j === nSeg - 1)) return false;
    if (segmentsIntersect(X(i), Y(i), X(i + 1), Y(i + 1), X(j), Y(j), X(j + 1), Y(j + 1))) {
      hits.push([X(j), Y(j)]);
      return hits.length >= limit;
    }
    return false;
  };
  if (nSeg <= 64) {
    for (let i = 0; i < nSeg; i++) for (let j = i + 2; j < nSeg; j++) if (check(i, j)) return hits;
    return hits;
  }
  const index = new Flatbush(nSeg);
  for (let i = 0; i < nSeg; i++) {
    index.add(
      Math.min(X(i), X(i + 1)),
      Math.min(Y(i), Y(i + 1)),
      Math.max(X(i), X(i + 1)),
      Math.max(Y(i), Y(i + 1))
    );
  }
  index.finish();
  for (let i = 0; i < nSeg; i++) {
    const found = index.search(
      Math.min(X(i), X(i + 1)),
      Math.min(Y(i), Y(i + 1)),
      Math.max(X(i), X(i + 1)),
      Math.max(Y(i), Y(i + 1))
    );
    found.sort((a, b) => a - b);
    for (const j of found) if (j > i + 1 && check(i, j)) return hits;
  }
  return hits;
}

/** Flat ring → GeoJSON positions, reversed if its orientation is not the wanted one. */
export function toPositions(
  flat: readonly number[],
  wantCcw: boolean
): { ring: Position[]; reversed: boolean } {
  const ccw = signedArea(flat) > 0;
  const reversed = ccw !== wantCcw;
  const n = flat.length / 2;
  const ring: Position[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const i = reversed ? n - 1 - k : k;
    ring[k] = [flat[2 * i] as number, flat[2 * i + 1] as number];
  }
  return { ring, reversed };
}

// ---- Flächenschluss -------------------------------------------------------------------------

export interface TopologyInput {
  id: string;
  geometry: Polygon | MultiPolygon;
}

export interface Overlap {
  a: string;
  b: string;
  ha: number;
  /** A point inside the overlap's bounding box, WGS84, for zooming to it. */
  at: [number, number];
}

export interface Gap {
  ha: number;
  /** WGS84. */
  geometry: Polygon;
}

export interface TopologyReport {
  /** Overlaps and gaps smaller than this (m²) are rounding noise and left out. */
  toleranceM2: number;
  overlapHa: number;
  overlaps: Overlap[];
  gapHa: number;
  gaps: Gap[];
  /** What the gaps are measured against. */
  extent: 'geltungsbereich' | 'union';
  candidatePairs: number;
  /** Pairs that needed exact polygon clipping after the cheap pre-test. */
  clippedPairs: number;
  durationMs: number;
}

type Rings = Position[][];

function projectPolygons(g: Polygon | MultiPolygon): Rings[] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.map((rings) =>
    rings.map((ring) => ring.map((p) => toLaea(p[0] as number, p[1] as number) as Position))
  );
}

function ringArea(r: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < r.length; i++) {
    const a = r[i] as Position;
    const b = r[i + 1] as Position;
    s += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return s / 2;
}

function polysArea(polys: Rings[]): number {
  let area = 0;
  for (const rings of polys)
    rings.forEach((r, i) => (area += i === 0 ? Math.abs(ringArea(r)) : -Math.abs(ringArea(r))));
  return area;
}

function bboxOf(polys: Rings[]): [number, number, number, number] {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const rings of polys)
    for (const p of rings[0] ?? []) {
      const x = p[0] as number,
        y = p[1] as number;
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
  return [minX, minY, maxX, maxY];
}

type PolyFeature = Feature<Polygon | MultiPolygon>;
const toGeom = (polys: Rings[]): PolyFeature =>
  polys.length === 1 ? polygon(polys[0] as Rings) : multiPolygon(polys);

function backToWgs84(rings: Rings): Polygon {
  return {
    type: 'Polygon',
    coordinates: rings.map((r) =>
      r.map((p) => fromLaea(p[0] as number, p[1] as number) as Position)
    )
  };
}

function geomPolys(g: Polygon | MultiPolygon | null | undefined): Rings[] {
  if (!g) return [];
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

// Cheap exact-enough pre-test, so that the expensive polygon clipping runs only for pairs
// whose interiors may overlap. In a clean Flächenschluss neighbours share edges and vertices
// exactly, and this test says "no" for them. Tolerance EPS in metres (EPSG:3035).
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

/** Strictly inside (farther than EPS from the boundary) a set of polygons. */
function strictlyInside(
  px: number,
  py: number,
  polys: Rings[],
  box: [number, number, number, number]
): boolean {
  if (px <= box[0] || px >= box[2] || py <= box[1] || py >= box[3]) return false;
  for (const rings of polys) {
    let inside = false;
    let nearEdge = false;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[i] as Position,
          b = ring[j] as Position;
        const ax = a[0] as number,
          ay = a[1] as number,
          bx = b[0] as number,
          by = b[1] as number;
        if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
        if (
          Math.min(ax, bx) - EPS <= px &&
          px <= Math.max(ax, bx) + EPS &&
          Math.min(ay, by) - EPS <= py &&
          py <= Math.max(ay, by) + EPS &&
          distToSegment(px, py, ax, ay, bx, by) <= EPS
        )
          nearEdge = true;
      }
    }
    if (inside && !nearEdge) return true;
  }
  return false;
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
function probes(
  polys: Rings[],
  box: [number, number, number, number],
  visit: (x: number, y: number) => boolean
): boolean {
  for (const rings of polys)
    for (const ring of rings)
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i] as Position,
          b = ring[i + 1] as Position;
        const ax = a[0] as number,
          ay = a[1] as number,
          bx = b[0] as number,
          by = b[1] as number;
        if (
          Math.max(ax, bx) < box[0] ||
          Math.min(ax, bx) > box[2] ||
          Math.max(ay, by) < box[1] ||
          Math.min(ay, by) > box[3]
        )
          continue;
        if (visit(ax, ay)) return true;
        const len = Math.hypot(bx - ax, by - ay);
        if (len > 20 * EPS) {
          // exterior rings are counter-clockwise, holes clockwise: the polygon lies to the left
          const off = (5 * EPS) / len;
          if (visit((ax + bx) / 2 - (by - ay) * off, (ay + by) / 2 + (bx - ax) * off)) return true;
        }
      }
  return false;
}

function interiorsMayOverlap(
  pa: Rings[],
  pb: Rings[],
  ba: [number, number, number, number],
  bb: [number, number, number, number]
): boolean {
  if (probes(pa, bb, (x, y) => strictlyInside(x, y, pb, bb))) return true;
  if (probes(pb, ba, (x, y) => strictlyInside(x, y, pa, ba))) return true;
  for (const ra of pa)
    for (const ringA of ra)
      for (let i = 0; i + 1 < ringA.length; i++) {
        const a = ringA[i] as Position,
          b = ringA[i + 1] as Position;
        const ax = a[0] as number,
          ay = a[1] as number,
          bx = b[0] as number,
          by = b[1] as number;
        if (
          Math.max(ax, bx) < bb[0] ||
          Math.min(ax, bx) > bb[2] ||
          Math.max(ay, by) < bb[1] ||
          Math.min(ay, by) > bb[3]
        )
          continue;
        for (const rb of pb)
          for (const ringB of rb)
            for (let j = 0; j + 1 < ringB.length; j++) {
              const c = ringB[j] as Position,
                d = ringB[j + 1] as Position;
              const cx = c[0] as number,
                cy = c[1] as number,
                dx = d[0] as number,
                dy = d[1] as number;
              if (
                Math.max(cx, dx) < Math.min(ax, bx) ||
                Math.min(cx, dx) > Math.max(ax, bx) ||
                Math.max(cy, dy) < Math.min(ay, by) ||
                Math.min(cy, dy) > Math.max(ay, by)
              )
                continue;
              if (properCrossing(ax, ay, bx, by, cx, cy, dx, dy)) return true;
            }
      }
  return false;
}

/**
 * Overlaps (pairs, via a flatbush index of bounding boxes) and gaps between the given base-layer
 * features. Gaps are measured inside `extent` (the plan's räumlicher Geltungsbereich) where
 * given, else as the holes of the union of all features.
 */
export function checkFlaechenschluss(
  features: readonly TopologyInput[],
  extent: Polygon | MultiPolygon | null,
  toleranceM2 = 1
): TopologyReport {
  const t0 = Date.now();
  const projected = features.map((f) => projectPolygons(f.geometry));
  const overlaps: Overlap[] = [];
  let candidatePairs = 0;
  let clipped = 0;
  if (projected.length > 0) {
    const index = new Flatbush(projected.length);
    const boxes = projected.map(bboxOf);
    for (const b of boxes) index.add(b[0], b[1], b[2], b[3]);
    index.finish();
    projected.forEach((pa, i) => {
      const b = boxes[i] as [number, number, number, number];
      for (const j of index.search(b[0], b[1], b[2], b[3])) {
        if (j <= i) continue;
        candidatePairs++;
        const pb = projected[j] as Rings[];
        if (!interiorsMayOverlap(pa, pb, b, boxes[j] as [number, number, number, number])) continue;
        clipped++;
        const inter = intersect(
          featureCollection<Polygon | MultiPolygon>([toGeom(pa), toGeom(pb)])
        );
        if (!inter) continue;
        const polys = geomPolys(inter.geometry);
        const area = polysArea(polys);
        if (area < toleranceM2) continue;
        const bb = bboxOf(polys);
        overlaps.push({
          a: (features[i] as TopologyInput).id,
          b: (features[j] as TopologyInput).id,
          ha: area / 10000,
          at: fromLaea((bb[0] + bb[2]) / 2, (bb[1] + bb[3]) / 2)
        });
      }
    });
  }
  overlaps.sort((x, y) => y.ha - x.ha);

  const gaps: Gap[] = [];
  let extentKind: TopologyReport['extent'] = 'union';
  if (projected.length > 0) {
    const all = projected.map(toGeom);
    const unioned =
      all.length === 1 ? all[0] : union(featureCollection<Polygon | MultiPolygon>(all));
    const unionPolys = geomPolys(unioned?.geometry);
    let gapPolys: Rings[];
    if (extent) {
      extentKind = 'geltungsbereich';
      const ext = toGeom(projectPolygons(extent));
      const diff = unioned
        ? difference(featureCollection<Polygon | MultiPolygon>([ext, toGeom(unionPolys)]))
        : ext;
      gapPolys = geomPolys(diff?.geometry);
    } else {
      gapPolys = unionPolys.flatMap((rings) => rings.slice(1).map((hole) => [hole]));
    }
    for (const rings of gapPolys) {
      const area = polysArea([rings]);
      if (area < toleranceM2) continue;
      gaps.push({ ha: area / 10000, geometry: backToWgs84(rings) });
    }
  }
  gaps.sort((x, y) => y.ha - x.ha);
  return {
    toleranceM2,
    overlapHa: overlaps.reduce((s, o) => s + o.ha, 0),
    overlaps,
    gapHa: gaps.reduce((s, g) => s + g.ha, 0),
    gaps,
    extent: extentKind,
    candidatePairs,
    clippedPairs: clipped,
    durationMs: Date.now() - t0
  };
}
