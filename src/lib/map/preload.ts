import * as maplibregl from 'maplibre-gl';

/**
 * MapLibre, the largest download, is a static import of the first page, so the browser fetches
 * it together with the app's own modules (modulepreload) instead of after hydration, and the
 * map is created in the same task that learns the plan (no wait for a promise). It can be
 * imported in node (prerendering) without touching the DOM.
 */
export const maplibre: typeof import('maplibre-gl') = maplibregl;
