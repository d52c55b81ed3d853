import type { MultiPolygon, Polygon, Position } from 'geojson';
import { toLaea } from './laea';

/**
 * Longest edge, in degrees of latitude/longitude, projected as a straight line. Longer edges
 * are split so that the straight line in the projection stays within millimetres of the
 * geodesic that PostGIS and GeographicLib integrate along.
 */
const MAX_EDGE_DEG = 0.002;

/** Projects a ring (lon/lat degrees) to EPSG:3035 as a flat [x0, y0, x1, y1, …] array. */
export function projectRing(ring: Position[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i] as Position;
    const lon = p[0] as number;
    const lat = p[1] as number;
    const next = ring[i + 1];
    const [x, y] = toLaea(lon, lat);
    out.push(x, y);
    if (!next) continue;
    const dLon = (next[0] as number) - lon;
    const dLat = (next[1] as number) - lat;
    const steps = Math.ceil(Math.max(Math.abs(dLon), Math.abs(dLat)) / MAX_EDGE_DEG);
    for (let s = 1; s < steps; s++) {
      const [ix, iy] = toLaea(lon + (dLon * s) / steps, lat + (dLat * s) / steps);
      out.push(ix, iy);
    }
  }
  return out;
}

/** Signed shoelace area of a flat [x, y, …] ring; positive when counter-clockwise. */
export function signedRingArea(flat: ArrayLike<number>): number {
  let sum = 0;
  const n = flat.length;
  for (let i = 0; i < n; i += 2) {
    const j = (i + 2) % n;
    sum += (flat[i] as number) * (flat[j + 1] as number) - (flat[j] as number) * (flat[i + 1] as number);
  }
  return sum / 2;
}

function polygonArea(rings: Position[][]): number {
  let area = 0;
  rings.forEach((ring, i) => {
    const a = Math.abs(signedRingArea(projectRing(ring)));
    area += i === 0 ? a : -a;
  });
  return area;
}

/**
 * Area on the WGS84 ellipsoid in square metres (holes subtracted, multipolygons summed),
 * independent of ring winding.
 */
export function ellipsoidalArea(geometry: Polygon | MultiPolygon): number {
  if (geometry.type === 'Polygon') return polygonArea(geometry.coordinates);
  return geometry.coordinates.reduce((sum, polygon) => sum + polygonArea(polygon), 0);
}
