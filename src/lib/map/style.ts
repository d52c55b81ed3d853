import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification
} from 'maplibre-gl';
import type { Plan } from '../plan/types';
import type { PlanFilter } from '../geo/filter';
import {
  categoryColor,
  categoryOutline,
  idFilter,
  idsFilter,
  isHovered,
  outlineWidth,
  planFilterExpression,
  schabloneFilter
} from './expressions';
import {
  BASEMAP_LABEL_SLOT,
  BASEMAP_SLOT,
  FIRST_FRAME,
  LAYER_ORDER,
  SOURCES,
  type BasemapLayerId,
  type LayerId
} from './layers';
import { labelPoints } from '../geo/labels';
import { category } from '../plan/categories';
import { basemapPart, escapeHtml } from './basemap/compose';
import type { ActiveBasemap } from './basemap/sources';
import { plotLayers } from './plots-style';
import { withOverview } from './overview-lazy';
import { EMPTY_PARTS, type PartsData } from './parts-data';

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
  /** The basemap under the plan (issue 8); none if absent. */
  basemap?: ActiveBasemap;
  /** Opacity of the plan fill, 0–1 ("Deckkraft der Planflächen"). */
  planOpacity?: number;
  /** The Bebauungspläne above the plan (map/parts-data.ts); none until they have loaded. */
  parts?: PartsData;
  /** Opacity of the plan's raster plans, 0–1 ("Deckkraft Rasterplan"). */
  rasterOpacity?: number;
}

/** The raster plans' default opacity ("Deckkraft Rasterplan"). */
export const DEFAULT_RASTER_OPACITY = 0.8;

/**
 * Raster plans (plan.rasters) are image sources and raster layers `plan-raster-<n>`, drawn right
 * above this layer: over the boundary's white ground, under the plan's areas.
 */
export const RASTER_SLOT: LayerId = 'boundary-fill';
const RASTER_PREFIX = 'plan-raster-';

/** The ids of the plan's raster layers (each with a source of the same id). */
export const rasterLayerIds = (plan: Plan): string[] =>
  (plan.rasters ?? []).map((_, i) => `${RASTER_PREFIX}${i}`);

function rasterPart(
  plan: Plan,
  opacity: number
): { sources: StyleSpecification['sources']; layers: LayerSpecification[] } {
  const ids = rasterLayerIds(plan);
  const rasters = plan.rasters ?? [];
  return {
    sources: Object.fromEntries(
      rasters.map((r, i) => [
        ids[i]!,
        { type: 'image' as const, url: r.url, coordinates: r.corners }
      ])
    ),
    layers: ids.map((id) => ({
      id,
      type: 'raster' as const,
      source: id,
      paint: { 'raster-opacity': opacity, 'raster-fade-duration': 0 }
    }))
  };
}

/** The plan fill's default opacity ("Deckkraft der Planflächen"). */
export const DEFAULT_PLAN_OPACITY = 0.85;

const textHalo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.5, 'text-color': '#1a1a1a' };
/** Places kinds (data/dueren-2025/plan.json conventions.places). */
const isStop: ExpressionSpecification = ['==', ['get', 'kind'], 'haltestelle'];
const isLandmark: ExpressionSpecification = [
  'any',
  ['==', ['get', 'kind'], 'anschlussstelle'],
  ['==', ['get', 'main'], true]
];

type OwnLayerId = Exclude<LayerId, BasemapLayerId | PartLayerId>;
type PartLayerId =
  | 'bplan-fill'
  | 'bplan-outline'
  | 'bplan-boundary'
  | 'bplan-baugrenze'
  | 'bplan-baulinie'
  | 'bplan-schablone'
  | 'bplan-label';

/** Building scale: from this zoom a Bebauungsplan above the plan shows its contents. */
export const PART_CONTENT_MINZOOM = 14.5;

/** Every layer of the viewer: the plan's own and, drawn the same way, its Bebauungspläne'. */
function layers(input: StyleInput): Record<Exclude<LayerId, BasemapLayerId>, LayerSpecification> {
  const own = planLayers(input);
  return { ...own, ...partLayers(own) };
}

/**
 * The Bebauungspläne above the plan, with the plan's own layers (one style for areas, outlines,
 * Nutzungsschablone, Baugrenze and Baulinie): only their id, source, zoom range and filter
 * differ. Their contents show from building scale; the Geltungsbereich and the plan's name at
 * every zoom.
 */
