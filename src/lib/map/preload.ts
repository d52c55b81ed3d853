/**
 * MapLibre, the largest download, is requested as soon as the app's modules are evaluated
 * (before hydration), in parallel with plan.json and the plan worker. Never during
 * prerendering.
 */
export const maplibre: Promise<typeof import('maplibre-gl')> | null =
  typeof window === 'undefined' ? null : import('maplibre-gl');
