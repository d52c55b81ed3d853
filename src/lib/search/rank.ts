import { nameKeys, queryKey, type SearchKey } from './normalize';
import { SEARCH_KINDS, type SearchEntry, type SearchKind } from './types';
import { houseKey } from './name-index';

/** An entry with its search keys computed once. */
export interface IndexedEntry {
  entry: SearchEntry;
  keys: SearchKey[];
  /** The compact keys, and with "str" written out as "strasse", for the typo comparison. */
  typoKeys: string[];
}

export function indexEntries(entries: readonly SearchEntry[]): IndexedEntry[] {
  return entries.map((entry) => {
    const keys = [entry.label, ...(entry.aliases ?? [])].flatMap(nameKeys);
    const typoKeys = new Set<string>();
    for (const k of keys) {
      typoKeys.add(k.compact);
      typoKeys.add(k.spaced.replace(/str\b/g, 'strasse').replace(/ /g, ''));
    }
    return { entry, keys, typoKeys: [...typoKeys] };
  });
}

/**
 * How well a key matches the query, lower is better: 0 the whole name, 1 its beginning,
 * 2 the beginning of a later word, 3 anywhere inside (from three letters on); null no match.
 * (4: one or two letters wrong, see typoScore.)
 */
export function matchScore(key: SearchKey, query: SearchKey): number | null {
  if (query.compact === '') return null;
  if (key.compact === query.compact) return 0;
  if (key.compact.startsWith(query.compact)) return 1;
  if ((' ' + key.spaced).includes(' ' + query.spaced)) return 2;
  if (query.compact.length >= 3 && key.compact.includes(query.compact)) return 3;
  return null;
}

/** Letters that may be wrong: none below 5 typed letters, 1 up to 7, then 2. */
const typoBudget = (n: number) => (n < 5 ? 0 : n < 8 ? 1 : 2);

/** Rows of the edit-distance table, reused (names are short). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Edit distance (insert, delete, replace, swap two neighbours) of a and b, or max + 1 as soon as
 * it must exceed max.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rows[0]!.length) rows = rows.map(() => new Int32Array(b.length * 2 + 1));
  let [prev2, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let low = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        v = Math.min(v, prev2[j - 2]! + 1);
      row[j] = v;
      if (v < low) low = v;
    }
    if (low > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[b.length]!;
}

/**
 * 4 when a name, or its beginning as long as the query (a letter shorter or longer: a missed or
 * doubled one while typing), is within the typo budget; null otherwise. "Straße" is compared
 * written out too: "Broichtraße" is one letter from "Broichstraße", not from "…str". The first
 * letter must be right (people rarely mistype it, and it keeps the search fast).
 */
export function typoScore(item: IndexedEntry, query: string): number | null {
  const max = typoBudget(query.length);
  if (max === 0) return null;
  const first = query.charCodeAt(0);
  for (const name of item.typoKeys) {
    if (name.charCodeAt(0) !== first) continue;
    if (editDistance(name, query, max) <= max) return 4;
    for (let n = query.length - 1; n <= query.length + 1; n++) {
      if (n >= name.length) continue;
      if (editDistance(name.slice(0, n), query, max) <= max) return 4;
    }
  }
  return null;
}

export interface SearchGroup {
  kind: SearchKind;
  entries: SearchEntry[];
}

export interface SearchOptions {
  perGroup?: number;
}

/** The best score of an entry's keys for a query (typos only when nothing else), or null. */
function bestScore(item: IndexedEntry, query: SearchKey): number | null {
  let best: number | null = null;
  for (const k of item.keys) {
    const s = matchScore(k, query);
    if (s !== null && (best === null || s < best)) best = s;
    if (best === 0) break;
  }
  return best ?? typoScore(item, query.compact);
}

