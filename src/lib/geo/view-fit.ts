import type { BBox } from './bounds';

/**
 * Web Mercator arithmetic of a MapLibre view (512 px tiles): which extent a centre and zoom
 * show in a viewport, and which centre and zoom show an extent. Used to derive the views of
 * presentation scenes from the data instead of guessing them.
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
  const [w, s, e, n] = box;
  const dx = x(e) - x(w);
  const dy = y(s) - y(n);
  const scale = Math.min((width - 2 * padding) / dx, (height - 2 * padding) / dy) / TILE;
  const zoom = Math.floor(Math.log2(scale) / step) * step;
  const cx = (x(w) + x(e)) / 2;
  const cy = (y(s) + y(n)) / 2;
  const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
  return { lon: round(lon(cx), 4), lat: round(lat(cy), 4), zoom: round(zoom, 2) };
}

/** Whether `inner` lies inside `outer`. */
export const boxContains = (outer: BBox, inner: BBox) =>
  inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
