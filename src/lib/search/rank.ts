import { nameKeys, queryKey, type SearchKey } from './normalize';
import { SEARCH_KINDS, type SearchEntry, type SearchKind } from './types';

/** An entry with its search keys computed once. */
export interface IndexedEntry {
  entry: SearchEntry;
  keys: SearchKey[];
}

export function indexEntries(entries: readonly SearchEntry[]): IndexedEntry[] {
  return entries.map((entry) => ({
    entry,
    keys: [entry.label, ...(entry.aliases ?? [])].flatMap(nameKeys)
  }));
}

/**
 * How well a key matches the query, lower is better: 0 the whole name, 1 its beginning,
 * 2 the beginning of a later word, 3 anywhere inside (from three letters on); null no match.
 */
export function matchScore(key: SearchKey, query: SearchKey): number | null {
  if (query.compact === '') return null;
  if (key.compact === query.compact) return 0;
  if (key.compact.startsWith(query.compact)) return 1;
  if ((' ' + key.spaced).includes(' ' + query.spaced)) return 2;
  if (query.compact.length >= 3 && key.compact.includes(query.compact)) return 3;
  return null;
}

export interface SearchGroup {
  kind: SearchKind;
  entries: SearchEntry[];
}

export interface SearchOptions {
  perGroup?: number;
}

/**
 * The best matches grouped by kind: groups ordered by their best match (then by the fixed
 * kind order), entries by match, then the shorter name, then alphabetically.
 */
export function search(
  index: readonly IndexedEntry[],
  text: string,
  { perGroup = 6 }: SearchOptions = {}
): SearchGroup[] {
  const query = queryKey(text);
  const hits: { entry: SearchEntry; score: number }[] = [];
  for (const item of index) {
    let best: number | null = null;
    for (const k of item.keys) {
      const s = matchScore(k, query);
      if (s !== null && (best === null || s < best)) best = s;
    }
    if (best !== null) hits.push({ entry: item.entry, score: best });
  }
  hits.sort(
    (a, b) =>
      a.score - b.score ||
      a.entry.label.length - b.entry.label.length ||
      a.entry.label.localeCompare(b.entry.label, 'de')
  );
  const groups = new Map<SearchKind, { best: number; entries: SearchEntry[] }>();
  const seen = new Set<string>();
  for (const { entry, score } of hits) {
    // The same street from two tile sets or two pieces far apart stays one line per place.
    const id = `${entry.kind}|${entry.label}|${entry.lon.toFixed(3)}|${entry.lat.toFixed(3)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const g = groups.get(entry.kind) ?? { best: score, entries: [] };
    groups.set(entry.kind, g);
    if (g.entries.length < perGroup) g.entries.push(entry);
  }
  return [...groups.entries()]
    .sort(
      ([ka, a], [kb, b]) => a.best - b.best || SEARCH_KINDS.indexOf(ka) - SEARCH_KINDS.indexOf(kb)
    )
    .map(([kind, g]) => ({ kind, entries: g.entries }));
}
