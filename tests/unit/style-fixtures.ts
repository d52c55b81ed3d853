/** Small inputs of the map style for unit tests (no plan data, no network). */
import type { ActiveBasemap } from '../../src/lib/map/basemap/sources';
import { omtLayers } from '../../src/lib/map/basemap/omt-style';
import type { PlanFilter } from '../../src/lib/geo/filter';
import { CATEGORY_CODES } from '../../src/lib/plan/categories';

/** The filter that shows every area. */
export const showAll = (): PlanFilter => ({
  categories: new Set(CATEGORY_CODES),
  status: 'alle',
  district: null,
  minArea_m2: 0,
  overlays: true
});

/** A self-hosted basemap (`npm run basemap`) served by the preview server. */
export const selfBasemap: ActiveBasemap = {
  kind: 'self',
  omt: omtLayers,
  baseUrl: 'http://127.0.0.1:4173/basemap',
  manifest: {
    version: 1,
    tiles: 'tiles/{z}/{x}/{y}.pbf',
    minzoom: 0,
    maxzoom: 14,
    bounds: [6.3, 50.7, 6.6, 50.9],
    attribution: '© OpenStreetMap-Mitwirkende <ODbL>',
    search: 'search.json'
  }
};
