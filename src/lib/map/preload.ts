import * as maplibregl from 'maplibre-gl';

/**
 * MapLibre, the largest download, is a static import of the first page, so the browser fetches
 * it together with the app's own modules (modulepreload) instead of after hydration. It can be
 * imported in node (prerendering) without touching the DOM.
 */
export const maplibre: Promise<typeof import('maplibre-gl')> = Promise.resolve(maplibregl);
