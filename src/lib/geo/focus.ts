import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LoadedFeature } from '../plan/types';
import { featureBounds, geometryBounds, unionBounds, type BBox } from './bounds';

/** A part of the plan the map can be moved to: one district, or the Innovationsquartier. */
export type FocusTarget = { kind: 'district'; name: string } | { kind: 'iq' };

export interface FocusSources {
  features: readonly LoadedFeature[];
  districts: FeatureCollection<Polygon | MultiPolygon, { name: string }> | null;
  innovationsquartier: FeatureCollection<Polygon | MultiPolygon, { name: string }> | null;
}

/**
 * The box the map is fitted to for a target. A district is its plan areas (what the district
 * filter shows) together with its outline from districts.geojson where there is one, so both
 * are on screen; null if the plan knows no such district or has no Innovationsquartier.
 */
export function focusBounds(sources: FocusSources, target: FocusTarget): BBox | null {
  if (target.kind === 'iq')
    return unionBounds(
      (sources.innovationsquartier?.features ?? []).map((f) => geometryBounds(f.geometry))
    );
  return unionBounds([
    ...sources.features.filter((f) => f.properties.district === target.name).map(featureBounds),
    ...(sources.districts?.features ?? [])
      .filter((f) => f.properties.name === target.name)
      .map((f) => geometryBounds(f.geometry))
  ]);
}

/**
 * What the viewer focuses after a choice: the district filter when one is set, else the
 * Innovationsquartier when it is the Flächenbilanz scope; null for the whole plan.
 */
export function focusTarget(district: string | null, scope: string): FocusTarget | null {
  if (district !== null) return { kind: 'district', name: district };
  if (scope === 'iq') return { kind: 'iq' };
  return null;
}
