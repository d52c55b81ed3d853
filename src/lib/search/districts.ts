import type { MultiPolygon, Polygon } from 'geojson';
import { pointInGeometry } from '../geo/point-in';
import type { SearchEntry } from './types';

/** A Stadtteil as the plan's districts layer has it. */
export interface DistrictArea {
  name: string;
  geometry: Polygon | MultiPolygon;
}

/**
 * Streets and places with the Stadtteil they lie in (by their marker point), shown as their
 * second line: the five "Ringstraße" of a city become five different lines.
 */
export function withDistricts(
  entries: readonly SearchEntry[],
  districts: readonly DistrictArea[]
): SearchEntry[] {
  if (districts.length === 0) return [...entries];
  return entries.map((e) => {
    if (e.kind !== 'street' && e.kind !== 'place') return e;
    const d = districts.find((d) => pointInGeometry(e.lon, e.lat, d.geometry));
    return d ? { ...e, district: d.name, detail: e.detail ?? d.name } : e;
  });
}
