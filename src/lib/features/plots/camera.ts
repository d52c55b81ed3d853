/** The finder's camera move: fit the map to plots, through the map controller. */
import type { PlotFeature } from '$lib/plan/plots';
import type { MapController } from '$lib/map/controller.svelte';
import { geometryBounds, unionBounds } from '$lib/geo/bounds';

export function fitPlots(controller: MapController, plots: readonly PlotFeature[], maxZoom = 16) {
  if (plots.length === 0) return;
  const box = unionBounds(plots.map((p) => geometryBounds(p.geometry)));
  if (box) void controller.fit({ bbox: box }, { maxZoom });
}
