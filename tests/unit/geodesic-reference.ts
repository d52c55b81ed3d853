/**
 * The independent area reference of the unit tests: GeographicLib PolygonArea (Karney 2013;
 * what PostGIS ST_Area(geography) uses on the spheroid), not src/lib/geo/area.ts.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { Geodesic } from 'geographiclib-geodesic';

/** GeographicLib area of a closed ring (geodesic edges), m², unsigned. */
export function geodesicRingArea(ring: Position[]): number {
  const p = Geodesic.WGS84.Polygon(false);
  for (const [lon, lat] of ring.slice(0, -1)) p.AddPoint(lat as number, lon as number);
  return Math.abs(p.Compute(false, true).area as number);
}

/** GeographicLib area of a polygon or multipolygon (holes subtracted), m². */
export function geodesicArea(g: Polygon | MultiPolygon): number {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.reduce(
    (s, rings) => s + rings.reduce((a, r, i) => a + (i === 0 ? 1 : -1) * geodesicRingArea(r), 0),
    0
  );
}
