/**
 * The finder's one camera move: fit the map to plots. Until the map controller's fit() (branch
 * mapctl) is on main, this is the only place the finder moves the map; switch it over then.
 */
import type { PlotFeature } from '$lib/plan/plots';
import type { MapHandle } from '$lib/map/context.svelte';
import { geometryBounds, unionBounds } from '$lib/geo/bounds';

export function fitPlots(handle: MapHandle, plots: readonly PlotFeature[], maxZoom = 16) {
  const map = handle.map;
  if (!map || plots.length === 0) return;
  const box = unionBounds(plots.map((p) => geometryBounds(p.geometry)));
  if (!box) return;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  map.fitBounds(box, { padding: 60, maxZoom, duration: reduce ? 0 : 500 });
}
