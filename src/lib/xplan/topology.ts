/**
 * Flächenschluss of an imported plan, pure functions: overlaps and gaps between the
 * non-overlay area features, computed in ETRS89-LAEA (EPSG:3035, equal-area, so hectares are
 * ellipsoidal hectares).
 */
import Flatbush from 'flatbush';
import { difference } from '@turf/difference';
import { featureCollection, multiPolygon, polygon } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { union } from '@turf/union';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { fromLaea, toLaeaInto } from '../geo/laea';
import { extendBox } from '../geo/compact-features';
import { EdgeSlabs, interiorsMayOverlap, type Box, type Polys } from './overlap-pretest';
import { ringSelfIntersections, ringsMeet } from './rings';
import { pointInFlatRings } from '../geo/point-in-ring';
import { CoordPool, forEachRing, fromGeoJSON, toGeoJSON, type CompactGeometry } from './compact';

export interface TopologyInput {
  id: string;
  /** GeoJSON or the importer's compact geometry (WGS84). */
  geometry: Polygon | MultiPolygon | CompactGeometry;
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
  /**
   * Set when the plan had more than MAX_GAP_CHECK_FEATURES base features, or when the clipping
   * budget ran out (`unmeasured`): gaps not checked.
   */
  gapsUnchecked?: boolean;
  /**
   * Pairs whose exact clipping failed (the clipping library gives up on some nearly collinear
   * edges, e.g. in Gauß-Krüger plans): their overlap is not known. Absent when none failed.
   */
  failedPairs?: number;
  /** Set when the union for the gap check failed in the clipping library: gaps not known. */
  gapsFailed?: boolean;
  /**
   * Set when the clipping budget ran out: `clips` pairs of geometries were clipped (their
   * overlaps are in `overlaps`), `pairs` further pairs of areas overlap by the pre-test (a
   * point of one lies more than 1 mm inside the other, or their edges cross), their area not
   * computed. Absent when the budget sufficed.
   */
  unmeasured?: { clips: number; pairs: number };
}

/** The result of one clipping step, or null where the clipping library gave up. */
function tryClip<T>(clip: () => T): T | null {
  try {
    return clip();
  } catch {
    return null;
  }
}

/** A geometry projected to EPSG:3035, compact (no densification: straight edges as drawn). */
function project(g: Polygon | MultiPolygon | CompactGeometry, pool: CoordPool): Polys {
  const c = 'coords' in g ? g : fromGeoJSON(g, pool);
  const coords = pool.alloc(c.coords.length);
  for (let i = 0; i < c.coords.length; i += 2)
    toLaeaInto(c.coords[i] as number, c.coords[i + 1] as number, coords, i);
  return { coords, ringEnds: c.ringEnds, polyEnds: c.polyEnds };
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

/** Bounding box of the exterior ring of each polygon of a set (flat: minX, minY, maxX, maxY). */
function partBoxesOf(g: Polys): Float64Array {
  const boxes = new Float64Array(g.polyEnds.length * 4);
  for (let p = 0; p < g.polyEnds.length; p++) {
    const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
    forEachRing(g, p, (start, end, ring) => {
      if (ring === 0) extendBox(box, g.coords, start, end);
    });
    boxes.set(box, p * 4);
  }
  return boxes;
}

/**
 * The polygons of a set whose box meets the box of some polygon of the other set, as GeoJSON
 * polygons (in their order): the others lie apart from the other set and add nothing to an
 * intersection with it.
 */
function partsNear(g: Polys, own: Float64Array, other: Float64Array): Rings[] {
  const polys: Rings[] = [];
  const c = g.coords;
  for (let p = 0; p < g.polyEnds.length; p++) {
    if (!partMeets(own, p, other)) continue;
    const rings: Rings = [];
    forEachRing(g, p, (start, end) => {
      const ring: Position[] = new Array((end - start) / 2);
      for (let i = start, k = 0; i < end; i += 2, k++)
        ring[k] = [c[i] as number, c[i + 1] as number];
      rings.push(ring);
    });
    polys.push(rings);
  }
  return polys;
}

/** Whether the box of polygon p (of part boxes `own`) meets one of the part boxes `other`. */
function partMeets(own: Float64Array, p: number, other: Float64Array): boolean {
  const x0 = own[p * 4] as number,
    y0 = own[p * 4 + 1] as number,
    x1 = own[p * 4 + 2] as number,
    y1 = own[p * 4 + 3] as number;
  for (let q = 0; q < other.length; q += 4)
    if (
      x0 <= (other[q + 2] as number) &&
      x1 >= (other[q] as number) &&
      y0 <= (other[q + 3] as number) &&
      y1 >= (other[q + 1] as number)
    )
      return true;
  return false;
}

/** Whether some polygon's box of one set meets some polygon's box of the other. */
function somePartsMeet(a: Float64Array, b: Float64Array): boolean {
  for (let p = 0; p < a.length / 4; p++) if (partMeets(a, p, b)) return true;
  return false;
}

/** Bounding box of the exterior rings. */
function boxOf(g: Polys): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (let p = 0; p < g.polyEnds.length; p++)
    forEachRing(g, p, (start, end, ring) => {
      if (ring === 0) extendBox(box, g.coords, start, end);
    });
  return box;
}

