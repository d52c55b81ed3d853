/**
 * The one place that decides the map's z-order, bottom to top. Layers are added in this
 * order and looked up through `layerId`, so a typo fails loudly instead of drawing nothing.
 */
/** Basemap layers under the plan (OpenMapTiles schema; see `basemap/omt-style.ts`). */
export const BASEMAP_BELOW = [
  'basemap-landcover',
  'basemap-landuse',
  'basemap-park',
  'basemap-water',
  'basemap-waterway',
  'basemap-waterway-detail',
  'basemap-building',
  'basemap-road-casing',
  'basemap-road-casing-main',
  'basemap-road-casing-mid',
  'basemap-road-casing-detail',
  'basemap-road',
  'basemap-road-main',
  'basemap-road-mid',
  'basemap-road-detail',
  'basemap-rail',
  'basemap-rail-main',
  'basemap-boundary'
] as const;

/** Basemap labels: above the plan fill, below the plan's own labels (which win collisions). */
export const BASEMAP_LABELS = [
  'basemap-water-name',
  'basemap-housenumber',
  'basemap-street-label',
  'basemap-street-label-mid',
  'basemap-street-label-detail',
  'basemap-place-label'
] as const;

export const LAYER_ORDER = [
  'background',
  ...BASEMAP_BELOW,
  'boundary-fill',
  'plan-fill',
  'plan-overlay-fill',
  'plan-outline',
  // The Bebauungspläne above the FNP (plan.json `plans`): their contents at building scale.
  'bplan-fill',
  'bplan-outline',
  'region-fill',
  'districts-line',
  'boundary-line',
  'iq-line',
  // A Bebauungsplan's Geltungsbereich, at every zoom (its outline at city scale).
  'bplan-boundary',
  'plan-baugrenze',
  'plan-baulinie',
  'bplan-baugrenze',
  'bplan-baulinie',
  'plan-hover',
  'plan-selected',
  'compare-cell',
  'region-line',
  'plots-fill',
  'plots-outline',
  'plots-hover',
  'plots-selected',
  ...BASEMAP_LABELS,
  'places-circle',
  'plan-schablone',
  'bplan-schablone',
  'districts-label',
  'places-label',
  // A Bebauungsplan's name gives way to the Innovationsquartier's where both meet (the top
  // layer places first): at city scale the quarter's name is the one to read.
  'bplan-label',
  // Placed before the places' labels (the top layer places first), so the station's name
  // never hides the Innovationsquartier's.
  'iq-label',
  'region-label',
  'poi-halo',
  'poi-marker'
] as const;

export type LayerId = (typeof LAYER_ORDER)[number];

/**
 * What the map's first frame draws (with the basemap's own layers under the plan, if one is
 * on): the plan's areas, filled by category. Everything else in the order, the outlines
 * included, follows one frame after that frame is on screen (style.ts `firstFrameStyle`): on a
 * software renderer a line layer costs its own shader compilation and tessellation first.
 */
export const FIRST_FRAME: readonly LayerId[] = ['background', 'plan-fill'];
export type BasemapLayerId = (typeof BASEMAP_BELOW)[number] | (typeof BASEMAP_LABELS)[number];

/**
 * A basemap with its own published style (basemap.de) keeps its layers: those that are not
 * labels go right above this layer, its labels right above `BASEMAP_LABEL_SLOT`.
 */
export const BASEMAP_SLOT: LayerId = 'background';
export const BASEMAP_LABEL_SLOT: LayerId = 'region-line';

export function layerId(id: string): LayerId {
  if (!(LAYER_ORDER as readonly string[]).includes(id)) throw new Error(`Unknown map layer: ${id}`);
  return id as LayerId;
}

/** Source ids; the plan features carry `promoteId: id` so feature-state works on string ids. */
export const SOURCES = {
  plan: 'plan',
  boundary: 'boundary',
  districts: 'districts',
  districtLabels: 'district-labels',
  places: 'places',
  iq: 'innovationsquartier',
  iqLabel: 'iq-label-point',
  region: 'region',
  poi: 'poi',
  basemap: 'basemap',
  plots: 'plots',
  lines: 'plan-lines',
  /** The Bebauungspläne shown above the plan (map/parts-data.ts). */
  partAreas: 'bplan-areas',
  partLines: 'bplan-lines',
  partBoundary: 'bplan-boundary',
  partLabel: 'bplan-label-point'
} as const;
