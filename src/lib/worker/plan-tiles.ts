import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { LoadedFeature } from '../plan/types';
import { PLAN_TILE_EXTENT, PLAN_TILE_LAYER, PLAN_TILE_MAXZOOM } from '../geo/overview';

/**
 * A very large opened plan's vector tiles, cut here in the plan worker that holds the areas.
 * Given to MapLibre by URL as GeoJSON, the plan would be parsed a second time in MapLibre's
 * worker and — MapLibre 6 returns GeoJSON loaded by URL to the page — structured-cloned onto the
 * page thread whole (a task of seconds for 200,000 areas). Tiles reach the page as bytes.
 */
export function planTileIndex(features: readonly LoadedFeature[]): GeoJSONVT {
  return new GeoJSONVT(
    { type: 'FeatureCollection', features: features as LoadedFeature[] },
    { maxZoom: PLAN_TILE_MAXZOOM, extent: PLAN_TILE_EXTENT, buffer: 64, tolerance: 3 }
  );
}

/** One tile as Mapbox Vector Tile bytes (empty where the plan has nothing). */
export function planTile(index: GeoJSONVT, z: number, x: number, y: number): ArrayBuffer {
  const tile = index.getTile(z, x, y);
  if (!tile) return new ArrayBuffer(0);
  const bytes = fromGeojsonVt(
    { [PLAN_TILE_LAYER]: tile },
    { version: 2, extent: PLAN_TILE_EXTENT }
  );
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
