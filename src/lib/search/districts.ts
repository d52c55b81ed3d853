import type { MultiPolygon, Polygon } from 'geojson';
import { distanceToGeometry } from '../geo/point-in';
import type { SearchEntry } from './types';

/** A Stadtteil as the plan's districts layer has it. */
export interface DistrictArea {
  name: string;
  geometry: Polygon | MultiPolygon;
}

/** A point this close to a Stadtteil (m) belongs to it when it lies in none (schematic edges). */
const NEAR_M = 1500;

/** The Stadtteil a point lies in, else the nearest within NEAR_M, else null. */
export function districtAt(lon: number, lat: number, districts: readonly DistrictArea[]) {
  let best: DistrictArea | null = null;
  let bestD = NEAR_M;
  for (const d of districts) {
    const m = distanceToGeometry(lon, lat, d.geometry);
    if (m === 0) return d;
    if (m < bestD) [best, bestD] = [d, m];
  }
  return best;
}

/**
 * Streets and places with the Stadtteil they lie in (by their marker point; the nearest one
 * close by where the schematic Stadtteile leave a gap), shown as their second line: the five
 * "Ringstraße" of a city become five different lines.
 */
export function withDistricts(
  entries: readonly SearchEntry[],
  districts: readonly DistrictArea[]
): SearchEntry[] {
  if (districts.length === 0) return [...entries];
  return entries.map((e) => {
    if (e.kind !== 'street' && e.kind !== 'place') return e;
    const d = districtAt(e.lon, e.lat, districts);
    return d ? { ...e, district: d.name, detail: e.detail ?? d.name } : e;
  });
}
