import type { LoadedFeature } from '../plan/types';

/**
 * Id of an area's 1999 state in the earlier area set (areas of two sets never share ids).
 * Its own module (with `previousView`) so that neither the URL parser (url-compare →
 * transition) nor the print sheet (print-job → compare-state) pulls the Flächenbilanz engine
 * (overlay.ts) into the page's first download.
 */
export const previousId = (id: string) => `${id}@1999`;

/** The earlier plan as its own area set: each area with its `previous` category (1999 view). */
export function previousView(features: readonly LoadedFeature[]): LoadedFeature[] {
  return features
    .filter((f) => f.properties.previous !== null)
    .map((f) => ({
      ...f,
      properties: {
        ...f.properties,
        id: previousId(f.properties.id),
        category: f.properties.previous!,
        previous: null
      }
    }));
}
