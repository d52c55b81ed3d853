import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { BasemapLayerId } from '../layers';

/**
 * The project's own basemap style for vector tiles in the OpenMapTiles schema: muted greys so
 * the PlanZV colours above it stay readable. Tile sets name their layers differently
 * (OpenFreeMap: `transportation`; tilemaker: also `transportation_main/_mid/_detail`), so
 * each road and label layer exists once per source layer; absent source layers draw nothing.
 */

/** German names first; tile sets differ in which name fields they carry. */
export const NAME_DE: ExpressionSpecification = [
  'coalesce',
  ['get', 'name:de'],
  ['get', 'name'],
  ['get', 'name:latin']
];

const classIn = (...classes: string[]): ExpressionSpecification => [
  'match',
  ['get', 'class'],
  classes,
  true,
  false
];

const notTunnel: ExpressionSpecification = ['!=', ['get', 'brunnel'], 'tunnel'];

const ROAD_CLASSES = [
  'motorway',
  'trunk',
  'primary',
  'secondary',
  'tertiary',
  'minor',
  'service',
  'track',
  'path',
  'pedestrian',
  'living_street',
  'residential',
  'unclassified'
];

const ZOOMS = [10, 12, 14, 16, 18] as const;
/** Road width in pixels at each of ZOOMS, by class group. */
const WIDTHS: [string[] | null, number[]][] = [
  [
    ['motorway', 'trunk'],
    [1.2, 2, 5, 11, 24]
  ],
  [
    ['primary', 'secondary'],
    [0.8, 1.5, 4, 9, 20]
  ],
  [
    ['tertiary', 'minor', 'residential', 'unclassified', 'living_street'],
    [0.3, 0.6, 2.2, 6, 14]
  ],
  [null, [0.1, 0.3, 1, 2.5, 6]]
];

/** Road width by class and zoom (exponential, as streets widen on screen); casings add `extra`. */
function roadWidth(extra: number): ExpressionSpecification {
  const at = (i: number): ExpressionSpecification => {
    const arms = WIDTHS.flatMap(([classes, w]) =>
      classes ? [classes, w[i]! + extra] : [w[i]! + extra / 2]
    );
    return ['match', ['get', 'class'], ...arms] as unknown as ExpressionSpecification;
  };
  return [
    'interpolate',
    ['exponential', 1.5],
    ['zoom'],
    ...ZOOMS.flatMap((z, i) => [z, at(i)])
  ] as ExpressionSpecification;
}

const ROAD_FILL: ExpressionSpecification = [
  'match',
  ['get', 'class'],
  ['motorway', 'trunk'],
  '#e0d6c2',
  ['primary', 'secondary'],
  '#f2ece0',
  ['path', 'track'],
  '#d8d8d8',
  '#ffffff'
];

function road(id: BasemapLayerId, source: string, sourceLayer: string, casing: boolean) {
  return {
    id,
    type: 'line',
    source,
    'source-layer': sourceLayer,
    minzoom: casing ? 12 : 9,
    filter: ['all', classIn(...ROAD_CLASSES), notTunnel],
    layout: { 'line-cap': casing ? 'butt' : 'round', 'line-join': 'round' },
    paint: casing
      ? { 'line-color': '#a6a6a6', 'line-width': roadWidth(2) }
      : { 'line-color': ROAD_FILL, 'line-width': roadWidth(0) }
  } satisfies LayerSpecification;
}

function rail(id: BasemapLayerId, source: string, sourceLayer: string) {
  return {
    id,
    type: 'line',
    source,
    'source-layer': sourceLayer,
    minzoom: 10,
    filter: classIn('rail', 'transit'),
    paint: {
      'line-color': '#8a8a8a',
      'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.8, 16, 2.5],
      'line-dasharray': [3, 2]
    }
  } satisfies LayerSpecification;
}

const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 };

function streetLabel(id: BasemapLayerId, source: string, sourceLayer: string, font: string) {
  return {
    id,
    type: 'symbol',
    source,
    'source-layer': sourceLayer,
    minzoom: 13,
    filter: [
      'all',
      classIn(...ROAD_CLASSES),
      ['any', ['has', 'name:de'], ['has', 'name'], ['has', 'name:latin']]
    ],
    layout: {
      'symbol-placement': 'line',
      'text-field': NAME_DE,
      'text-font': [font],
      'text-size': ['interpolate', ['linear'], ['zoom'], 13, 10, 17, 13],
      'text-max-angle': 30
    },
    paint: { ...halo, 'text-color': '#4a4a4a' }
  } satisfies LayerSpecification;
}

