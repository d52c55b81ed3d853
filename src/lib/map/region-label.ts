import type { FeatureCollection } from 'geojson';
import type { Region } from '../state/url';
import { regionGeometry } from '../geo/region';
import { geodesicDestination } from '../geo/region';
import { formatRadius } from '../i18n/format';
import type { Lang } from '../i18n';

/**
 * The region source's data: the region polygon, and for a circle a point on its northern rim
 * carrying the radius as text ("500 m"), drawn by the 'region-label' layer.
 */
export function regionFeatures(region: Region | null, lang: Lang): FeatureCollection {
  if (!region) return { type: 'FeatureCollection', features: [] };
  const features: FeatureCollection['features'] = [
    { type: 'Feature', geometry: regionGeometry(region), properties: {} }
  ];
  if (region.kind === 'circle') {
    const [lon, lat] = region.center;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: geodesicDestination(lon, lat, 0, region.radius_m) },
      properties: { label: formatRadius(region.radius_m, lang) }
    });
  }
  return { type: 'FeatureCollection', features };
}
