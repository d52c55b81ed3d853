import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Holds the MapLibre instance for components that add to the map (drawing, controls). */
export class MapHandle {
  /** Raw: MapLibre's internals must not be wrapped in proxies. */
  map = $state.raw<MapLibreMap | null>(null);
  /** The maplibre-gl module, loaded on demand so prerendering never touches it. */
  lib = $state.raw<typeof import('maplibre-gl') | null>(null);
  /** True while the draw tool owns pointer input, so a click does not also select an area. */
  drawing = $state(false);
}

const KEY = Symbol('map');

export const setMapHandle = (handle: MapHandle) => setContext(KEY, handle);
export const getMapHandle = () => getContext<MapHandle>(KEY);
