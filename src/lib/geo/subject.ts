import { CATEGORY_CODES } from '../plan/categories';
import { CHANGE_KINDS } from '../plan/change';
import type { LoadedFeature } from '../plan/types';
import { featureBounds, planBounds, unionBounds, type BBox } from './bounds';
import { matchesFilter, type PlanFilter } from './filter';

/**
 * What a view is about — its subject — so that a scene can be fitted to it on any screen: the
 * region of its Flächenbilanz (Innovationsquartier, a drawn area), else the areas its filter
 * shows (the new residential areas, the withdrawn land …), else the whole plan.
 */
export type Subject =
  | { kind: 'region'; bounds: BBox }
  | { kind: 'areas'; bounds: BBox; ids: string[] }
  | { kind: 'plan'; bounds: BBox };

/** Whether the filter leaves anything out. */
export function isFiltered(filter: PlanFilter): boolean {
  return (
    CATEGORY_CODES.some((c) => !filter.categories.has(c)) ||
    filter.status !== 'alle' ||
    filter.district !== null ||
    filter.minArea_m2 > 0 ||
    (filter.changes !== undefined && CHANGE_KINDS.some((k) => !filter.changes!.has(k)))
  );
}

export function viewSubject(
  features: readonly LoadedFeature[],
  filter: PlanFilter,
  region: BBox | null
): Subject | null {
  if (region) return { kind: 'region', bounds: region };
  const whole = planBounds(features);
  if (isFiltered(filter)) {
    const shown = features.filter(
      (f) => f.properties.overlay !== true && matchesFilter(f.properties, filter)
    );
    const bounds = unionBounds(shown.map(featureBounds));
    if (bounds) return { kind: 'areas', bounds, ids: shown.map((f) => f.properties.id) };
  }
  return whole ? { kind: 'plan', bounds: whole } : null;
}
