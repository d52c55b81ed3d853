/**
 * Which plans a point lies in: the FNP's area there and each Bebauungsplan's area there
 * (plan/parts.ts). A bounding-box test first, the exact point-in-area test only for candidates.
 */
import type { LoadedFeature } from '../plan/types';
import type { PlanPartRef, PlansAt } from '../plan/parts';
import { geometryBounds } from './bounds';
import { pointInGeometry } from './point-in';

/** The first area (not an overlay) of `features` that contains (lon, lat), or null. */
export function areaAt(
  features: readonly LoadedFeature[],
  lon: number,
  lat: number
): LoadedFeature | null {
  for (const f of features) {
    if (f.properties.overlay) continue;
    const [w, s, e, n] = geometryBounds(f.geometry);
    if (lon < w || lon > e || lat < s || lat > n) continue;
    if (pointInGeometry(lon, lat, f.geometry)) return f;
  }
  return null;
}

/** The FNP's area and every listed Bebauungsplan's area at (lon, lat). */
export function plansAt(
  fnp: readonly LoadedFeature[],
  parts: readonly { ref: PlanPartRef; features: readonly LoadedFeature[] }[],
  lon: number,
  lat: number
): PlansAt {
  return {
    fnp: areaAt(fnp, lon, lat),
    parts: parts.flatMap(({ ref, features }) => {
      const feature = areaAt(features, lon, lat);
      return feature ? [{ ref, feature }] : [];
    })
  };
}
