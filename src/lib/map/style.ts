import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Plan } from '../state/load';
import type { PlanFilter } from '../geo/filter';
import {
  categoryColor,
  categoryOutline,
  idFilter,
  isHovered,
  outlineWidth,
  planFilterExpression
} from './expressions';
import { LAYER_ORDER, SOURCES, type LayerId } from './layers';
import { labelPoints } from '../geo/labels';

/** Attribution strings end up in MapLibre's HTML attribution control: escape them. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

export interface StyleInput {
  plan: Plan;
  filter: PlanFilter;
  selected: string | null;
  showIq: boolean;
  region: FeatureCollection;
  /** The point of interest as a one-point collection (or empty). */
  poi: FeatureCollection;
  /** URLs of the bundled woff2 files (served by the site itself, no glyph server). */
  fonts: { regular: string; bold: string };
}

const textHalo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.5, 'text-color': '#1a1a1a' };

function layers(input: StyleInput): Record<LayerId, LayerSpecification> {
  const { filter, selected, showIq } = input;
  const iqVisibility = showIq ? 'visible' : 'none';
  return {
    background: { id: 'background', type: 'background', paint: { 'background-color': '#f4f3ef' } },
    'boundary-fill': {
      id: 'boundary-fill',
      type: 'fill',
      source: SOURCES.boundary,
      paint: { 'fill-color': '#ffffff' }
    },
    'plan-fill': {
      id: 'plan-fill',
      type: 'fill',
      source: SOURCES.plan,
      filter: planFilterExpression(filter, false),
      paint: { 'fill-color': categoryColor, 'fill-opacity': 0.85 }
    },
    'plan-overlay-fill': {
      id: 'plan-overlay-fill',
      type: 'fill',
      source: SOURCES.plan,
      filter: planFilterExpression(filter, true),
      paint: { 'fill-color': categoryColor, 'fill-opacity': 0.25, 'fill-outline-color': '#5a2d82' }
    },
    'plan-outline': {
      id: 'plan-outline',
      type: 'line',
      source: SOURCES.plan,
      filter: planFilterExpression(filter, false),
      paint: { 'line-color': categoryOutline, 'line-width': outlineWidth }
    },
    'region-fill': {
      id: 'region-fill',
      type: 'fill',
      source: SOURCES.region,
      paint: { 'fill-color': '#1d4ed8', 'fill-opacity': 0.08 }
    },
    'districts-line': {
      id: 'districts-line',
      type: 'line',
      source: SOURCES.districts,
      paint: {
        'line-color': '#4b4b4b',
        'line-width': 1,
        'line-dasharray': [4, 3],
        'line-opacity': 0.7
      }
    },
    'boundary-line': {
      id: 'boundary-line',
      type: 'line',
      source: SOURCES.boundary,
      paint: { 'line-color': '#222222', 'line-width': 2.5 }
    },
    'iq-line': {
      id: 'iq-line',
      type: 'line',
      source: SOURCES.iq,
      layout: { visibility: iqVisibility, 'line-join': 'round' },
      paint: { 'line-color': '#6d28d9', 'line-width': 4 }
    },
    'plan-hover': {
      id: 'plan-hover',
      type: 'line',
      source: SOURCES.plan,
      filter: planFilterExpression(filter, false),
      paint: {
        'line-color': '#111111',
        'line-width': ['case', isHovered, 2.5, 0],
        'line-opacity': ['case', isHovered, 1, 0]
      }
    },
    'plan-selected': {
      id: 'plan-selected',
      type: 'line',
      source: SOURCES.plan,
      filter: idFilter(selected),
      paint: { 'line-color': '#0b3d91', 'line-width': 4 }
    },
    'region-line': {
      id: 'region-line',
      type: 'line',
      source: SOURCES.region,
      paint: { 'line-color': '#1d4ed8', 'line-width': 2.5, 'line-dasharray': [2, 1] }
    },
    // The radius of a circle region, written at its northern rim (a point in the region source).
    'region-label': {
      id: 'region-label',
      type: 'symbol',
      source: SOURCES.region,
      filter: ['==', ['geometry-type'], 'Point'],
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [FONT_BOLD],
        'text-size': 14,
        'text-anchor': 'bottom',
        'text-allow-overlap': true
      },
      paint: { ...textHalo, 'text-color': '#1d4ed8' }
    },
    'places-circle': {
      id: 'places-circle',
      type: 'circle',
      source: SOURCES.places,
      paint: {
        'circle-radius': 5,
        'circle-color': '#ffffff',
        'circle-stroke-color': '#1a1a1a',
        'circle-stroke-width': 2
      }
    },
    'districts-label': {
      id: 'districts-label',
      type: 'symbol',
      source: SOURCES.districtLabels,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': 13,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.05
      },
      paint: { ...textHalo, 'text-color': '#444444' }
    },
    'iq-label': {
      id: 'iq-label',
      type: 'symbol',
      source: SOURCES.iq,
      layout: {
        visibility: iqVisibility,
        'text-field': ['get', 'name'],
        'text-font': [FONT_BOLD],
        'text-size': 14,
        'symbol-placement': 'point'
      },
      paint: { ...textHalo, 'text-color': '#4c1d95' }
    },
    'places-label': {
      id: 'places-label',
      type: 'symbol',
      source: SOURCES.places,
      minzoom: 12,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': 12,
        'text-anchor': 'top',
        'text-offset': [0, 0.7],
        'text-optional': true
      },
      paint: textHalo
    },
    // The point of interest: a white halo and a dark-blue dot, visible on every category colour.
    'poi-halo': {
      id: 'poi-halo',
      type: 'circle',
      source: SOURCES.poi,
      paint: { 'circle-radius': 11, 'circle-color': '#ffffff', 'circle-opacity': 0.9 }
    },
    'poi-marker': {
      id: 'poi-marker',
      type: 'circle',
      source: SOURCES.poi,
      paint: {
        'circle-radius': 7,
        'circle-color': '#0b3d91',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2
      }
    }
  };
}

