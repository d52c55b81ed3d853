/**
 * Areas whose boundary crosses itself (a "bow-tie"): their signed ring area cancels out (a
 * bow-tie of two equal lobes would be 0.00 ha), so the importer replaces such a geometry by the
 * union of what it encloses under the non-zero winding rule (polyclip-ts via turf.union): each
 * enclosed part counts once.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { nonZeroUnion } from '../geo/region-union';

export function resolveSelfCrossing(g: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const c = nonZeroUnion(g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
  if (c.length === 0) return null;
  return c.length === 1
    ? { type: 'Polygon', coordinates: c[0]! }
    : { type: 'MultiPolygon', coordinates: c };
}