function bboxOf(polys: Rings[]): Box {
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

/** Rings of a geometry up to which isValidPolygonSet is tried. */
const MAX_SHORTCUT_RINGS = 256;

/**
 * A polygon set whose overlap with itself is the set as it stands, ring for ring: every ring
 * closed and simple (it neither crosses nor touches itself), no two rings meet, every hole lies
 * inside its exterior and in no other hole, and no polygon lies inside another's area. Its area
 * is then the sum of the exteriors less the holes, as polysArea counts it.
 */
function isValidPolygonSet(g: Polys): boolean {
  const { coords, ringEnds, polyEnds } = g;
  // ring against ring grows with the square of their number: many rings are left to clipping
  if (ringEnds.length > MAX_SHORTCUT_RINGS) return false;
  let start = 0;
  for (const end of ringEnds) {
    if (
      end - start < 8 ||
      coords[start] !== coords[end - 2] ||
      coords[start + 1] !== coords[end - 1] ||
      ringSelfIntersections(coords.subarray(start, end), 1).length > 0
    )
      return false;
    start = end;
  }
  if (ringEnds.length === 1) return true;
  if (ringsMeet(coords, ringEnds)) return false;
  // No two rings meet: one vertex of a ring tells on which side of another ring all of it lies.
  const startOf = (r: number) => (r === 0 ? 0 : (ringEnds[r - 1] as number));
  const open = (r: number) => coords.subarray(startOf(r), (ringEnds[r] as number) - 2);
  const inRing = (r: number, s: number) =>
    pointInFlatRings(coords[startOf(r)] as number, coords[startOf(r) + 1] as number, [open(s)]);
  const firstRing = (p: number) => (p === 0 ? 0 : (polyEnds[p - 1] as number));
  const boxes = polyEnds.map((_, p) => {
    const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
    extendBox(box, coords, startOf(firstRing(p)), ringEnds[firstRing(p)] as number);
    return box;
  });
  for (let p = 0; p < polyEnds.length; p++) {
    const ext = firstRing(p);
    const end = polyEnds[p] as number;
    for (let h = ext + 1; h < end; h++) {
      if (!inRing(h, ext)) return false;
      for (let o = ext + 1; o < end; o++) if (o !== h && inRing(h, o)) return false;
    }
    const x = coords[startOf(ext)] as number;
    const y = coords[startOf(ext) + 1] as number;
    for (let q = 0; q < polyEnds.length; q++) {
      const b = boxes[q] as Box;
      if (q === p || x < b[0] || x > b[2] || y < b[1] || y > b[3]) continue;
      const qExt = firstRing(q);
      if (!inRing(ext, qExt)) continue;
      let inHole = false;
      for (let h = qExt + 1; h < (polyEnds[q] as number) && !inHole; h++) inHole = inRing(ext, h);
      if (!inHole) return false;
    }
  }
  return true;
}

type Rings = Position[][];
type PolyFeature = Feature<Polygon | MultiPolygon>;
/** A turf feature of a projected geometry: nested arrays made only for the pair being clipped. */
const toGeom = (g: Polys): PolyFeature => ({
  type: 'Feature',
  properties: {},
  geometry: toGeoJSON(g)
});
/** As toGeom, for nested polygons (unchecked, as toGeom's are). */
const rawGeom = (polys: Rings[]): PolyFeature => ({
  type: 'Feature',
  properties: {},
  geometry:
    polys.length === 1
      ? { type: 'Polygon', coordinates: polys[0] as Rings }
      : { type: 'MultiPolygon', coordinates: polys }
});
const nestedToGeom = (polys: Rings[]): PolyFeature =>
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

/**
 * Overlaps (pairs, via a flatbush index of bounding boxes) and gaps between the given base-layer
 * features. Gaps are measured inside `extent` (the plan's räumlicher Geltungsbereich) where
 * given, else as the holes of the union of all features.
 */
/**
 * Above this many base features the gap check (one union of all features, polyclip-ts, which
 * recurses deeply on very many segments) is not run; the report says so. Overlaps are still
 * checked pairwise.
 */
export const MAX_GAP_CHECK_FEATURES = 20_000;

type Clipped = { ha: number; at: [number, number] } | null | 'failed' | 'unmeasured';

/**
 * Exact clippings (polyclip-ts, one pair of geometries each; copies of a valid geometry need
 * none and do not count) per Flächenschluss check. A pair of areas a few metres apart, each with
 * a few hundred vertices, takes about 3 ms (Grasleben's areas shifted by 5–7 m), so the budget
 * is about 6 s of one core, as long as GDAL takes to convert a 50 MB plan. Real plans need far
 * fewer (BPlan LA 67: 25); beyond the budget the remaining overlapping pairs are only counted.
 */
export const MAX_OVERLAP_CLIPS = 2_000;

/**
 * Edges kept sorted into slabs at a time (about 25 bytes each, so about 25 MB); the least
 * recently used go first. At 250,000 the slabs of 50 MB of copies shifted a few metres apart
 * (every area meets its 34 copies) were made again and again: 35 → 26 s CPU at 1,000,000, peak
 * 191 → 208 MB; side by side and on top of each other unchanged within 7 MB.
 */
const SLAB_BUDGET_EDGES = 1_000_000;

/** The edge slabs of the geometries (see EdgeSlabs), made when first needed, within a budget. */
class EdgeSlabCache {
  private readonly made = new Map<number, EdgeSlabs>();
  private edges = 0;
  constructor(private readonly shapes: readonly Polys[]) {}

  clear(): void {
    this.made.clear();
    this.edges = 0;
  }

  get(k: number): EdgeSlabs {
    let slabs = this.made.get(k);
    if (slabs) {
      // most recently used last
      this.made.delete(k);
      this.made.set(k, slabs);
      return slabs;
    }
    slabs = new EdgeSlabs(this.shapes[k] as Polys);
    this.made.set(k, slabs);
    this.edges += slabs.from.length;
    for (const [old, s] of this.made) {
      if (this.edges <= SLAB_BUDGET_EDGES || old === k) break;
      this.made.delete(old);
      this.edges -= s.from.length;
    }
    return slabs;
  }
}

/** A 32-bit hash of a geometry's coordinates and ring structure. */
function geometryHash(g: Polys): number {
  const words = new Uint32Array(g.coords.buffer, g.coords.byteOffset, g.coords.length * 2);
  let h = 0x811c9dc5 ^ g.ringEnds.length ^ (g.polyEnds.length << 16);
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ (words[i] as number), 0x01000193);
  return h >>> 0;
}

