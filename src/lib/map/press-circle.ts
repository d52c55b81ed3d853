import type { Map as MapLibreMap } from 'maplibre-gl';
import type { TerraDrawCircleMode, TerraDrawMouseEvent } from 'terra-draw';

type CircleOptions = ConstructorParameters<typeof TerraDrawCircleMode>[0];

/** Where the pointer went down, in map container pixels and degrees. */
interface Press {
  x: number;
  y: number;
  lng: number;
  lat: number;
}

/** Terra Draw's own precision for event coordinates (its adapter's default). */
const PRECISION = 1e9;

/**
 * Terra Draw's circle mode, centred where the finger or mouse went DOWN.
 *
 * Terra Draw recognises a drag only after the pointer has moved a few pixels and starts the
 * circle at that first move, not at the press: a press-drag of 150 px then came out as a circle
 * of about 135 px (the first step of the drag was lost, ~10 %). This mode remembers the press
 * position and hands it to Terra Draw's drag start, so the radius is exactly the dragged distance.
 */
export function pressDragCircleMode(
  td: typeof import('terra-draw'),
  map: MapLibreMap,
  options: CircleOptions
): TerraDrawCircleMode {
  let press: Press | null = null;
  const container = map.getContainer();
  const onDown = (e: PointerEvent) => {
    if (!e.isPrimary) return;
    // The same container and projection Terra Draw's MapLibre adapter uses for its events.
    const { left, top } = container.getBoundingClientRect();
    const x = e.clientX - left;
    const y = e.clientY - top;
    const at = map.unproject([x, y]);
    press = {
      x,
      y,
      lng: Math.round(at.lng * PRECISION) / PRECISION,
      lat: Math.round(at.lat * PRECISION) / PRECISION
    };
  };
  // Lives as long as the map's canvas (the map and its draw tools go together).
  map.getCanvas().addEventListener('pointerdown', onDown, { capture: true });

  class PressDragCircleMode extends td.TerraDrawCircleMode {
    override onDragStart(
      event: TerraDrawMouseEvent,
      setMapDraggability: (enabled: boolean) => void
    ) {
      const from = press;
      press = null;
      super.onDragStart(
        from
          ? { ...event, lng: from.lng, lat: from.lat, containerX: from.x, containerY: from.y }
          : event,
        setMapDraggability
      );
    }
  }

  return new PressDragCircleMode(options);
}
