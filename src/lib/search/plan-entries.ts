import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { CATEGORIES, category } from '../plan/categories';
import type { LoadedFeature } from '../plan/types';
import type { Plan } from '../plan/types';
import { featureBounds, geometryBounds, unionBounds } from '../geo/bounds';
import { storedLabelPoint } from '../geo/compact-features';
import { labelPoints } from '../geo/labels';
import type { SearchEntry } from './types';

type Lang = 'de' | 'en';

function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const fc: FeatureCollection<Polygon | MultiPolygon, null> = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry, properties: null }]
  };
  const [lon, lat] = labelPoints(fc).features[0]!.geometry.coordinates as [number, number];
  return [lon, lat];
}

/**
 * What the search finds in a plan: districts, places and stops, every area (by name and by
 * id) and every category (by its German and English name, over all its areas).
 */
export function planEntries(plan: Plan, lang: Lang): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const d of plan.districts?.features ?? []) {
    const [lon, lat] = labelPoint(d.geometry);
    entries.push({
      kind: 'district',
      label: d.properties.name,
      lon,
      lat,
      bbox: geometryBounds(d.geometry)
    });
  }
  for (const p of plan.places?.features ?? []) {
    const [lon, lat] = p.geometry.coordinates as [number, number];
    entries.push({ kind: 'place', label: p.properties.name, lon, lat, bbox: null });
  }
  const byCategory = new Map<string, LoadedFeature[]>();
  for (const f of plan.features) {
    const p = f.properties;
    const list = byCategory.get(p.category) ?? [];
    list.push(f);
    byCategory.set(p.category, list);
    const [lon, lat] = storedLabelPoint(f) ?? labelPoint(f.geometry);
    const cat = category(p.category).label[lang];
    entries.push({
      kind: 'area',
      label: p.name ?? p.id,
      aliases: p.name ? [p.id] : [],
      detail: p.name ? `${cat} · ${p.id}` : cat,
      lon,
      lat,
      bbox: featureBounds(f),
      areaId: p.id
    });
  }
  for (const c of CATEGORIES) {
    const features = byCategory.get(c.code);
    if (!features?.length) continue;
    const largest = features.reduce((a, b) =>
      b.properties.area_m2 > a.properties.area_m2 ? b : a
    );
    const [lon, lat] = storedLabelPoint(largest) ?? labelPoint(largest.geometry);
    entries.push({
      kind: 'category',
      label: c.label[lang],
      aliases: [c.label[lang === 'de' ? 'en' : 'de'], c.code],
      lon,
      lat,
      bbox: unionBounds(features.map(featureBounds)),
      category: c.code
    });
  }
  return entries;
}
