import type { PlotFeature } from '$lib/plan/plots';
import type { LoadedFeature } from '$lib/plan/types';
import { plotCentre, pointInGeometry } from '$lib/geo/access';

/** The FNP area the plot's centre lies in (the base area, not an overlay), or null. */
export function hostArea(
  plot: PlotFeature,
  features: readonly LoadedFeature[]
): LoadedFeature | null {
  const [lon, lat] = plotCentre(plot.geometry);
  return (
    features.find((f) => f.properties.overlay !== true && pointInGeometry(lon, lat, f.geometry)) ??
    null
  );
}
