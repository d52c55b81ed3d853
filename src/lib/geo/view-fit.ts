import type { MultiPolygon, Polygon } from 'geojson';
import { geometryBounds, type BBox } from './bounds';
import { circleRegion } from './region';

/**
 * Web Mercator arithmetic of a MapLibre view (512 px tiles): which extent a centre and zoom
 * show in a viewport, and which centre and zoom show an extent. Used to derive the views of
 * presentation scenes from the data instead of guessing them, and by the map controller
 * (map/controller.svelte.ts) to put a target into the free part of the map: the part that no
 * bottom sheet, side panel or presentation overlay covers.
 */
export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

const TILE = 512;
const x = (lon: number) => (lon + 180) / 360;
const y = (lat: number) =>
  (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
const lon = (x: number) => x * 360 - 180;
const lat = (y: number) => (Math.atan(Math.exp((1 - 2 * y) * Math.PI)) * 360) / Math.PI - 90;

/** West, south, east, north shown by `view` in a `width` × `height` px viewport. */
export function viewBounds(view: View, width: number, height: number): BBox {
  const world = TILE * 2 ** view.zoom;
  const cx = x(view.lon) * world;
  const cy = y(view.lat) * world;
  return [
    lon((cx - width / 2) / world),
    lat((cy + height / 2) / world),
    lon((cx + width / 2) / world),
    lat((cy - height / 2) / world)
  ];
}

/**
 * The view that shows `box` whole inside a `width` × `height` px viewport less `padding` px on
 * every side, zoom rounded down to `step` (so the box stays inside).
 */
export function fitView(box: BBox, width: number, height: number, padding = 0, step = 0.1): View {
  const p = { top: padding, right: padding, bottom: padding, left: padding };
  const exact = fitCamera(box, width, height, p);
  const zoom = Math.floor(exact.zoom / step) * step;
  const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
  return { lon: round(exact.lon, 4), lat: round(exact.lat, 4), zoom: round(zoom, 2) };
}

/** Pixels kept clear on each side of the map (MapLibre's `padding`). */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A rectangle in pixels relative to the map's top left corner. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The share of the map's width and of its height the free area keeps at least. */
export const MIN_FREE_SHARE = 0.3;

/**
 * The padding that leaves the free part of a `width` × `height` map: each obstruction (a
 * bottom sheet, a side panel, an overlay; clipped to the map) is cut off from the side that
 * keeps the larger free rectangle, then `margin` px are added on every side. Obstructions that
 * would leave less than MIN_FREE_SHARE of a dimension are honoured only up to it (a full-height
 * sheet does not squeeze the target into a sliver).
 */
export function freePadding(
  width: number,
  height: number,
  obstructions: readonly Rect[],
  margin = 20
): Padding {
  let free: Rect = { left: 0, top: 0, right: width, bottom: height };
  for (const o of obstructions) {
    const l = Math.max(o.left, free.left);
    const r = Math.min(o.right, free.right);
    const t = Math.max(o.top, free.top);
    const b = Math.min(o.bottom, free.bottom);
    if (r <= l || b <= t) continue;
    const options: Rect[] = [
      { ...free, top: b },
      { ...free, bottom: t },
      { ...free, left: r },
      { ...free, right: l }
    ];
    const area = (q: Rect) => (q.right - q.left) * (q.bottom - q.top);
    free = options.reduce((best, q) => (area(q) > area(best) ? q : best));
  }
  const side = (a: number, b: number, size: number) => {
    const cut = a + b;
    const most = (1 - MIN_FREE_SHARE) * size;
    const k = cut > most ? most / cut : 1;
    const m = Math.min(margin, (size * MIN_FREE_SHARE) / 4);
    return [a * k + m, b * k + m] as const;
  };
  const [left, right] = side(free.left, width - free.right, width);
  const [top, bottom] = side(free.top, height - free.bottom, height);
  return { top, right, bottom, left };
}

/**
 * The camera (centre of the whole map and zoom) that shows `box` as large as possible inside
 * the free area the padding leaves, centred in it; zoom within [minZoom, maxZoom]. A box of no
 * extent (a point) gets maxZoom.
 */
export function fitCamera(
  box: BBox,
  width: number,
  height: number,
  padding: Padding,
  limits: { minZoom?: number; maxZoom?: number } = {}
): View {
  const [w, s, e, n] = box;
  const fw = Math.max(1, width - padding.left - padding.right);
  const fh = Math.max(1, height - padding.top - padding.bottom);
  const dx = x(e) - x(w);
  const dy = y(s) - y(n);
  const maxZoom = limits.maxZoom ?? 22;
  const fitted = Math.log2(Math.min(fw / dx, fh / dy) / TILE);
  const zoom = Math.max(limits.minZoom ?? 0, Math.min(maxZoom, fitted));
  const world = TILE * 2 ** zoom;
  // The box's centre goes to the free area's centre; the map's centre is offset from it.
  const cx = (x(w) + x(e)) / 2 + (width / 2 - (padding.left + fw / 2)) / world;
  const cy = (y(s) + y(n)) / 2 + (height / 2 - (padding.top + fh / 2)) / world;
  return { lon: lon(cx), lat: lat(cy), zoom };
}

/** Where `[lon, lat]` appears, in px from the top left, on a `width` × `height` map at `view`. */
export function screenPoint(view: View, width: number, height: number, at: [number, number]) {
  const world = TILE * 2 ** view.zoom;
  return {
    x: width / 2 + (x(at[0]) - x(view.lon)) * world,
    y: height / 2 + (y(at[1]) - y(view.lat)) * world
  };
}

/**
 * What the map can be moved to: a box (west, south, east, north), a point with the radius
 * around it that must be visible, a polygon, or a view (centre and zoom, taken as it is).
 */
export type FitTarget =
  | { bbox: BBox }
  | { point: [number, number]; radius_m: number }
  | { geometry: Polygon | MultiPolygon }
  | { view: View };

/** The box a target must show, or null for a view (which is a camera already). */
export function targetBox(target: FitTarget): BBox | null {
  if ('bbox' in target) return target.bbox;
  if ('geometry' in target) return geometryBounds(target.geometry);
  if ('point' in target) {
    const [lon, lat] = target.point;
    if (target.radius_m <= 0) return [lon, lat, lon, lat];
    return geometryBounds(circleRegion(lon, lat, target.radius_m, 32));
  }
  return null;
}

/** Whether `inner` lies inside `outer`. */
export const boxContains = (outer: BBox, inner: BBox) =>
  inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
