import type { Map as MapLibreMap, MapMouseEvent, MapTouchEvent } from 'maplibre-gl';

/** How long a finger must rest (ms) and how far it may wander (px) to count as a long-press. */
const HOLD_MS = 600;
const SLOP_PX = 10;

/** The handlers of `attachPointPick`. */
export interface PointPick {
  /**
   * True for the tap that ends a long-press: the press picked a point, so its tap selects no
   * area (however late a busy page delivers it).
   */
  endsLongPress(): boolean;
  detach(): void;
}

/**
 * Right-click (mouse) or long-press (touch) on the map picks a point: the point of interest.
 */
export function attachPointPick(
  map: MapLibreMap,
  pick: (lon: number, lat: number) => void,
  enabled: () => boolean
): PointPick {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let start: { x: number; y: number } | null = null;
  /** A long-press picked a point during the current touch (cleared when the next one starts). */
  let held = false;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    start = null;
  };
  const onContext = (e: MapMouseEvent) => {
    if (!enabled()) return;
    e.preventDefault();
    pick(e.lngLat.lng, e.lngLat.lat);
  };
  const onTouchStart = (e: MapTouchEvent) => {
    cancel();
    held = false;
    if (!enabled() || e.points.length !== 1) return;
    start = { x: e.point.x, y: e.point.y };
    const at = e.lngLat;
    timer = setTimeout(() => {
      timer = null;
      held = true;
      pick(at.lng, at.lat);
    }, HOLD_MS);
  };
  const onTouchMove = (e: MapTouchEvent) => {
    if (start && Math.hypot(e.point.x - start.x, e.point.y - start.y) > SLOP_PX) cancel();
  };
  map.on('contextmenu', onContext);
  map.on('touchstart', onTouchStart);
  map.on('touchmove', onTouchMove);
  map.on('touchend', cancel);
  map.on('touchcancel', cancel);
  return {
    endsLongPress: () => held,
    detach: () => {
      cancel();
      map.off('contextmenu', onContext);
      map.off('touchstart', onTouchStart);
      map.off('touchmove', onTouchMove);
      map.off('touchend', cancel);
      map.off('touchcancel', cancel);
    }
  };
}