/** Every basemap layer of the project's style, keyed by its id in the one order list. */
export function omtLayers(
  source: string,
  font: { regular: string; bold: string }
): Record<BasemapLayerId, LayerSpecification> {
  return {
    'basemap-landcover': {
      id: 'basemap-landcover',
      type: 'fill',
      source,
      'source-layer': 'landcover',
      paint: {
        'fill-color': [
          'match',
          ['get', 'class'],
          'wood',
          '#dfe5da',
          ['grass', 'wetland'],
          '#e8ece3',
          'farmland',
          '#efefe8',
          '#ededea'
        ],
        'fill-opacity': 0.9
      }
    },
    'basemap-landuse': {
      id: 'basemap-landuse',
      type: 'fill',
      source,
      'source-layer': 'landuse',
      paint: {
        'fill-color': ['match', ['get', 'class'], 'residential', '#ecebe8', '#e6e5e2'],
        'fill-opacity': 0.8
      }
    },
    'basemap-park': {
      id: 'basemap-park',
      type: 'fill',
      source,
      'source-layer': 'park',
      paint: { 'fill-color': '#e3e9df', 'fill-opacity': 0.8 }
    },
    'basemap-water': {
      id: 'basemap-water',
      type: 'fill',
      source,
      'source-layer': 'water',
      paint: { 'fill-color': '#c5d3de' }
    },
    'basemap-waterway': {
      id: 'basemap-waterway',
      type: 'line',
      source,
      'source-layer': 'waterway',
      paint: {
        'line-color': '#a9bfd0',
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1, 16, 4]
      }
    },
    'basemap-waterway-detail': {
      id: 'basemap-waterway-detail',
      type: 'line',
      source,
      'source-layer': 'waterway_detail',
      paint: {
        'line-color': '#a9bfd0',
        'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.5, 16, 2]
      }
    },
    'basemap-building': {
      id: 'basemap-building',
      type: 'fill',
      source,
      'source-layer': 'building',
      minzoom: 15,
      paint: { 'fill-color': '#d6d4d0', 'fill-outline-color': '#bdbab5' }
    },
    'basemap-road-casing': road('basemap-road-casing', source, 'transportation', true),
    'basemap-road-casing-main': road(
      'basemap-road-casing-main',
      source,
      'transportation_main',
      true
    ),
    'basemap-road-casing-mid': road('basemap-road-casing-mid', source, 'transportation_mid', true),
    'basemap-road-casing-detail': road(
      'basemap-road-casing-detail',
      source,
      'transportation_detail',
      true
    ),
    'basemap-road': road('basemap-road', source, 'transportation', false),
    'basemap-road-main': road('basemap-road-main', source, 'transportation_main', false),
    'basemap-road-mid': road('basemap-road-mid', source, 'transportation_mid', false),
    'basemap-road-detail': road('basemap-road-detail', source, 'transportation_detail', false),
    'basemap-rail': rail('basemap-rail', source, 'transportation'),
    'basemap-rail-main': rail('basemap-rail-main', source, 'transportation_main'),
    'basemap-boundary': {
      id: 'basemap-boundary',
      type: 'line',
      source,
      'source-layer': 'boundary',
      filter: ['<=', ['get', 'admin_level'], 6],
      paint: { 'line-color': '#9c9c9c', 'line-width': 1, 'line-dasharray': [3, 2] }
    },
    'basemap-water-name': {
      id: 'basemap-water-name',
      type: 'symbol',
      source,
      'source-layer': 'water_name',
      minzoom: 13,
      layout: {
        'symbol-placement': 'line',
        'text-field': NAME_DE,
        'text-font': [font.regular],
        'text-size': 11
      },
      paint: { ...halo, 'text-color': '#4b6f8c' }
    },
    'basemap-housenumber': {
      id: 'basemap-housenumber',
      type: 'symbol',
      source,
      'source-layer': 'housenumber',
      minzoom: 17,
      layout: {
        'text-field': ['get', 'housenumber'],
        'text-font': [font.regular],
        'text-size': 10
      },
      paint: { ...halo, 'text-color': '#6b6b6b' }
    },
    'basemap-street-label': streetLabel(
      'basemap-street-label',
      source,
      'transportation_name',
      font.regular
    ),
    'basemap-street-label-mid': streetLabel(
      'basemap-street-label-mid',
      source,
      'transportation_name_mid',
      font.regular
    ),
    'basemap-street-label-detail': streetLabel(
      'basemap-street-label-detail',
      source,
      'transportation_name_detail',
      font.regular
    ),
    'basemap-place-label': {
      id: 'basemap-place-label',
      type: 'symbol',
      source,
      'source-layer': 'place',
      minzoom: 11,
      filter: classIn('city', 'town', 'village', 'suburb', 'quarter', 'neighbourhood', 'hamlet'),
      layout: {
        'text-field': NAME_DE,
        'text-font': [font.regular],
        'text-size': ['match', ['get', 'class'], ['city', 'town'], 15, 12],
        'text-optional': true
      },
      paint: { ...halo, 'text-color': '#3a3a3a' }
    }
  };
}
