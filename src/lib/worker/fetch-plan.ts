import { readPlanFeaturesCounted } from '../geo/measure';
import { PlanDataError } from '../plan/validate';
import type { LoadedFeature } from '../plan/types';
import { PlanLoadError, fetchJson } from '../plan/fetch';

/**
 * Fetches, checks and measures a plan.geojson (in the plan worker; pure enough for node
 * tests with a stub fetch). Stored `area_m2` values are used as they are; `measured` counts
 * the areas that had none and were computed from the file's coordinates.
 */
export async function fetchPlanFeatures(
  url: string,
  file: string,
  fetchFn: typeof fetch = fetch
): Promise<{ features: LoadedFeature[]; measured: number }> {
  const json = await fetchJson(fetchFn, url, file);
  try {
    return readPlanFeaturesCounted(json, file);
  } catch (e) {
    if (e instanceof PlanDataError)
      throw new PlanLoadError('data', e.source, e.message, 0, e.messageEn);
    throw e;
  }
}

/** The measured plan as UTF-8 GeoJSON, for the map of a file that had no stored areas. */
export function measuredGeoJson(features: readonly LoadedFeature[]): ArrayBuffer {
  const text = JSON.stringify({ type: 'FeatureCollection', features });
  return new TextEncoder().encode(text).buffer as ArrayBuffer;
}
