import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { PlanOverview } from '../geo/overview';
import { SOURCES } from './layers';

/** The overview's image source and raster layer (outside the plan's own layer list). */
export const OVERVIEW_SOURCE = 'plan-overview';
export const OVERVIEW_LAYER = 'plan-overview';

/**
 * A very large plan's style (see geo/overview.ts): its overview image as a raster layer right
 * below 'plan-fill', shown below `minzoom`, and every layer of the plan's areas from `minzoom`
 * on — a source whose layers are all hidden at the current zoom loads no tiles, so MapLibre
 * never builds or accepts a tile holding the whole plan. Other plans' styles pass unchanged.
 */
export function withOverview(
  style: StyleSpecification,
  overview: PlanOverview | null | undefined,
  opacity: number
): StyleSpecification {
  if (!overview) return style;
  const [west, south, east, north] = overview.bounds;
  const layers = style.layers.map((l) =>
    'source' in l && l.source === SOURCES.plan ? { ...l, minzoom: overview.minzoom } : l
  );
  const at = layers.findIndex((l) => l.id === 'plan-fill');
  layers.splice(Math.max(0, at), 0, {
    id: OVERVIEW_LAYER,
    type: 'raster',
    source: OVERVIEW_SOURCE,
    maxzoom: overview.minzoom,
    paint: { 'raster-opacity': opacity, 'raster-fade-duration': 0, 'raster-resampling': 'linear' }
  });
  return {
    ...style,
    sources: {
      ...style.sources,
      [OVERVIEW_SOURCE]: {
        type: 'image',
        url: overview.url,
        coordinates: [
          [west, north],
          [east, north],
          [east, south],
          [west, south]
        ]
      }
    },
    layers
  };
}

/** True while the map shows the overview instead of the plan's areas (zoom below the threshold). */
export function showsOverview(
  map: MapLibreMap,
  overview: PlanOverview | null | undefined
): boolean {
  return !!overview && map.getZoom() < overview.minzoom && !!map.getLayer(OVERVIEW_LAYER);
}

/** „Deckkraft der Planflächen“ applies to the overview as to the plan's fill. */
export function setOverviewOpacity(map: MapLibreMap, opacity: number): void {
  if (map.getLayer(OVERVIEW_LAYER)) map.setPaintProperty(OVERVIEW_LAYER, 'raster-opacity', opacity);
}