function sameGeometry(a: Polys, b: Polys): boolean {
  if (a.coords.length !== b.coords.length) return false;
  if (a.ringEnds.length !== b.ringEnds.length || a.polyEnds.length !== b.polyEnds.length)
    return false;
  for (let i = 0; i < a.ringEnds.length; i++) if (a.ringEnds[i] !== b.ringEnds[i]) return false;
  for (let i = 0; i < a.polyEnds.length; i++) if (a.polyEnds[i] !== b.polyEnds[i]) return false;
  for (let i = 0; i < a.coords.length; i++) if (a.coords[i] !== b.coords[i]) return false;
  return true;
}

/**
 * Features with exactly the same geometry (copies of an area) as groups: `reps` the first of
 * each (in input order), `members[r]` every feature with the geometry of rep r (only where
 * there is more than one). A pair of copies is checked once and stands for all pairs of them.
 */
function groupCopies(projected: readonly Polys[]): {
  reps: number[];
  members: Map<number, number[]>;
  repOf: Int32Array;
} {
  const byHash = new Map<number, number[]>();
  const reps: number[] = [];
  const repOf = new Int32Array(projected.length);
  const members = new Map<number, number[]>();
  projected.forEach((g, i) => {
    const h = geometryHash(g);
    const same = byHash.get(h);
    const rep = same?.find((r) => sameGeometry(projected[r] as Polys, g));
    repOf[i] = rep ?? i;
    if (rep === undefined) {
      reps.push(i);
      if (same) same.push(i);
      else byHash.set(h, [i]);
      return;
    }
    const m = members.get(rep);
    if (m) m.push(i);
    else members.set(rep, [rep, i]);
  });
  return { reps, members, repOf };
}