function partLayers(
  own: Record<OwnLayerId, LayerSpecification>
): Record<PartLayerId, LayerSpecification> {
  const areas = ['!=', ['get', 'overlay'], true] as FilterSpecification;
  const like = (
    id: PartLayerId,
    from: OwnLayerId,
    source: string,
    extra: Partial<LayerSpecification> = {}
  ) =>
    ({ ...own[from], id, source, minzoom: PART_CONTENT_MINZOOM, ...extra }) as LayerSpecification;
  return {
    'bplan-fill': like('bplan-fill', 'plan-fill', SOURCES.partAreas, { filter: areas }),
    'bplan-outline': like('bplan-outline', 'plan-outline', SOURCES.partAreas, { filter: areas }),
    'bplan-baugrenze': like('bplan-baugrenze', 'plan-baugrenze', SOURCES.partLines),
    'bplan-baulinie': like('bplan-baulinie', 'plan-baulinie', SOURCES.partLines),
    'bplan-schablone': like('bplan-schablone', 'plan-schablone', SOURCES.partAreas, {
      minzoom: 16,
      filter: ['all', ['has', 'schablone'], areas]
    } as Partial<LayerSpecification>),
    // PlanZV 15.13: the Grenze des räumlichen Geltungsbereichs, a broad dashed dark line.
    'bplan-boundary': {
      id: 'bplan-boundary',
      type: 'line',
      source: SOURCES.partBoundary,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': '#1a1a1a', 'line-width': 2.5, 'line-dasharray': [3, 1.5] }
    },
    'bplan-label': {
      ...own['iq-label'],
      id: 'bplan-label',
      source: SOURCES.partLabel,
      layout: {
        ...(own['iq-label'] as { layout: object }).layout,
        visibility: 'visible',
        'text-size': 12,
        // Below the Innovationsquartier's two-line name (14 px) that shares its point, so both
        // are read at city scale.
        'text-offset': [0, 2.6],
        'text-max-width': 20
      },
      paint: { ...(own['iq-label'] as { paint: object }).paint, 'text-color': '#1a1a1a' }
    } as LayerSpecification
  };
}

