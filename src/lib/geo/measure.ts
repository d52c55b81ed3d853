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

/**
 * As `readPlanFeatures`, for a plan already parsed on the page (the map's own copy of the
 * areas): checked in parts of `part` features with a pause between them, so that the check never
 * holds the page for long. The geometry objects are taken over, not copied.
 */
export async function readPlanFeaturesInParts(
  json: unknown,
  source: string,
  part = 2000
): Promise<LoadedFeature[]> {
  const all = (json as { features?: unknown } | null)?.features;
  if (!Array.isArray(all)) return readPlanFeatures(json, source);
  const seen = new Set<string>();
  const out: LoadedFeature[] = [];
  for (let i = 0; i < all.length; i += part) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve));
    const slice = { type: (json as { type?: unknown }).type, features: all.slice(i, i + part) };
    for (const f of withAreas(parsePlanCollection(slice, source, seen, i))) out.push(f);
  }
  return out;
}