/** Disjoint sets over 0..n-1 (bounding boxes that meet are one cluster for the gap check). */
class Clusters {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n).map((_, i) => i);
  }
  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) {
      p[i] = p[p[i] as number] as number;
      i = p[i] as number;
    }
    return i;
  }
  join(a: number, b: number): void {
    const ra = this.find(a),
      rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export function checkFlaechenschluss(
  features: readonly TopologyInput[],
  extent: Polygon | MultiPolygon | null,
  toleranceM2 = 1,
  clipBudget = MAX_OVERLAP_CLIPS
): TopologyReport {
  const t0 = Date.now();
  const pool = new CoordPool();
  const projected = features.map((f) => project(f.geometry, pool));
  const boxes = projected.map(boxOf);
  const { reps, members, repOf } = groupCopies(projected);
  const groupOf = (r: number) => members.get(r) ?? [r];
  const overlaps: Overlap[] = [];
  let candidatePairs = 0;
  let clipped = 0;
  let failedPairs = 0;
  let clips = 0;
  let unmeasuredPairs = 0;
  let gapsFailed = false;
  const clusters = new Clusters(reps.length);
  if (reps.length > 0) {
    const slabs = new EdgeSlabCache(projected);
    const index = new Flatbush(reps.length);
    for (const r of reps) {
      const b = boxes[r] as Box;
      index.add(b[0], b[1], b[2], b[3]);
    }
    index.finish();
    /** The overlap (polygons in EPSG:3035) as reported, or null below the tolerance. */
    const overlapOf = (polys: Rings[]): Clipped => {
      const area = polysArea(polys);
      if (area < toleranceM2) return null;
      const bb = bboxOf(polys);
      return { ha: area / 10000, at: fromLaea((bb[0] + bb[2]) / 2, (bb[1] + bb[3]) / 2) };
    };
    const partBoxes = new Map<number, Float64Array>();
    const partBoxesFor = (k: number) => {
      let b = partBoxes.get(k);
      if (!b) partBoxes.set(k, (b = partBoxesOf(projected[k] as Polys)));
      return b;
    };
    /**
     * Overlap of geometries i and j as clipped in this order; null if none, 'failed' if the
     * clipping gave up. Only the polygons whose boxes meet the other's are clipped.
     */
    const clip = (i: number, j: number): Clipped => {
      const pa = projected[i] as Polys;
      const pb = projected[j] as Polys;
      // The overlap of copies of a valid polygon set is that set: no clipping needed.
      if (i === j && isValidPolygonSet(pa)) return overlapOf(geomPolys(toGeoJSON(pa)));
      const ba = partBoxesFor(i);
      const bb = partBoxesFor(j);
      if (!somePartsMeet(ba, bb)) return null;
      if (clips >= clipBudget) return 'unmeasured';
      clips++;
      const na = partsNear(pa, ba, bb);
      const nb = partsNear(pb, bb, ba);
      const inter = tryClip(() =>
        intersect(featureCollection<Polygon | MultiPolygon>([rawGeom(na), rawGeom(nb)]))
      );
      if (inter === null) return 'failed';
      if (!inter) return null;
      return overlapOf(geomPolys(inter.geometry));
    };
    /**
     * The feature pairs (a, b), a before b in the input, that reps i and j stand for: the
     * pre-test runs once, the clipping once per order in which their geometries come.
     */
    const checkPairs = (i: number, j: number) => {
      const gi = groupOf(i);
      const gj = groupOf(j);
      const count = i === j ? (gi.length * (gi.length - 1)) / 2 : gi.length * gj.length;
      candidatePairs += count;
      const pa = projected[i] as Polys;
      const pb = projected[j] as Polys;
      const sa = slabs.get(i);
      if (!interiorsMayOverlap(pa, pb, boxes[i] as Box, boxes[j] as Box, sa, slabs.get(j))) return;
      clipped += count;
      let forward: Clipped | undefined;
      let backward: Clipped | undefined;
      /** The pair (a, b), a before b in the input. */
      const pair = (a: number, b: number) => {
        const o = i === j || repOf[a] === i ? (forward ??= clip(i, j)) : (backward ??= clip(j, i));
        if (o === 'failed') failedPairs++;
        else if (o === 'unmeasured') unmeasuredPairs++;
        else if (o)
          overlaps.push({
            a: (features[a] as TopologyInput).id,
            b: (features[b] as TopologyInput).id,
            ha: o.ha,
            at: o.at
          });
      };
      if (i === j)
        for (let x = 0; x < gi.length; x++)
          for (let y = x + 1; y < gi.length; y++) pair(gi[x] as number, gi[y] as number);
      else
        for (const a of gi)
          for (const c of gj)
            if (a < c) pair(a, c);
            else pair(c, a);
    };
    reps.forEach((i, u) => {
      // copies of one geometry overlap each other (unless it has no interior)
      if (members.has(i)) checkPairs(i, i);
      const b = boxes[i] as Box;
      for (const v of index.search(b[0], b[1], b[2], b[3])) {
        if (v <= u) continue;
        clusters.join(u, v);
        checkPairs(i, reps[v] as number);
      }
    });
    // the slabs are not needed for the gap union
    slabs.clear();
  }
  overlaps.sort((x, y) => y.ha - x.ha);

  const gaps: Gap[] = [];
  let extentKind: TopologyReport['extent'] = 'union';
  // Past the clipping budget the union of that many overlapping areas is work of the same kind
  // and size (shifted copies of Grasleben, 5 MB: 8 s): not done either.
  const gapsUnchecked = projected.length > MAX_GAP_CHECK_FEATURES || unmeasuredPairs > 0;
  if (projected.length > 0 && !gapsUnchecked) {
    /** The union of some features (reps, in input order), or null where clipping gave up. */
    const unionOf = (which: number[]) => {
      const all = which.map((r) => toGeom(projected[r] as Polys));
      return tryClip(() =>
        all.length === 1 ? all[0] : union(featureCollection<Polygon | MultiPolygon>(all))
      );
    };
    let gapPolys: Rings[] = [];
    if (extent) {
      extentKind = 'geltungsbereich';
      // Copies add nothing to a union, and areas whose box misses the extent's nothing to the
      // difference.
      const ext = project(extent, pool);
      const eb: Box = [Infinity, Infinity, -Infinity, -Infinity];
      extendBox(eb, ext.coords, 0, ext.coords.length);
      const inside = reps.filter((r) => {
        const b = boxes[r] as Box;
        return b[0] <= eb[2] && b[2] >= eb[0] && b[1] <= eb[3] && b[3] >= eb[1];
      });
      const unioned = inside.length > 0 ? unionOf(inside) : undefined;
      if (unioned === null) gapsFailed = true;
      else {
        const extGeom = toGeom(ext);
        const diff = unioned
          ? tryClip(() =>
              difference(
                featureCollection<Polygon | MultiPolygon>([
                  extGeom,
                  nestedToGeom(geomPolys(unioned.geometry))
                ])
              )
            )
          : extGeom;
        if (diff === null) gapsFailed = true;
        else gapPolys = geomPolys(diff?.geometry);
      }
    } else {
      // The holes of the union, cluster by cluster (areas whose boxes meet, directly or through
      // others): a cluster cannot change another's holes.
      const byCluster = new Map<number, number[]>();
      reps.forEach((r, u) => {
        const c = clusters.find(u);
        const list = byCluster.get(c);
        if (list) list.push(r);
        else byCluster.set(c, [r]);
      });
      for (const which of byCluster.values()) {
        const unioned = unionOf(which);
        if (unioned === null) {
          gapsFailed = true;
          gapPolys = [];
          break;
        }
        for (const rings of geomPolys(unioned?.geometry))
          for (const hole of rings.slice(1)) gapPolys.push([hole]);
      }
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
    ...(gapsUnchecked ? { gapsUnchecked: true } : {}),
    ...(failedPairs > 0 ? { failedPairs } : {}),
    ...(gapsFailed ? { gapsFailed: true } : {}),
    ...(unmeasuredPairs > 0 ? { unmeasured: { clips, pairs: unmeasuredPairs } } : {}),
    candidatePairs,
    clippedPairs: clipped,
    durationMs: Date.now() - t0
  };
}
