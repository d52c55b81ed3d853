/**
 * "Was ist hier geplant?": the areas around a point whose designation changed between the
 * previous plan (1999) and this one, sorted by distance, with the part of each inside the circle.
 *
 * Distances are measured in ETRS89-LAEA (EPSG:3035), where lengths near Düren are true to
 * about 0.1 %; the part inside the circle is clipped by the Flächenbilanz engine (ellipsoidal).
 */
import type { Polygon, Position } from 'geojson';
import { booleanIntersects } from '@turf/boolean-intersects';
import { boxesIntersect, featureBounds, geometryBounds } from './bounds';
import { PlanIndex, MIN_COUNTED_M2 } from './engine';
import { distanceToGeometry } from './point-in';
import { circleRegion } from './region';
import type { CategoryCode } from '../plan/categories';
import { changeKind as comparisonKind } from '../plan/change';
import type { LoadedFeature } from '../plan/types';

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

/** What the answer sentence says: new areas per category, returned land per (was, becomes). */
export interface NearbySummary {
  neu: { category: CategoryCode; count: number; area_m2: number }[];
  zurueck: { previous: CategoryCode; category: CategoryCode; count: number; area_m2: number }[];
  anders: { count: number; area_m2: number };
}

/** Groups the changes for the sentence; areas are the parts inside the circle. Order: largest first. */
export function summarize(changes: readonly NearbyChange[]): NearbySummary {
  const neu = new Map<CategoryCode, { count: number; area_m2: number }>();
  const back = new Map<string, NearbySummary['zurueck'][number]>();
  const anders = { count: 0, area_m2: 0 };
  for (const c of changes) {
    if (c.kind === 'neu') {
      const e = neu.get(c.category) ?? { count: 0, area_m2: 0 };
      e.count++;
      e.area_m2 += c.area_in_m2;
      neu.set(c.category, e);
    } else if (c.kind === 'zurueck' && c.previous) {
      const key = `${c.previous}>${c.category}`;
      const e = back.get(key) ?? {
        previous: c.previous,
        category: c.category,
        count: 0,
        area_m2: 0
      };
      e.count++;
      e.area_m2 += c.area_in_m2;
      back.set(key, e);
    } else {
      anders.count++;
      anders.area_m2 += c.area_in_m2;
    }
  }
  return {
    neu: [...neu]
      .map(([category, e]) => ({ category, ...e }))
      .sort((a, b) => b.area_m2 - a.area_m2),
    zurueck: [...back.values()].sort((a, b) => b.area_m2 - a.area_m2),
    anders
  };
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
