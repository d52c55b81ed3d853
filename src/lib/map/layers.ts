/**
 * The one place that decides the map's z-order, bottom to top. Layers are added in this
 * order and looked up through `layerId`, so a typo fails loudly instead of drawing nothing.
 */
export const LAYER_ORDER = [
  'background',
  'boundary-fill',
  'plan-fill',
  'plan-overlay-fill',
  'plan-outline',
  'region-fill',
  'districts-line',
  'boundary-line',
  'iq-line',
  'plan-hover',
  'plan-selected',
  'region-line',
  'places-circle',
  'districts-label',
  'iq-label',
  'places-label',
  'region-label',
  'poi-halo',
  'poi-marker'
] as const;

export type LayerId = (typeof LAYER_ORDER)[number];

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
  region: 'region',
  poi: 'poi'
} as const;
