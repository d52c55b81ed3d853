/**
 * A GeoJSON FeatureCollection read one feature at a time: one pass over the text finds where each
 * element of the top-level `features` array begins and ends, and each is parsed when it is asked
 * for. `JSON.parse` of the whole text held the entire tree of a large plan at once (for 200,000
 * parcels several hundred MB in the worker that opens the file), on top of the text itself.
 *
 * Only the plain shape is split: an object at the top whose one `features` member is an array.
 * Anything else returns null and the caller parses the text whole, as before (same messages).
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export interface SplitCollection {
  /** The top-level object with `features` empty (type, crs, …). */
  head: unknown;
  /** Number of elements of `features`. */
  count: number;
  /** Element `i` of `features`, parsed; throws as JSON.parse does for a broken element. */
  feature(i: number): unknown;
}

/** Index just past the string starting at `i` (a quote), or -1 if it does not end. */
function skipString(text: string, i: number): number {
  for (let k = i + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === BACKSLASH) k++;
    else if (c === QUOTE) return k + 1;
  }
  return -1;
}

const skipSpace = (text: string, i: number) => {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
};

export function splitFeatureCollection(text: string): SplitCollection | null {
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== OPEN_OBJECT) return null;
  let arrayStart = -1;
  let arrayEnd = -1;
  const starts: number[] = [];
  const ends: number[] = [];
  let depth = 0;
  // Where the current element of `features` began (depth 2 inside the array), or -1.
  let element = -1;
  let inFeatures = false;
  // At depth 1: the next string is a key (after `{` or a comma), not a value.
  let expectKey = false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = skipString(text, i);
      if (end < 0) return null;
      if (depth === 1 && expectKey) {
        expectKey = false;
        const key = text.slice(i + 1, end - 1);
        if (key.includes('\\')) return null;
        const colon = skipSpace(text, end);
        if (text.charCodeAt(colon) !== COLON) return null;
        if (key === 'features') {
          const open = skipSpace(text, colon + 1);
          if (arrayStart >= 0 || text.charCodeAt(open) !== OPEN_ARRAY) return null;
          arrayStart = open;
          inFeatures = true;
          depth = 2;
          i = open;
          element = -1;
          continue;
        }
        i = colon;
        continue;
      }
      if (inFeatures && depth === 2 && element < 0) element = i;
      i = end - 1;
      continue;
    }
    if (isSpace(c)) continue;
    if (inFeatures && depth === 2) {
      if (c === COMMA || c === CLOSE_ARRAY) {
        if (element >= 0) {
          starts.push(element);
          ends.push(i);
        } else if (c === COMMA || starts.length > 0) return null;
        element = -1;
        if (c === CLOSE_ARRAY) {
          arrayEnd = i + 1;
          inFeatures = false;
          depth = 1;
        }
        continue;
      }
      if (element < 0) element = i;
    }
    if (depth === 1 && c === COMMA) expectKey = true;
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth++;
      if (depth === 1) expectKey = true;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
      if (depth === 0) {
        if (skipSpace(text, i + 1) !== text.length) return null;
        break;
      }
    }
  }
  if (depth !== 0 || arrayEnd < 0) return null;
  let head: unknown;
  try {
    head = JSON.parse(text.slice(0, arrayStart + 1) + text.slice(arrayEnd - 1));
  } catch {
    return null;
  }
  return {
    head,
    count: starts.length,
    feature: (k) => JSON.parse(text.slice(starts[k], ends[k])) as unknown
  };
}
