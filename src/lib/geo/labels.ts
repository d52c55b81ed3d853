import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';

/** Area-weighted centroid and area of a ring, in the ring's own (lon/lat) units. */
function ringCentroid(ring: Position[]): { x: number; y: number; area: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i] as [number, number];
    const [x1, y1] = ring[i + 1] as [number, number];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return a === 0
    ? { x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0, area: 0 }
    : { x: cx / (3 * a), y: cy / (3 * a), area: Math.abs(a / 2) };
}

/**
 * One label point per feature, at the centroid of its largest part, so that a district made of
 * several parts is named once on the map.
 */
export function labelPoints<P>(
  collection: FeatureCollection<Polygon | MultiPolygon, P>
): FeatureCollection<Point, P> {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f): Feature<Point, P> => {
      const parts =
        f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const c = parts
        .map((p) => ringCentroid(p[0] ?? []))
        .reduce((best, next) => (next.area > best.area ? next : best));
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [c.x, c.y] },
        properties: f.properties
      };
    })
  };
}
