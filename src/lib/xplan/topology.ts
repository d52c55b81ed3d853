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
import { interiorsMayOverlap, type Box, type Polys } from './overlap-pretest';
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
  /** Set when the plan had more than MAX_GAP_CHECK_FEATURES base features: gaps not checked. */
  gapsUnchecked?: boolean;
  /**
   * Pairs whose exact clipping failed (the clipping library gives up on some nearly collinear
   * edges, e.g. in Gauß-Krüger plans): their overlap is not known. Absent when none failed.
   */
  failedPairs?: number;
  /** Set when the union for the gap check failed in the clipping library: gaps not known. */
  gapsFailed?: boolean;
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

type Rings = Position[][];
type PolyFeature = Feature<Polygon | MultiPolygon>;
/** A turf feature of a projected geometry: nested arrays made only for the pair being clipped. */
const toGeom = (g: Polys): PolyFeature => ({
  type: 'Feature',
  properties: {},
  geometry: toGeoJSON(g)
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

export function checkFlaechenschluss(
  features: readonly TopologyInput[],
  extent: Polygon | MultiPolygon | null,
  toleranceM2 = 1
): TopologyReport {
  const t0 = Date.now();
  const pool = new CoordPool();
  const projected = features.map((f) => project(f.geometry, pool));
  const overlaps: Overlap[] = [];
  let candidatePairs = 0;
  let clipped = 0;
  let failedPairs = 0;
  let gapsFailed = false;
  if (projected.length > 0) {
    const index = new Flatbush(projected.length);
    const boxes = projected.map(boxOf);
    for (const b of boxes) index.add(b[0], b[1], b[2], b[3]);
    index.finish();
    projected.forEach((pa, i) => {
      const b = boxes[i] as Box;
      for (const j of index.search(b[0], b[1], b[2], b[3])) {
        if (j <= i) continue;
        candidatePairs++;
        const pb = projected[j] as Polys;
        if (!interiorsMayOverlap(pa, pb, b, boxes[j] as Box)) continue;
        clipped++;
        const inter = tryClip(() =>
          intersect(featureCollection<Polygon | MultiPolygon>([toGeom(pa), toGeom(pb)]))
        );
        if (inter === null) {
          failedPairs++;
          continue;
        }
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
  const gapsUnchecked = projected.length > MAX_GAP_CHECK_FEATURES;
  if (projected.length > 0 && !gapsUnchecked) {
    const all = projected.map(toGeom);
    const unioned = tryClip(() =>
      all.length === 1 ? all[0] : union(featureCollection<Polygon | MultiPolygon>(all))
    );
    const unionPolys = geomPolys(unioned?.geometry);
    let gapPolys: Rings[] = [];
    if (extent) extentKind = 'geltungsbereich';
    if (unioned === null) gapsFailed = true;
    else if (extent) {
      const ext = toGeom(project(extent, pool));
      const diff = unioned
        ? tryClip(() =>
            difference(featureCollection<Polygon | MultiPolygon>([ext, nestedToGeom(unionPolys)]))
          )
        : ext;
      if (diff === null) gapsFailed = true;
      else gapPolys = geomPolys(diff?.geometry);
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
    ...(gapsUnchecked ? { gapsUnchecked: true } : {}),
    ...(failedPairs > 0 ? { failedPairs } : {}),
    ...(gapsFailed ? { gapsFailed: true } : {}),
    candidatePairs,
    clippedPairs: clipped,
    durationMs: Date.now() - t0
  };
}
