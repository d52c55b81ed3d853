import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification
} from 'maplibre-gl';
import { CATEGORIES, CATEGORY_CODES, type Category } from '../plan/categories';
import type { PlanFilter } from '../geo/filter';
import { CHANGE_COLORS, CHANGE_KINDS, isBuilding, isOpen } from '../plan/change';

/** A `match` on the category that picks one value per entry of the category table. */
function byCategory(pick: (c: Category) => string, fallback: string): ExpressionSpecification {
  // MapLibre's tuple type cannot express a match built from a list; the shape is checked at style validation.
  return [
    'match',
    ['get', 'category'],
    ...CATEGORIES.flatMap((c) => [c.code, pick(c)]),
    fallback
  ] as unknown as ExpressionSpecification;
}

/** Fill colour by category, from the one category table. */
export const categoryColor = byCategory((c) => c.color, '#cccccc');

/** Outline colour by category. */
export const categoryOutline = byCategory((c) => c.outline, '#888888');

export const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** Width that grows with zoom so small plots stay apart without clutter at city scale. */
export const outlineWidth: DataDrivenPropertyValueSpecification<number> = [
  'interpolate',
  ['linear'],
  ['zoom'],
  11,
  0.2,
  15,
  1
];

/**
 * The map's twin of `matchesFilter` in geo/filter.ts: same fields, same meaning, so the map
 * shows exactly the areas that the Flächenbilanz counts. Overlays are drawn by their own layer.
 */
export function planFilterExpression(filter: PlanFilter, overlay: boolean): FilterSpecification {
  const shown = CATEGORY_CODES.filter((c) => filter.categories.has(c));
  const conditions: ExpressionSpecification[] = [
    ['in', ['get', 'category'], ['literal', shown]],
    overlay
      ? ['==', ['get', 'overlay'], filter.overlays !== false]
      : ['!=', ['get', 'overlay'], true]
  ];
  // Only with a minimum size: a plan file without stored `area_m2` draws at once (the measured
  // sizes follow from the plan worker).
  if (filter.minArea_m2 > 0) conditions.push(['>=', ['get', 'area_m2'], filter.minArea_m2]);
  if (filter.status !== 'alle') conditions.push(['==', ['get', 'status'], filter.status]);
  if (filter.district !== null) conditions.push(['==', ['get', 'district'], filter.district]);
  if (filter.changes)
    conditions.push(['in', changeKindExpression, ['literal', [...filter.changes]]]);
  return ['all', ...conditions];
}

/** The shown areas that carry a Nutzungsschablone label (`schablone`, xplan/nutzungsschablone.ts withSchablone). */
export function schabloneFilter(filter: PlanFilter): FilterSpecification {
  return ['all', ['has', 'schablone'], planFilterExpression(filter, false)] as FilterSpecification;
}

/** Matches one feature by its plan id (for the selection outline). */
export function idFilter(id: string | null): FilterSpecification {
  return ['==', ['get', 'id'], id ?? ''];
}

const codesWhere = (test: (c: Category) => boolean) =>
  ['literal', CATEGORIES.filter(test).map((c) => c.code)] as ExpressionSpecification;
const current: ExpressionSpecification = ['get', 'category'];
// `in` needs a string: an area not designated before (previous null) reads as ''.
const previous: ExpressionSpecification = ['coalesce', ['get', 'previous'], ''];

/** The map's twin of `changeKind` in plan/change.ts: the kind of change from category + previous. */
export const changeKindExpression: ExpressionSpecification = [
  'case',
  ['==', current, previous],
  'unveraendert',
  ['in', current, codesWhere((c) => isBuilding(c.code))],
  [
    'case',
    ['in', previous, codesWhere((c) => isBuilding(c.code))],
    'umwidmung',
    ['in', current, codesWhere((c) => c.group === 'wohnen')],
    'neu_wohnen',
    ['in', current, codesWhere((c) => c.group === 'gewerbe' || c.group === 'industrie')],
    'neu_gewerbe',
    'neu_bau_sonstige'
  ],
  [
    'all',
    ['in', previous, codesWhere((c) => isBuilding(c.code))],
    ['in', current, codesWhere((c) => isOpen(c.code))]
  ],
  'ruecknahme',
  'sonstige'
];

/** Fill colour of the change map, by the derived change kind. */
export const changeColor = [
  'match',
  changeKindExpression,
  ...CHANGE_KINDS.flatMap((k) => [k, CHANGE_COLORS[k]]),
  CHANGE_COLORS.unveraendert
] as unknown as ExpressionSpecification;

/** Matches the features whose plan id is in `ids` (a chosen cell of the transition matrix). */
export function idsFilter(ids: readonly string[]): FilterSpecification {
  return ['in', ['get', 'id'], ['literal', [...ids]]];
}
