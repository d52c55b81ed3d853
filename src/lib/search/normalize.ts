/**
 * German-aware search keys: case, ß/ss, umlauts (ä = ae, and ä = a for those who type
 * without), "Straße"/"Strasse"/"Str.", hyphens and spaces all compare equal.
 */

export interface SearchKey {
  /** Words separated by one space, e.g. "eberhard hoesch str". */
  spaced: string;
  /** The same without spaces, e.g. "eberhardhoeschstr". */
  compact: string;
}

function fold(text: string, umlaut: 'ae' | 'a'): string {
  let s = text.toLocaleLowerCase('de').replace(/ß/g, 'ss');
  s =
    umlaut === 'ae'
      ? s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue')
      : s.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
  // Other accents (é, è …) are dropped: "Café" finds "Cafe".
  s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  s = s.replace(/strasse\b|str\b\.?/g, 'str');
  return s
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

function key(spaced: string): SearchKey {
  return { spaced, compact: spaced.replace(/ /g, '') };
}

/**
 * The key of what the user typed ("Köln" → "koeln"). A half-typed "…stra", "…strass" at the
 * end becomes "str", so "Kölnstra" still finds "Kölnstraße" while typing.
 */
export function queryKey(text: string): SearchKey {
  return key(fold(text.replace(/stra(ß|ss?)?$/i, 'str'), 'ae'));
}

/** The keys a name is found by: with umlauts as "ae" and as plain "a". */
export function nameKeys(text: string): SearchKey[] {
  const a = fold(text, 'ae');
  const b = fold(text, 'a');
  return a === b ? [key(a)] : [key(a), key(b)];
}
