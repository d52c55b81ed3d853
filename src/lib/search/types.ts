import type { CategoryCode } from '../plan/categories';

/** What a search result is; results are grouped by it. */
export const SEARCH_KINDS = ['district', 'place', 'street', 'area', 'category'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One thing the search can find, with where it is. */
export interface SearchEntry {
  kind: SearchKind;
  /** Shown as text, never as HTML. */
  label: string;
  /** Other names it is found by (e.g. an area id, the English category name). */
  aliases?: readonly string[];
  /** A second line: category of an area, kind of place … */
  detail?: string;
  /** A point on or in the thing (the marker goes here). */
  lon: number;
  lat: number;
  /** Extent to show, west/south/east/north; null for a point. */
  bbox: [number, number, number, number] | null;
  /** The plan area to select, for areas. */
  areaId?: string;
  category?: CategoryCode;
  /** The Stadtteil it lies in (streets and places), to tell same-named streets apart. */
  district?: string;
  /** A street's house numbers (search/housenumbers.ts) by houseKey → [lon, lat]. */
  numbers?: ReadonlyMap<string, [number, number]>;
}