/** The data of every GeoJSON source. */
function sourceData(
  plan: Plan,
  region: FeatureCollection,
  poi: FeatureCollection
): Record<string, FeatureCollection> {
  return {
    [SOURCES.plan]: { type: 'FeatureCollection', features: plan.features },
    [SOURCES.boundary]: plan.boundary ?? empty,
    [SOURCES.districts]: plan.districts ?? empty,
    [SOURCES.districtLabels]: plan.districts ? labelPoints(plan.districts) : empty,
    [SOURCES.places]: plan.places ?? empty,
    [SOURCES.iq]: plan.innovationsquartier ?? empty,
    [SOURCES.region]: region,
    [SOURCES.poi]: poi
  };
}

/** The embedded offline style: every source is inline GeoJSON, every font bundled. */
export function buildStyle(input: StyleInput): StyleSpecification {
  const { plan } = input;
  const byId = layers(input);
  const data = sourceData(plan, input.region, input.poi);
  return {
    version: 8,
    name: 'FNP-Viewer (offline)',
    'font-faces': { [FONT_REGULAR]: input.fonts.regular, [FONT_BOLD]: input.fonts.bold },
    sources: {
      [SOURCES.plan]: {
        type: 'geojson',
        data: data[SOURCES.plan]!,
        promoteId: 'id',
        attribution: plan.meta.attributions.map((a) => escapeHtml(a.text)).join(' | ')
      },
      ...Object.fromEntries(
        [
          SOURCES.boundary,
          SOURCES.districts,
          SOURCES.districtLabels,
          SOURCES.places,
          SOURCES.iq,
          SOURCES.region,
          SOURCES.poi
        ].map((id) => [id, { type: 'geojson' as const, data: data[id]! }])
      )
    },
    layers: LAYER_ORDER.map((id) => byId[id])
  };
}

/** Layers and sources that Terra Draw adds to the map carry this prefix (its default). */
const DRAW_PREFIX = 'td-';

/**
 * For `setStyle` when another plan is shown: keeps the draw tool's own sources and layers,
 * which the new style would otherwise drop.
 */
export function keepDrawLayers(
  previous: StyleSpecification | undefined,
  next: StyleSpecification
): StyleSpecification {
  if (!previous) return next;
  const sources = Object.entries(previous.sources).filter(([id]) => id.startsWith(DRAW_PREFIX));
  return {
    ...next,
    sources: { ...next.sources, ...Object.fromEntries(sources) },
    layers: [...next.layers, ...previous.layers.filter((l) => l.id.startsWith(DRAW_PREFIX))]
  };
}
