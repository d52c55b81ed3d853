import type { PlotFeature } from '$lib/plan/plots';
import type { LoadedFeature } from '$lib/plan/types';
import { interiorPoint, pointInGeometry } from '$lib/geo/access';
import { featureBounds } from '$lib/geo/bounds';

/** The FNP area a point inside the plot lies in (the base area, not an overlay), or null. */
export function hostArea(
  plot: PlotFeature,
  features: readonly LoadedFeature[]
): LoadedFeature | null {
  const [lon, lat] = interiorPoint(plot.geometry);
  // The box first: a page copy's feature decodes its geometry on each access.
  const inBox = (f: LoadedFeature) => {
    const [w, s, e, n] = featureBounds(f);
    return lon >= w && lon <= e && lat >= s && lat <= n;
  };
  return (
    features.find(
      (f) => f.properties.overlay !== true && inBox(f) && pointInGeometry(lon, lat, f.geometry)
    ) ?? null
  );
}