/** The plan's own layers (everything but the Bebauungspläne above it). */
function planLayers(input: StyleInput): Record<OwnLayerId, LayerSpecification> {
  const { filter, selected, showIq } = input;
  const withBasemap = (input.basemap?.kind ?? 'none') !== 'none';
  const iqVisibility = showIq ? 'visible' : 'none';
  return {
    background: { id: 'background', type: 'background', paint: { 'background-color': '#f4f3ef' } },
    'boundary-fill': {
      id: 'boundary-fill',
      type: 'fill',
      source: SOURCES.boundary,
      // Over a basemap the white city area would hide it.
      paint: { 'fill-color': '#ffffff', 'fill-opacity': withBasemap ? 0 : 1 }
    },
    'plan-fill': {
      id: 'plan-fill',
      type: 'fill',
      source: SOURCES.plan,
      filter: planFilterExpression(filter, false),
      paint: {
        'fill-color': categoryColor,
        'fill-opacity': input.planOpacity ?? DEFAULT_PLAN_OPACITY
      }
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
    // A Bebauungsplan's Baugrenze (blue, dash-dot) and Baulinie (red), as PlanZV draws them.
    'plan-baugrenze': {
      id: 'plan-baugrenze',
      type: 'line',
      source: SOURCES.lines,
      filter: ['==', ['get', 'category'], 'baugrenze'],
      paint: {
        'line-color': category('baugrenze').color,
        'line-width': 2,
        'line-dasharray': [6, 2, 1, 2]
      }
    },
    'plan-baulinie': {
      id: 'plan-baulinie',
      type: 'line',
      source: SOURCES.lines,
      filter: ['==', ['get', 'category'], 'baulinie'],
      paint: { 'line-color': category('baulinie').color, 'line-width': 2.5 }
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
    // Comparison mode: the areas of the chosen cell of the transition matrix (none until chosen).
    'compare-cell': {
      id: 'compare-cell',
      type: 'line',
      source: SOURCES.plan,
      filter: idsFilter([]),
      paint: { 'line-color': '#E6007E', 'line-width': 3.5 }
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
    // Bus stops (about 200) only from zoom 14, where they no longer clutter the map.
    'places-circle': {
      id: 'places-circle',
      type: 'circle',
      source: SOURCES.places,
      paint: {
        'circle-radius': ['case', isStop, 3.5, 5],
        'circle-color': '#ffffff',
        'circle-stroke-color': '#1a1a1a',
        'circle-stroke-width': ['case', isStop, 1.5, 2],
        'circle-opacity': ['step', ['zoom'], ['case', isStop, 0, 1], 14, 1],
        'circle-stroke-opacity': ['step', ['zoom'], ['case', isStop, 0, 1], 14, 1]
      }
    },
    // A Bebauungsplan's Nutzungsschablone ("WA | II / 0,4 | 0,8 / o") at building scale, on the
    // areas whose GeoJSON carries it (xplan/nutzungsschablone.ts withSchablone).
    'plan-schablone': {
      id: 'plan-schablone',
      type: 'symbol',
      source: SOURCES.plan,
      minzoom: 16,
      filter: schabloneFilter(filter),
      layout: {
        'text-field': ['get', 'schablone'],
        'text-font': [FONT_REGULAR],
        'text-size': 12,
        'text-max-width': 14,
        'symbol-placement': 'point'
      },
      paint: textHalo
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
      // One point: a label on the polygon itself would repeat in every tile it crosses.
      source: SOURCES.iqLabel,
      layout: {
        visibility: iqVisibility,
        'text-field': ['get', 'name'],
        'text-font': [FONT_BOLD],
        'text-size': 14,
        'symbol-placement': 'point'
      },
      paint: { ...textHalo, 'text-color': '#4c1d95' }
    },
    // A4 junctions and the main station are named at every zoom, other places from 12, stops from 15.
    'places-label': {
      id: 'places-label',
      type: 'symbol',
      source: SOURCES.places,
      layout: {
        'text-field': [
          'step',
          ['zoom'],
          ['case', isLandmark, ['get', 'name'], ''],
          12,
          ['case', isStop, '', ['get', 'name']],
          15,
          ['get', 'name']
        ],
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
    },
    ...plotLayers()
  };
}

/** The data of the plan's small layers (boundary, districts, places, Innovationsquartier). */
export function layerSourceData(plan: Plan): Record<string, FeatureCollection> {
  return {
    [SOURCES.boundary]: plan.boundary ?? empty,
    [SOURCES.districts]: plan.districts ?? empty,
    [SOURCES.districtLabels]: plan.districts ? labelPoints(plan.districts) : empty,
    [SOURCES.places]: plan.places ?? empty,
    [SOURCES.iq]: plan.innovationsquartier ?? empty,
    [SOURCES.iqLabel]: plan.innovationsquartier ? labelPoints(plan.innovationsquartier) : empty,
    [SOURCES.lines]: plan.lines ?? empty
  };
}

/** The Bebauungspläne's sources (empty ones while none has loaded). */
export function partSourceData(parts: PartsData = EMPTY_PARTS): Record<string, FeatureCollection> {
  return {
    [SOURCES.partAreas]: parts.areas,
    [SOURCES.partLines]: parts.lines,
    [SOURCES.partBoundary]: parts.boundary,
    [SOURCES.partLabel]: parts.labels
  };
}

/** The data of every GeoJSON source except the plan's areas (`plan.source`, see buildStyle). */
function sourceData(
  plan: Plan,
  region: FeatureCollection,
  poi: FeatureCollection,
  parts: PartsData | undefined
): Record<string, FeatureCollection> {
  return {
    ...layerSourceData(plan),
    ...partSourceData(parts),
    [SOURCES.region]: region,
    [SOURCES.poi]: poi,
    [SOURCES.plots]: empty
  };
}

/**
 * The offline style: every font bundled, every source from the site itself. The plan's areas
 * are given by URL where they have one (MapLibre's worker fetches and parses them while the
 * plan worker does the same for the Flächenbilanz); the small layers are inline. A
 * basemap adds its vector source (self-hosted, or online after consent) and its layers at
 * their places in the one order list.
 */
export function buildStyle(input: StyleInput): StyleSpecification {
  const { plan } = input;
  const byId = layers(input);
  const data = sourceData(plan, input.region, input.poi, input.parts);
  const basemap = basemapPart(input.basemap ?? { kind: 'none' }, {
    regular: FONT_REGULAR,
    bold: FONT_BOLD
  });
  const raster = rasterPart(plan, input.rasterOpacity ?? DEFAULT_RASTER_OPACITY);
  const ordered = LAYER_ORDER.flatMap((id): LayerSpecification[] => {
    const own = id in byId ? [byId[id as keyof typeof byId]] : [];
    const layer = own[0] ?? basemap.own[id as BasemapLayerId];
    const list = layer ? [layer] : [];
    if (id === BASEMAP_SLOT) list.push(...basemap.externalBelow);
    if (id === RASTER_SLOT) list.push(...raster.layers);
    if (id === BASEMAP_LABEL_SLOT) list.push(...basemap.externalLabels);
    return list;
  });
  const style: StyleSpecification = {
    version: 8,
    name: 'FNP-Viewer (offline)',
    'font-faces': { [FONT_REGULAR]: input.fonts.regular, [FONT_BOLD]: input.fonts.bold },
    ...(basemap.glyphs ? { glyphs: basemap.glyphs } : {}),
    ...(basemap.sprite ? { sprite: basemap.sprite } : {}),
    sources: {
      ...basemap.sources,
      ...raster.sources,
      [SOURCES.plan]: {
        type: 'geojson',
        data: plan.source,
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
          SOURCES.iqLabel,
          SOURCES.lines,
          SOURCES.region,
          SOURCES.poi,
          SOURCES.partAreas,
          SOURCES.partLines,
          SOURCES.partBoundary,
          SOURCES.partLabel
        ].map((id) => [id, { type: 'geojson' as const, data: data[id]! }])
      ),
      // The plot finder's plots; ids promoted so hover works through feature-state.
      [SOURCES.plots]: { type: 'geojson', data: data[SOURCES.plots]!, promoteId: 'id' }
    },
    layers: ordered
  };
  return withOverview(style, plan, input.planOpacity ?? DEFAULT_PLAN_OPACITY);
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

/**
 * The style of the map's first frame: `FIRST_FRAME` and the basemap's layers under the plan,
 * without labels. Everything else (boundary, districts, places, labels, region, point of
 * interest, plots, hover and selection) is added by `addRest` once that frame is on screen: on
 * a software renderer each further layer type costs a shader compilation and each further
 * source a round through MapLibre's worker, and the plan would wait for all of them.
 */
export function firstFrameStyle(full: StyleSpecification): StyleSpecification {
  const basemapSources = new Set(
    Object.keys(full.sources).filter(
      (id) => !(OWN_SOURCES as readonly string[]).includes(id) && !id.startsWith(RASTER_PREFIX)
    )
  );
  const layers = full.layers.filter(
    (l) =>
      (FIRST_FRAME as readonly string[]).includes(l.id) ||
      ('source' in l && basemapSources.has(l.source) && l.type !== 'symbol')
  );
  const used = new Set(layers.flatMap((l) => ('source' in l ? [l.source] : [])));
  return {
    ...full,
    sources: Object.fromEntries(Object.entries(full.sources).filter(([id]) => used.has(id))),
    layers
  };
}

/** The viewer's own sources; every other source of a style is the basemap's. */
const OWN_SOURCES = Object.values(SOURCES).filter((id) => id !== SOURCES.basemap);

/** What `addRest` needs of a map (MapLibre's Map has it). */
interface StyleTarget {
  getSource(id: string): unknown;
  addSource(id: string, source: StyleSpecification['sources'][string]): unknown;
  getLayer(id: string): unknown;
  addLayer(layer: LayerSpecification, before?: string): unknown;
}

/**
 * Adds the sources and layers of `full` that the map does not have yet, each at its place in
 * the one z-order (right below the next layer of `full` that is on the map).
 */
export function addRest(map: StyleTarget, full: StyleSpecification): void {
  for (const [id, source] of Object.entries(full.sources))
    if (!map.getSource(id)) map.addSource(id, source);
  let above: string | undefined;
  for (let i = full.layers.length - 1; i >= 0; i--) {
    const layer = full.layers[i]!;
    if (!map.getLayer(layer.id)) map.addLayer(layer, above);
    above = layer.id;
  }
}
