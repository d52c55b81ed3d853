import type { LoadedFeature, LoadedProperties } from '../plan/types';
import { geometryBounds, type BBox } from './bounds';

/**
 * What the main thread holds of one area: its checked properties (with `area_m2`) and its
 * bounding box, no geometry. The geometry lives once in the plan worker (index, balance) and
 * once in MapLibre's worker (drawing); lists, details, legend and filters need only this.
 */
export interface AreaSummary {
  properties: LoadedProperties;
  bbox: BBox;
}

export const summarize = (features: readonly LoadedFeature[]): AreaSummary[] =>
  features.map((f) => ({ properties: f.properties, bbox: geometryBounds(f.geometry) }));

/** The box around all areas, or null for an empty plan. */
export function summaryBounds(areas: readonly AreaSummary[]): BBox | null {
  if (areas.length === 0) return null;
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { bbox } of areas) {
    box[0] = Math.min(box[0], bbox[0]);
    box[1] = Math.min(box[1], bbox[1]);
    box[2] = Math.max(box[2], bbox[2]);
    box[3] = Math.max(box[3], bbox[3]);
  }
  return box;
}
