import { ellipsoidalArea } from './area';
import { parsePlanCollection } from '../plan/validate';
import type { LoadedFeature, PlanFeature } from '../plan/types';

/**
 * Each feature with its ellipsoidal area: the stored `area_m2` where the file has one (the data
 * build and the importer compute it from full-precision coordinates), otherwise computed here
 * once from the file's coordinates and carried from then on.
 */
export function withAreas(features: readonly PlanFeature[]): LoadedFeature[] {
  return features.map((f) =>
    f.properties.area_m2 !== undefined
      ? (f as LoadedFeature)
      : { ...f, properties: { ...f.properties, area_m2: ellipsoidalArea(f.geometry) } }
  );
}

/** How many features of a checked plan carry no stored area (and are measured at load). */
export const missingAreas = (features: readonly PlanFeature[]): number =>
  features.reduce((n, f) => n + (f.properties.area_m2 === undefined ? 1 : 0), 0);

/** A parsed plan.geojson, checked and measured: what the viewer, the CLI and the tests hold. */
export function readPlanFeatures(json: unknown, source: string): LoadedFeature[] {
  return withAreas(parsePlanCollection(json, source));
}

/** As `readPlanFeatures`, and how many areas had to be measured because the file had none. */
export function readPlanFeaturesCounted(
  json: unknown,
  source: string
): { features: LoadedFeature[]; measured: number } {
  const checked = parsePlanCollection(json, source);
  return { features: withAreas(checked), measured: missingAreas(checked) };
}
