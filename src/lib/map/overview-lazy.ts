import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { PlanOverview } from '../plan/types';
import { SOURCES } from './layers';
import { maplibre } from './preload';

/**
 * The overview of very large plans (map/overview.ts, geo/overview.ts) loads with the first
 * file that may need it, not with the page: until then every plan is drawn as it is, and these
 * stand-ins do what the module would do for a plan without an overview.
 */
type OverviewModule = typeof import('./overview');
let loaded: OverviewModule | null = null;

let loading: Promise<OverviewModule> | null = null;

/**
 * Loads the overview code (once) and lets MapLibre read plan tiles from the page's plan worker
 * (`tile`, see PlanRuntime in state/sync.svelte.ts).
 */
export function loadOverview(
  tile: (z: number, x: number, y: number) => Promise<ArrayBuffer>
): Promise<OverviewModule> {
  loading ??= import('./overview').then((module) => {
    module.registerPlanTiles(maplibre, tile);
    loaded = module;
    return module;
  });
  return loading;
}

export function withOverview(
  style: StyleSpecification,
  plan: { overview?: PlanOverview | null; source: unknown },
  opacity: number
): StyleSpecification {
  return loaded ? loaded.withOverview(style, plan, opacity) : style;
}

export function planFeature(overview: PlanOverview | null | undefined, id: string | number) {
  return loaded ? loaded.planFeature(overview, id) : { source: SOURCES.plan, id };
}

export function showsOverview(
  map: MapLibreMap,
  overview: PlanOverview | null | undefined
): boolean {
  return loaded !== null && loaded.showsOverview(map, overview);
}

export function setOverviewOpacity(map: MapLibreMap, opacity: number): void {
  loaded?.setOverviewOpacity(map, opacity);
}
