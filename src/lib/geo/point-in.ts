/**
 * Point-in-area and distance-to-area tests, in ETRS89-LAEA metres. Small and without the
 * Flächenbilanz engine or Turf, so the page's first download can use them (nearby.ts re-exports).
 */
import type { Position } from 'geojson';
import { toLaea } from './laea';
import { pointInRing } from './point-in-ring';
import type { PlanGeometry } from '../plan/types';

/** Distance (m) from (x, y) to segment a–b, all in the same planar metres. */
function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Even-odd test and nearest edge of one ring; returns [inside toggles, distance]. */
function ringMeasure(ring: Position[], x: number, y: number): [boolean, number] {
  let best = Infinity;
  const pts = ring.map(([lon, lat]) => toLaea(lon as number, lat as number));
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i] as [number, number];
    const [xj, yj] = pts[j] as [number, number];
    best = Math.min(best, segmentDistance(x, y, xj, yj, xi, yi));
  }
  return [pointInRing(x, y, pts), best];
}

/** Shortest distance in metres from (lon, lat) to a polygon; 0 inside it (holes respected). */
export function distanceToGeometry(lon: number, lat: number, g: PlanGeometry): number {
  const [x, y] = toLaea(lon, lat);
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best = Infinity;
  for (const rings of polygons) {
    let inside = false;
    let edge = Infinity;
    rings.forEach((ring, r) => {
      const [inRing, d] = ringMeasure(ring, x, y);
      if (r === 0) inside = inRing;
      else if (inRing) inside = false;
      edge = Math.min(edge, d);
    });
    if (inside) return 0;
    best = Math.min(best, edge);
  }
  return best;
}

/** Whether (lon, lat) lies inside a polygon (holes respected). */
export function pointInGeometry(lon: number, lat: number, g: PlanGeometry): boolean {
  return distanceToGeometry(lon, lat, g) === 0;
}
