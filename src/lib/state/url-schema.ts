/**
 * The machinery of the URL table (see `url.ts` for the table itself and docs/architecture.md).
 *
 * Everything a user can choose is one field of one table: its URL key, its default, how it is
 * read (with a fallback to the default for anything that cannot be read) and written, and
 * whether a change gets its own browser-history entry. The state type, the defaults, reading and
 * writing a hash, scene capture and scene apply are all derived from the table, so a new field
 * is one entry there.
 */

/** One URL field. `parse` returns null for a value it cannot read (default + warning). */
export interface Field<T> {
  /** The URL key, e.g. `map` or `hide`. */
  key: string;
  default: () => T;
  parse: (raw: string, context: ReadContext) => T | null;
  /** The value as written; a value that writes like the default is left out of the URL. */
  serialize: (value: T) => string;
  /**
   * `push`: a change is a step the user can go back to (selection, region, mode …);
   * `replace`: it updates the current entry (panning, filters).
   */
  history: 'push' | 'replace';
  /**
   * A field whose value is an object spread into the record it belongs to (one key for two
   * properties, e.g. `psort=-size` → sort and desc). Only in a mode's own table.
   */
  spread?: true;
  /** Written even when it equals the default (a presentation link names its scene). */
  always?: true;
  /** Keys written besides `key` (a union's variant keys, see `unionField`). */
  writeMore?: (value: T, params: URLSearchParams) => void;
  /** Keys this field owns besides `key`. */
  moreKeys?: readonly string[];
}

/** What a field's parser may read besides its own value: the other keys (a union's variant). */
export interface ReadContext {
  params: URLSearchParams;
  warnings: string[];
  /** What the reader shortened (a region simplified to the cap), for the page's notice. */
  capped?: HashCapped;
}

/** What the reader shortened, for the page's notice. */
export interface HashCapped {
  /** Positions of the region polygon in the link, and how many were kept. */
  regionVertices: { from: number; to: number };
}

/** One variant of a tagged union field: its own table (may be empty). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a table holds fields of every type
export type Table = Record<string, Field<any>>;

/** The fields of a declared record, one per property: `satisfies FieldsOf<R>` checks a table. */
export type FieldsOf<R> = { [K in keyof R]-?: Field<R[K]> };

/** The values a table describes, one property per field. */
export type ValuesOf<T extends Table> = { [K in keyof T]: T[K] extends Field<infer V> ? V : never };

/** Identity with the table's type kept: declares a field with its value type checked. */
export const field = <T>(f: Field<T>): Field<T> => f;

/** The defaults of a table (spread fields spread). */
export function tableDefaults<R>(table: Table): R {
  const out: Record<string, unknown> = {};
  for (const [name, f] of Object.entries(table)) {
    if (f.spread) Object.assign(out, f.default());
    else out[name] = f.default();
  }
  return out as R;
}

/** The value of one field in a record (a spread field gathers its properties back). */
function valueOf(name: string, f: Table[string], record: Record<string, unknown>): unknown {
  if (!f.spread) return record[name];
  const keys = Object.keys(f.default() as object);
  return Object.fromEntries(keys.map((k) => [k, record[k]]));
}

/** Reads a table's fields from URL parameters; each unreadable key is named in `warnings`. */
export function readTable<R>(
  table: Table,
  params: URLSearchParams,
  warnings: string[],
  context: ReadContext = { params, warnings }
): R {
  const out = tableDefaults<Record<string, unknown>>(table);
  for (const [name, f] of Object.entries(table)) {
    const raw = params.get(f.key);
    if (raw === null) continue;
    const value = f.parse(raw, context);
    if (value === null) warnings.push(f.key);
    else if (f.spread) Object.assign(out, value);
    else out[name] = value;
  }
  return out as R;
}

/** Writes a table's fields that differ from their defaults, in the table's order. */
export function writeTable(table: Table, record: object, params: URLSearchParams) {
  const values = record as Record<string, unknown>;
  for (const [name, f] of Object.entries(table)) {
    const value = valueOf(name, f, values);
    const text = f.serialize(value);
    if (f.always || text !== f.serialize(f.default())) params.set(f.key, text);
    f.writeMore?.(value, params);
  }
}

/** The URL keys a table owns. */
export const tableKeys = (table: Table): string[] =>
  Object.values(table).flatMap((f) => [f.key, ...(f.moreKeys ?? [])]);

/**
 * The names of a table's fields whose change is a history step (`push`), for the browser
 * history (state/history.ts).
 */
export const pushFields = (table: Table): string[] =>
  Object.entries(table)
    .filter(([, f]) => f.history === 'push')
    .map(([name]) => name);

/**
 * A tagged union as one field: `key=<kind>` chooses the variant, and the variant's own table
 * adds its keys (e.g. `mode=compare&cmp=side`). A variant's keys are read only when it is
 * chosen; in another variant they are known but ignored.
 */
export function unionField<K extends string, V extends { kind: K }>(
  key: string,
  variants: Record<K, Table>,
  defaultKind: K,
  history: 'push' | 'replace'
): Field<V> {
  const kinds = Object.keys(variants) as K[];
  const make = (kind: K, context: ReadContext | null): V =>
    ({
      kind,
      ...(context
        ? readTable<object>(variants[kind], context.params, context.warnings, context)
        : tableDefaults<object>(variants[kind]))
    }) as V;
  return {
    key,
    history,
    default: () => make(defaultKind, null),
    parse: (raw, context) => ((kinds as string[]).includes(raw) ? make(raw as K, context) : null),
    serialize: (value) => value.kind,
    writeMore: (value, params) => writeTable(variants[value.kind], value, params),
    moreKeys: kinds.flatMap((kind) => tableKeys(variants[kind]))
  };
}
