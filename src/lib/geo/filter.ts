import type { CategoryCode } from '../plan/categories';
import { changeKind, type ChangeKind } from '../plan/change';
import type { LoadedFeature, LoadedProperties, Status } from '../plan/types';
import { boxesIntersect, featureBounds, type BBox } from './bounds';

/**
 * What the user has narrowed the plan down to. The same filter drives the Flächenbilanz
 * (through `matchesFilter`) and the map (through the style expression in map/expressions.ts).
 */
export interface PlanFilter {
  /** Categories shown; the others are hidden on the map and left out of every balance. */
  categories: ReadonlySet<CategoryCode>;
  /** `alle`, or only areas of one status. */
  status: Status | 'alle';
  /** A Stadtteil name, or null for all. */
  district: string | null;
  /** Smallest area shown, in square metres (0 = no limit). */
  minArea_m2: number;
  /** Whether overlays (not part of the Flächenschluss) are shown and listed; default true. */
  overlays?: boolean;
  /** Kinds of change (1999 → 2025) shown; undefined = all (comparison mode sets it). */
  changes?: ReadonlySet<ChangeKind>;
}

export function matchesFilter(p: LoadedProperties, filter: PlanFilter): boolean {
  return (
    filter.categories.has(p.category) &&
    (filter.overlays !== false || p.overlay !== true) &&
    (filter.status === 'alle' || p.status === filter.status) &&
    (filter.district === null || p.district === filter.district) &&
    p.area_m2 >= filter.minArea_m2 &&
    (filter.changes === undefined || filter.changes.has(changeKind(p.category, p.previous)))
  );
}

/**
 * The areas a list shows: those passing the filter, touching `within` if given, and whose name,
 * id or district contains `search` (case-insensitive), largest first.
 */
export function areasBySize(
  features: readonly LoadedFeature[],
  filter: PlanFilter,
  within: BBox | null,
  search = ''
): LoadedFeature[] {
  const needle = search.trim().toLocaleLowerCase('de');
  const found = (p: LoadedProperties) =>
    needle === '' ||
    [p.name, p.id, p.district].some((v) => v?.toLocaleLowerCase('de').includes(needle));
  return features
    .filter(
      (f) =>
        matchesFilter(f.properties, filter) &&
        found(f.properties) &&
        (within === null || boxesIntersect(featureBounds(f), within))
    )
    .sort((a, b) => b.properties.area_m2 - a.properties.area_m2);
}
