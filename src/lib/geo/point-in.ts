/**
 * Point-in-area and distance-to-area tests, in ETRS89-LAEA metres. Small and without the
 * Flächenbilanz engine or Turf, so the page's first download can use them (nearby.ts re-exports).
 */
import type { Position } from 'geojson';
import { toLaea } from './laea';
import type { PlanGeometry } from '../plan/types';

/** Nearest point on segment a–b to (x, y), all in the same planar metres. */
function segmentNearest(x: number, y: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
  return [ax + t * dx, ay + t * dy] as const;
}

/** The nearest edge point of a polygon seen from a point: distance and offset in metres. */
export interface Nearest {
  /** 0 when the point lies inside (holes respected). */
  distance_m: number;
  /** Offset east and north (ETRS89-LAEA metres) from the point to the nearest edge point. */
  dx: number;
  dy: number;
}

/** Even-odd test and nearest edge point of one ring. */
function ringMeasure(ring: Position[], x: number, y: number): [boolean, Nearest] {
  let inside = false;
  const best: Nearest = { distance_m: Infinity, dx: 0, dy: 0 };
  const pts = ring.map(([lon, lat]) => toLaea(lon as number, lat as number));
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i] as [number, number];
    const [xj, yj] = pts[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    const [nx, ny] = segmentNearest(x, y, xj, yj, xi, yi);
    const d = Math.hypot(nx - x, ny - y);
    if (d < best.distance_m) Object.assign(best, { distance_m: d, dx: nx - x, dy: ny - y });
  }
  return [inside, best];
}

/** The nearest edge point of a polygon from (lon, lat); distance 0 inside it (holes respected). */
export function nearestOnGeometry(lon: number, lat: number, g: PlanGeometry): Nearest {
  const [x, y] = toLaea(lon, lat);
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best: Nearest = { distance_m: Infinity, dx: 0, dy: 0 };
  for (const rings of polygons) {
    let inside = false;
    rings.forEach((ring, r) => {
      const [inRing, near] = ringMeasure(ring, x, y);
      if (r === 0) inside = inRing;
      else if (inRing) inside = false;
      if (near.distance_m < best.distance_m) best = near;
    });
    if (inside) return { distance_m: 0, dx: 0, dy: 0 };
  }
  return best;
}

/** Shortest distance in metres from (lon, lat) to a polygon; 0 inside it (holes respected). */
export function distanceToGeometry(lon: number, lat: number, g: PlanGeometry): number {
  return nearestOnGeometry(lon, lat, g).distance_m;
}

/** Whether (lon, lat) lies inside a polygon (holes respected). */
export function pointInGeometry(lon: number, lat: number, g: PlanGeometry): boolean {
  return distanceToGeometry(lon, lat, g) === 0;
}
