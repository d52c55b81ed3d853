import type { Plan } from '../plan/types';
import type { ViewerState } from './viewer.svelte';
import { MAX_RADIUS_M, roundCoordinate, type PointOfInterest } from './url';
import { pointInGeometry } from '../geo/point-in';

/** The radius choices offered for "Was ist hier geplant?", metres. */
export const RADII = [300, 500, 1000, 2000] as const;
export const DEFAULT_RADIUS = 500;

/**
 * The radius of the "Was ist hier geplant?" circle: the region is a circle around the point of
 * interest (so both are in the URL as `poi=` and `region=c:`); null when they do not match.
 */
export function nearbyRadius(viewer: ViewerState): number | null {
  const { poi, region } = viewer;
  if (!poi || region?.kind !== 'circle') return null;
  const [lon, lat] = region.center;
  const near = Math.abs(lon - poi.lon) < 2e-6 && Math.abs(lat - poi.lat) < 2e-6;
  return near ? region.radius_m : null;
}

/**
 * Sets the point of interest and the circle around it; the Flächenbilanz then sums that circle.
 * Returns the circle, for the map to show (the map controller's fit, in the feature).
 */
export function setNearby(viewer: ViewerState, poi: PointOfInterest, radius_m: number) {
  const at = { ...poi, lon: roundCoordinate(poi.lon), lat: roundCoordinate(poi.lat) };
  const r = Math.min(Math.max(1, radius_m), MAX_RADIUS_M);
  const circle = { point: [at.lon, at.lat] as [number, number], radius_m: r };
  viewer.poi = at;
  viewer.region = { kind: 'circle', center: circle.point, radius_m: r };
  viewer.scope = 'region';
  return circle;
}

export function clearNearby(viewer: ViewerState) {
  if (nearbyRadius(viewer) !== null) {
    viewer.region = null;
    viewer.scope = 'stadt';
  }
  viewer.poi = null;
}

/** Whether a point lies in the plan area: inside the boundary if the plan has one, else its box. */
export function insidePlan(plan: Plan, lon: number, lat: number): boolean {
  const boundary = plan.boundary?.features ?? [];
  if (boundary.length > 0) return boundary.some((f) => pointInGeometry(lon, lat, f.geometry));
  const b = plan.bounds;
  return b !== null && lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];
}

/** A point picked on the map (right-click, long-press) or found by search: keeps the radius. */
export function pickPoint(viewer: ViewerState, poi: PointOfInterest) {
  setNearby(viewer, poi, nearbyRadius(viewer) ?? DEFAULT_RADIUS);
}
