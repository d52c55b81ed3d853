/**
 * Kinds of change between the previous plan (1999) and the current one (2025): a property
 * derived for every area from its `category` and `previous`, through the groups of the one
 * category table. The map twin of `changeKind` is `changeKindExpression` in map/expressions.ts.
 */
import { category, type CategoryCode, type GroupCode } from './categories';

export const CHANGE_KINDS = [
  'neu_wohnen',
  'neu_gewerbe',
  'neu_bau_sonstige',
  'ruecknahme',
  'umwidmung',
  'sonstige',
  'unveraendert'
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Groups whose categories are building land (Bauflächen and Gemeinbedarf). */
export const BUILDING_GROUPS: readonly GroupCode[] = [
  'wohnen',
  'gewerbe',
  'industrie',
  'gemischt_sonder'
];
/** Groups that count as open land for a Rücknahme. */
export const OPEN_GROUPS: readonly GroupCode[] = ['freiraum'];

/** Fill colours of the change map; "unchanged" is muted so the changes stand out. */
export const CHANGE_COLORS: Record<ChangeKind, string> = {
  neu_wohnen: '#C0392B',
  neu_gewerbe: '#5B3A8E',
  neu_bau_sonstige: '#E67E22',
  ruecknahme: '#1E8449',
  umwidmung: '#2471A3',
  sonstige: '#B7950B',
  unveraendert: '#E4E2DC'
};

export const isBuilding = (c: CategoryCode) => BUILDING_GROUPS.includes(category(c).group);
export const isOpen = (c: CategoryCode) => OPEN_GROUPS.includes(category(c).group);

export function isChangeKind(v: unknown): v is ChangeKind {
  return typeof v === 'string' && (CHANGE_KINDS as readonly string[]).includes(v);
}

/**
 * The kind of change of an area now in `current` that was `previous` (null: not designated in
 * the previous plan). Building land that was not building land before is new (by its group);
 * building land that became open land is a Rücknahme.
 */
export function changeKind(current: CategoryCode, previous: CategoryCode | null): ChangeKind {
  if (previous === current) return 'unveraendert';
  const wasBuilding = previous !== null && isBuilding(previous);
  if (isBuilding(current)) {
    if (wasBuilding) return 'umwidmung';
    const group = category(current).group;
    if (group === 'wohnen') return 'neu_wohnen';
    if (group === 'gewerbe' || group === 'industrie') return 'neu_gewerbe';
    return 'neu_bau_sonstige';
  }
  if (wasBuilding && isOpen(current)) return 'ruecknahme';
  return 'sonstige';
}

/** The change kinds shown when `hidden` are hidden; undefined (no change filter) if none is. */
export function shownChanges(hidden: ReadonlySet<ChangeKind>): ReadonlySet<ChangeKind> | undefined {
  return hidden.size === 0 ? undefined : new Set(CHANGE_KINDS.filter((k) => !hidden.has(k)));
}