/** What the typed text asks for, beyond a name: a house number, a Stadtteil. */
export interface ParsedQuery {
  /** The name part: "Effertzgasse" of "Birkesdorf Effertzgasse 5". */
  name: SearchKey;
  /** "5", "12a" … as typed (the last word when it starts with a digit). */
  number: string | null;
  /** The Stadtteil named first or last, as the index spells it. */
  district: string | null;
}

const HOUSE_NUMBER = /^(.*?\p{L}.*?)[\s,]+(\d{1,4}\s?[a-z]?)$/iu;

/** Splits "Birkesdorf Effertzgasse 5" into district, name and number, for the districts given. */
export function parseQuery(text: string, districts: readonly string[]): ParsedQuery {
  const m = HOUSE_NUMBER.exec(text.trim());
  const number = m ? m[2]!.replace(/\s+/g, '') : null;
  const name = queryKey(m ? m[1]! : text);
  for (const d of districts) {
    for (const dk of nameKeys(d)) {
      const { spaced } = dk;
      if (name.spaced.startsWith(spaced + ' '))
        return { name: queryKey(name.spaced.slice(spaced.length + 1)), number, district: d };
      if (name.spaced.endsWith(' ' + spaced))
        return { name: queryKey(name.spaced.slice(0, -spaced.length - 1)), number, district: d };
    }
  }
  return { name, number, district: null };
}

/** The Stadtteile the index knows (its district entries), computed once per index. */
const districtNames = new WeakMap<readonly IndexedEntry[], string[]>();
function districtsOf(index: readonly IndexedEntry[]): string[] {
  let names = districtNames.get(index);
  if (!names) {
    names = [
      ...new Set(index.filter((i) => i.entry.kind === 'district').map((i) => i.entry.label))
    ];
    // Longer names first: "Nord-Düren" before a shorter name it contains.
    names.sort((a, b) => b.length - a.length);
    districtNames.set(index, names);
  }
  return names;
}

/** A street's house as a result of its own: "Effertzgasse 5", at the house. */
function houseEntry(street: SearchEntry, number: string): SearchEntry | null {
  const at = street.numbers?.get(houseKey(number));
  if (!at) return null;
  return {
    ...street,
    label: `${street.label} ${number}`,
    lon: at[0],
    lat: at[1],
    bbox: null,
    numbers: undefined
  };
}

/**
 * The best matches grouped by kind: groups ordered by their best match (then by the fixed
 * kind order), entries by match, then the shorter name, then alphabetically. Understands a house
 * number after a street ("Effertzgasse 5"), a Stadtteil before or after the name ("Birkesdorf
 * Effertzgasse") and one or two wrong letters ("Efertzgasse").
 */
export function search(
  index: readonly IndexedEntry[],
  text: string,
  { perGroup = 6 }: SearchOptions = {}
): SearchGroup[] {
  const query = queryKey(text);
  const parsed = parseQuery(text, districtsOf(index));
  const narrowed = parsed.number !== null || parsed.district !== null;
  const hits: { entry: SearchEntry; score: number }[] = [];
  for (const item of index) {
    const whole = bestScore(item, query);
    if (whole !== null) hits.push({ entry: item.entry, score: whole });
    if (!narrowed || parsed.name.compact === '') continue;
    const e = item.entry;
    if (parsed.district !== null && e.district !== parsed.district) continue;
    const named = bestScore(item, parsed.name);
    if (named === null) continue;
    // What the extra words confirm ranks before everything else.
    const house = parsed.number !== null ? houseEntry(e, parsed.number) : null;
    if (house) hits.push({ entry: house, score: named - 20 });
    else if (parsed.district !== null) hits.push({ entry: e, score: named - 10 });
    else if (whole === null) hits.push({ entry: e, score: named });
  }
  hits.sort(
    (a, b) =>
      a.score - b.score ||
      a.entry.label.length - b.entry.label.length ||
      a.entry.label.localeCompare(b.entry.label, 'de') ||
      (a.entry.district ?? '').localeCompare(b.entry.district ?? '', 'de')
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
