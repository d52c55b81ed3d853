import { ellipsoidalArea } from './area';
import { parsePlanCollection } from '../plan/validate';
import type { LoadedFeature, PlanFeature } from '../plan/types';

/** Each feature with its ellipsoidal area, computed once here and carried from then on. */
export function withAreas(features: readonly PlanFeature[]): LoadedFeature[] {
  return features.map((f) => ({
    ...f,
    properties: { ...f.properties, area_m2: ellipsoidalArea(f.geometry) }
  }));
}

/** A parsed plan.geojson, checked and measured: what the viewer, the CLI and the tests hold. */
export function readPlanFeatures(json: unknown, source: string): LoadedFeature[] {
  return withAreas(parsePlanCollection(json, source));
}
