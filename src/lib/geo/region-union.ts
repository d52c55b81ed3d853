/**
 * The union of region polygons, apart from region.ts so that the page's first download (which
 * needs circles and boxes) does not carry polyclip-ts; only the engine in the worker uses it.
 */
import type { FeatureCollection, MultiPolygon, Position } from 'geojson';
import { union } from '@turf/union';
import { densifyRing } from './area';
import { checkRepairable, repairRegion } from './region-repair';

/**
 * Union by the non-zero rule of self-intersecting or overlapping polygons (lon/lat), in bounded
 * work (region-repair.ts; refused with a RegionError beyond its limits). Used by
 * `PreparedRegion` only when it found crossings or overlapping parts.
 */
export function unionPolygons(polygons: Position[][][]): Position[][][] {
  // The repair cuts straight lon/lat lines; densify first so that they follow the geodesics
  // (after the cheap check that refuses a region crossing itself too often).
  checkRepairable(polygons);
  return repairRegion(polygons.map((p) => p.map((r) => densifyRing(r))));
}

/**
 * What polygons enclose under the non-zero winding rule, each part once (polyclip-ts via
 * turf.union); straight edges in lon/lat. Empty if they enclose nothing. Unbounded work: the
 * importer's check of self-crossing features uses it; regions use `unionPolygons`.
 */
export function nonZeroUnion(polygons: Position[][][]): Position[][][] {
  // A union of one geometry needs two features; the same geometry twice changes nothing.
  const fc: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: [0, 1].map(() => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: polygons }
    }))
  };
  const u = union(fc);
  if (!u) return [];
  return u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates;
}
