/**
 * Areas whose boundary crosses itself (a "bow-tie"): their signed ring area cancels out (a
 * bow-tie of two equal lobes would be 0.00 ha), so the importer replaces such a geometry by the
 * union of what it encloses under the non-zero winding rule (polyclip-ts via turf.union): each
 * enclosed part counts once.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { union } from '@turf/turf';

export function resolveSelfCrossing(g: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
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
  if (!u) return null;
  const c = u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates;
  return c.length === 1
    ? { type: 'Polygon', coordinates: c[0]! }
    : { type: 'MultiPolygon', coordinates: c };
}
