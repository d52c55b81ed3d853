import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { PLAN_TILE_LAYER, PLAN_TILE_MAXZOOM, PLAN_TILE_PROTOCOL } from '../geo/overview';
import type { PlanOverview } from '../plan/types';
import { SOURCES } from './layers';
import { CancelledError } from '../worker/rpc';

/** The overview's image source and raster layer (outside the plan's own layer list). */
export const OVERVIEW_SOURCE = 'plan-overview';
export const OVERVIEW_LAYER = 'plan-overview';

/**
 * A very large plan's style (see geo/overview.ts): its overview image as a raster layer right
 * below 'plan-fill', shown below `minzoom`, and every layer of the plan's areas from `minzoom`
 * on — a source whose layers are all hidden at the current zoom loads no tiles, so MapLibre
 * never builds or accepts a tile holding the whole plan. The areas come as vector tiles cut by
 * the plan worker (worker/plan-tiles.ts, see `registerPlanTiles`), not as GeoJSON by URL.
 * Other plans' styles pass unchanged.
 */
export function withOverview(
  style: StyleSpecification,
  plan: { overview?: PlanOverview | null; source: unknown },
  opacity: number
): StyleSpecification {
  // A plan given with its features inline (e.g. comparison mode's earlier plan, derived from
  // the shown one) is drawn from those, never from the shown plan's image and tiles.
  const overview = typeof plan.source === 'string' ? plan.overview : null;
  if (!overview) return style;
  const [west, south, east, north] = overview.bounds;
  const layers = style.layers.map((l) =>
    'source' in l && l.source === SOURCES.plan
      ? { ...l, 'source-layer': PLAN_TILE_LAYER, minzoom: overview.minzoom }
      : l
  );
  const areas = style.sources[SOURCES.plan];
  // One URL per opened plan (its overview image's Blob id): MapLibre never mixes their tiles.
  const token = overview.url.split('/').pop();
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
      [SOURCES.plan]: {
        type: 'vector',
        tiles: [`${PLAN_TILE_PROTOCOL}://${token}/{z}/{x}/{y}`],
        maxzoom: PLAN_TILE_MAXZOOM,
        bounds: overview.bounds,
        promoteId: 'id',
        ...(areas && 'attribution' in areas ? { attribution: areas.attribution } : {})
      },
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

/**
 * Lets MapLibre read a very large plan's vector tiles from the plan worker (`tile` asks it).
 * A request cut off by a restarted plan worker (a superseded balance query) is asked again.
 */
export function registerPlanTiles(
  lib: typeof import('maplibre-gl'),
  tile: (z: number, x: number, y: number) => Promise<ArrayBuffer>
): void {
  lib.addProtocol(PLAN_TILE_PROTOCOL, async (params) => {
    const [z, x, y] = params.url.split('/').slice(-3).map(Number) as [number, number, number];
    const data = await tile(z, x, y).catch((e: unknown) => {
      if (e instanceof CancelledError) return tile(z, x, y);
      throw e;
    });
    return { data };
  });
}

/** Where hover state goes: a plan with an overview has vector tiles (with a source layer). */
export function planFeature(overview: PlanOverview | null | undefined, id: string | number) {
  return overview
    ? { source: SOURCES.plan, sourceLayer: PLAN_TILE_LAYER, id }
    : { source: SOURCES.plan, id };
}

const WARM = 'plan-overview-warm';
/** Maps whose overview shader is compiled (MapLibre keeps its programs for the map's life). */
const warmed = new WeakSet<MapLibreMap>();
/**
 * A transparent 1×1 PNG. Written out: encoding one with a canvas starts the browser's 2D
 * canvas and encoder, itself a task of 100 ms and more on a busy machine.
 */
const TRANSPARENT_PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/**
 * Compiles the overview's raster shader before a very large plan is shown (the file dialog is
 * open or the worker reads the file): on SwiftShader that compilation blocks the page for
 * 200–500 ms and would otherwise fall into the frame that first shows the overview. A
 * transparent image, drawn once and removed again; if another style replaced it before it was
 * drawn, the next call tries again.
 */
export function warmOverview(map: MapLibreMap): void {
  if (warmed.has(map) || map.getSource(WARM) || map.getLayer(OVERVIEW_LAYER)) return;
  const b = map.getBounds();
  map.addSource(WARM, {
    type: 'image',
    url: TRANSPARENT_PIXEL,
    coordinates: [
      [b.getWest(), b.getNorth()],
      [b.getEast(), b.getNorth()],
      [b.getEast(), b.getSouth()],
      [b.getWest(), b.getSouth()]
    ]
  });
  map.addLayer({ id: WARM, type: 'raster', source: WARM, paint: { 'raster-opacity': 0.01 } });
  map.once('idle', () => {
    if (map.getLayer(WARM)) {
      warmed.add(map);
      map.removeLayer(WARM);
    }
    if (map.getSource(WARM)) map.removeSource(WARM);
  });
}
