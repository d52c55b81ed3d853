/**
 * The coarse overview of a very large plan (issue 13 goal 5, issue 14): below a zoom threshold
 * the map shows one image of the plan, coloured by category, instead of vector tiles. A tile
 * that holds every area of a 200,000-area plan costs MapLibre's page thread seconds to accept
 * and SwiftShader seconds to draw; from the threshold on no tile holds more than a bounded
 * share of the plan. Pure: the worker rasterises (worker/overview-raster.ts), the map shows it
 * (map/overview.ts).
 */
import type { BBox } from './bounds';
import { toLaea } from './laea';
import { pointInGeometry } from './point-in';
import type { PlanIndex } from './engine';
import type { LoadedFeature, PlanGeometry } from '../plan/types';

/**
 * Most work one map tile may hold: vertices plus FEATURE_WEIGHT per area. Measured with
 * bench:browser-open on SwiftShader: accepting a tile costs the page about 20 µs per parcel
 * (50,000 in one tile: 0.9 s), so about 4,000 parcels stay near 100 ms; plans below this (the
 * Düren plan, a few thousand areas) never get an overview.
 */
export const TILE_WEIGHT_LIMIT = 80_000;
/** The per-area share of a tile's weight (buckets, feature index), in vertex equivalents. */
export const FEATURE_WEIGHT = 12;
/** Beyond this zoom the plan's own tiles are drawn however dense it is. */
export const MAX_OVERVIEW_ZOOM = 16;
/** Longest side of the overview image in pixels: uploading a larger texture on SwiftShader blocks the page for over 300 ms (4 MB RGBA at most). */
export const MAX_OVERVIEW_PX = 1024;
/** The plan's vector tiles (cut by the plan worker for a plan with an overview). */
export const PLAN_TILE_LAYER = 'plan';
export const PLAN_TILE_EXTENT = 4096;
export const PLAN_TILE_MAXZOOM = 16;
/** URL scheme under which the page hands MapLibre the plan worker's tiles (map/overview.ts). */
export const PLAN_TILE_PROTOCOL = 'fnp-plan';

/** MapLibre's tile size for GeoJSON sources: a tile of zoom z spans 1/2^z of the world. */
const TILE_PX = 512;

/** Where the overview image lies and below which zoom it replaces the plan's areas. */
export interface OverviewLayout {
  /** The plan's vector layers start at this zoom; the image is shown below it. */
  minzoom: number;
  /** The image's extent [west, south, east, north] (the plan's bounds). */
  bounds: BBox;
  width: number;
  height: number;
}

/** Web Mercator x in world units 0..1. */
export const mercatorX = (lon: number) => (lon + 180) / 360;

/** Web Mercator y in world units 0..1 (0 north). */
export function mercatorY(lat: number): number {
  const s = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}

function vertexCount(g: PlanGeometry): number {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let n = 0;
  for (const rings of polygons) for (const ring of rings) n += ring.length;
  return n;
}

/**
 * The overview a plan needs, or null when every tile can hold the whole plan. The threshold is
 * the lowest zoom at which no tile (counted by where each area's bbox centre lies) carries more
 * than TILE_WEIGHT_LIMIT; the image has the resolution of the zoom just below it.
 */
export function overviewLayout(
  features: readonly LoadedFeature[],
  bounds: BBox | null,
  limit = TILE_WEIGHT_LIMIT
): OverviewLayout | null {
  if (!bounds || features.length === 0) return null;
  const n = features.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const weight = new Float64Array(n);
  let total = 0;
  features.forEach((f, i) => {
    const coords =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let w = 180,
      s = 90,
      e = -180,
      no = -90;
    for (const rings of coords)
      for (const [lon, lat] of rings[0] ?? []) {
        w = Math.min(w, lon as number);
        e = Math.max(e, lon as number);
        s = Math.min(s, lat as number);
        no = Math.max(no, lat as number);
      }
    x[i] = mercatorX((w + e) / 2);
    y[i] = mercatorY((s + no) / 2);
    weight[i] = vertexCount(f.geometry) + FEATURE_WEIGHT;
    total += weight[i] as number;
  });
  if (total <= limit) return null;
  let minzoom = MAX_OVERVIEW_ZOOM;
  for (let z = 1; z < MAX_OVERVIEW_ZOOM; z++) {
    const tiles = 2 ** z;
    const load = new Map<number, number>();
    let max = 0;
    for (let i = 0; i < n; i++) {
      const key =
        Math.floor((y[i] as number) * tiles) * tiles + Math.floor((x[i] as number) * tiles);
      const sum = (load.get(key) ?? 0) + (weight[i] as number);
      load.set(key, sum);
      if (sum > max) max = sum;
    }
    if (max <= limit) {
      minzoom = z;
      break;
    }
  }
  const [west, south, east, north] = bounds;
  const scale = TILE_PX * 2 ** minzoom;
  const wide = (mercatorX(east) - mercatorX(west)) * scale;
  const high = (mercatorY(south) - mercatorY(north)) * scale;
  const shrink = Math.min(1, MAX_OVERVIEW_PX / Math.max(wide, high, 1));
  return {
    minzoom,
    bounds,
    width: Math.max(1, Math.round(wide * shrink)),
    height: Math.max(1, Math.round(high * shrink))
  };
}

/** Pixel position (x, y) of a lon/lat on the overview image. */
export function overviewPixel(layout: OverviewLayout, lon: number, lat: number): [number, number] {
  const [west, south, east, north] = layout.bounds;
  const x0 = mercatorX(west);
  const y0 = mercatorY(north);
  return [
    ((mercatorX(lon) - x0) / (mercatorX(east) - x0)) * layout.width,
    ((mercatorY(lat) - y0) / (mercatorY(south) - y0)) * layout.height
  ];
}

/**
 * The area at (lon, lat) — what a click on the overview selects: a base area before an overlay
 * drawn on top of it (as a click on the map's own layers), null outside the plan.
 */
export function areaAt(index: PlanIndex, lon: number, lat: number): string | null {
  const [px, py] = toLaea(lon, lat);
  const x = px - index.ox;
  const y = py - index.oy;
  let overlay: string | null = null;
  for (const i of index.candidates(x, y, x, y)) {
    const f = index.features[i] as LoadedFeature;
    if (!pointInGeometry(lon, lat, f.geometry)) continue;
    if (!index.isOverlay(i)) return f.properties.id;
    overlay ??= f.properties.id;
  }
  return overlay;
}
