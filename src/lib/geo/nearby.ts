/**
 * "Was ist hier geplant?": the areas around a point whose designation changed between the
 * previous plan (1999) and this one, sorted by distance, with the part of each inside the circle.
 *
 * Distances are measured in ETRS89-LAEA (EPSG:3035), where lengths near Düren are true to
 * about 0.1 %; the part inside the circle is clipped by the Flächenbilanz engine (ellipsoidal).
 */
import type { Polygon, Position } from 'geojson';
import { booleanIntersects } from '@turf/turf';
import { boxesIntersect, featureBounds, geometryBounds } from './bounds';
import { PlanIndex, MIN_COUNTED_M2 } from './engine';
import { distanceToGeometry, nearestOnGeometry, pointInGeometry } from './point-in';
import { circleRegion } from './region';
import type { CategoryCode } from '../plan/categories';
import { changeKind as comparisonKind } from '../plan/change';
import type { LoadedFeature } from '../plan/types';
import type { BBox } from '../plan/types';

// Kept here for existing imports; the point tests live in point-in.ts (no engine, no Turf).
export { distanceToGeometry, pointInGeometry } from './point-in';

/** New in 2025; given back to open land (farmland, forest, green, water); any other change. */
export type ChangeKind = 'neu' | 'zurueck' | 'anders';

/**
 * How an area changed, or null where it is unchanged since the previous plan (or the plan has
 * no previous state). The resident's three kinds are a coarsening of the change kinds of the
 * comparison (plan/change.ts), so both say the same about an area.
 */
export function changeKind(p: {
  status: string;
  previous: CategoryCode | null;
  category: CategoryCode;
}): ChangeKind | null {
  // "New" follows the plan's own status rule (plan.json), as the legend and filters do.
  if (p.status === 'neu') return 'neu';
  if (p.previous === null) return null;
  const kind = comparisonKind(p.category, p.previous);
  if (kind === 'unveraendert') return null;
  return kind === 'ruecknahme' ? 'zurueck' : 'anders';
}

export interface NearbyChange {
  id: string;
  kind: ChangeKind;
  category: CategoryCode;
  previous: CategoryCode | null;
  name: string | null;
  /** Shortest distance from the point to the area in metres (0 when the point lies in it). */
  distance_m: number;
  /** Whole area of the feature, m². */
  area_m2: number;
  /** Its part inside the circle, m². */
  area_in_m2: number;
}

/** The changed areas of a plan with their index, built once per plan (small: changes only). */
const changeIndexes = new WeakMap<readonly LoadedFeature[], PlanIndex>();

function changeIndex(features: readonly LoadedFeature[]): PlanIndex {
  let index = changeIndexes.get(features);
  if (!index) {
    const changed = features.filter(
      (f) => f.properties.overlay !== true && changeKind(f.properties) !== null
    );
    index = new PlanIndex(changed);
    changeIndexes.set(features, index);
  }
  return index;
}

/**
 * The changed areas with a part of at least MIN_COUNTED_M2 inside the circle of `radius_m`
 * around (lon, lat), nearest first (ties: larger part first, then id).
 */
export function changesNear(
  features: readonly LoadedFeature[],
  lon: number,
  lat: number,
  radius_m: number
): NearbyChange[] {
  const index = changeIndex(features);
  if (index.size === 0 || !(radius_m > 0)) return [];
  const hits = index.query(circleRegion(lon, lat, radius_m));
  return hits
    .filter((h) => h.area_in_m2 >= MIN_COUNTED_M2)
    .map((h): NearbyChange => {
      const f = index.features[h.index] as LoadedFeature;
      const p = f.properties;
      return {
        id: p.id,
        kind: changeKind(p) as ChangeKind,
        category: p.category,
        previous: p.previous,
        name: p.name,
        distance_m: distanceToGeometry(lon, lat, f.geometry),
        area_m2: p.area_m2,
        area_in_m2: h.area_in_m2
      };
    })
    .sort(
      (a, b) =>
        a.distance_m - b.distance_m || b.area_in_m2 - a.area_in_m2 || a.id.localeCompare(b.id)
    );
}

/** What the plan shows at the point itself: the area it lies in and how that changed. */
export interface Spot {
  id: string;
  category: CategoryCode;
  previous: CategoryCode | null;
  /** null: unchanged since the previous plan (or the plan has no previous state). */
  kind: ChangeKind | null;
  /** Whether the plan knows a previous state at all (else "unchanged" cannot be said). */
  hasPrevious: boolean;
  area_m2: number;
}

/** A box of about `m` metres around (lon, lat), in degrees. */
function boxAround(lon: number, lat: number, m: number): BBox {
  const dLat = m / 111_320;
  const dLon = m / (111_320 * Math.cos((lat * Math.PI) / 180));
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

/** The area (not an overlay) the point lies in, or null outside every area. */
export function spotAt(features: readonly LoadedFeature[], lon: number, lat: number): Spot | null {
  const box = boxAround(lon, lat, 1);
  for (const f of features) {
    const p = f.properties;
    if (p.overlay === true || !boxesIntersect(featureBounds(f), box)) continue;
    if (!pointInGeometry(lon, lat, f.geometry)) continue;
    return {
      id: p.id,
      category: p.category,
      previous: p.previous,
      kind: changeKind(p),
      hasPrevious: p.previous !== null,
      area_m2: p.area_m2
    };
  }
  return null;
}

/** Open land a resident cares about next door: green space, forest, water. */
export const OPEN_CATEGORIES: readonly CategoryCode[] = ['gruen', 'wald', 'wasser'];

/** An unchanged open area near the point, with where its nearest edge is. */
export interface OpenNearby {
  id: string;
  category: CategoryCode;
  name: string | null;
  distance_m: number;
  /** Compass direction from the point to the nearest edge, degrees clockwise from north. */
  bearing_deg: number;
}

/**
 * The unchanged green, forest and water areas whose edge lies within `radius_m` of the point
 * (not the one the point lies in), nearest first; at most `limit`.
 */
export function openNear(
  features: readonly LoadedFeature[],
  lon: number,
  lat: number,
  radius_m: number,
  limit = 3
): OpenNearby[] {
  const box = boxAround(lon, lat, radius_m);
  const out: OpenNearby[] = [];
  for (const f of features) {
    const p = f.properties;
    if (p.overlay === true || !OPEN_CATEGORIES.includes(p.category)) continue;
    if (changeKind(p) !== null || !boxesIntersect(featureBounds(f), box)) continue;
    const near = nearestOnGeometry(lon, lat, f.geometry);
    if (near.distance_m === 0 || near.distance_m > radius_m) continue;
    const bearing = (Math.atan2(near.dx, near.dy) * 180) / Math.PI;
    out.push({
      id: p.id,
      category: p.category,
      name: p.name,
      distance_m: near.distance_m,
      bearing_deg: (bearing + 360) % 360
    });
  }
  return out
    .sort((a, b) => a.distance_m - b.distance_m || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/**
 * The ids of the features that share area with a region (the drawn region, for the area list);
 * bounding boxes first, then turf's exact intersection test.
 */
export function idsTouching(features: readonly LoadedFeature[], region: Polygon): Set<string> {
  const box = geometryBounds(region);
  const ids = new Set<string>();
  for (const f of features) {
    if (!boxesIntersect(featureBounds(f), box)) continue;
    if (booleanIntersects(f.geometry, region)) ids.add(f.properties.id);
  }
  return ids;
}
