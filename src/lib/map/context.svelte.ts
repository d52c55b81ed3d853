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
  /**
   * Counts the user's choices of a district filter or Flächenbilanz scope; each one asks
   * features/explore/FocusControl to move the map to the chosen district or the
   * Innovationsquartier (or back to the whole plan). Values applied from the URL do not count.
   */
  focusRequests = $state(0);
  requestFocus() {
    this.focusRequests++;
  }
}

const KEY = Symbol('map');

export const setMapHandle = (handle: MapHandle) => setContext(KEY, handle);
export const getMapHandle = () => getContext<MapHandle>(KEY);
