/**
 * URL keys of the comparison mode (`mode=compare`), parsed with a fallback per value like every
 * other key in url.ts: `cmp=swipe|side|change|matrix`, `div=0..1` (swipe divider),
 * `cell=<from>,<to>` (chosen cell of the transition matrix), `with=<plan id>` (second plan to
 * compare against instead of the 1999 state), `chg=<kinds>` (change kinds hidden).
 */
import { CHANGE_KINDS, isChangeKind, type ChangeKind } from '../plan/change';
import { cellKey, parseCellKey, type MatrixKey } from '../geo/matrix-key';

export const COMPARE_VIEWS = ['swipe', 'side', 'change', 'matrix'] as const;
export type CompareView = (typeof COMPARE_VIEWS)[number];

export interface CompareChoices {
  view: CompareView;
  /** Swipe divider from the left edge, 0..1. */
  divider: number;
  cell: { from: MatrixKey; to: MatrixKey } | null;
  /** Plan id under data/ compared against; null = the same plan's 1999 state (`previous`). */
  other: string | null;
  /** Change kinds hidden on the change map and in every balance. */
  hiddenChanges: ReadonlySet<ChangeKind>;
}

export const COMPARE_PARAMS = {
  view: 'cmp',
  divider: 'div',
  cell: 'cell',
  other: 'with',
  hiddenChanges: 'chg'
} as const;

export function defaultCompare(): CompareChoices {
  return { view: 'swipe', divider: 0.5, cell: null, other: null, hiddenChanges: new Set() };
}

/** Reads the compare keys; each unreadable one keeps its default and is named in `warnings`. */
export function parseCompare(params: URLSearchParams, warnings: string[]): CompareChoices {
  const c = defaultCompare();
  const read = (key: keyof CompareChoices, apply: (v: string) => boolean) => {
    const raw = params.get(COMPARE_PARAMS[key]);
    if (raw !== null && !apply(raw)) warnings.push(COMPARE_PARAMS[key]);
  };
  read('view', (v) => {
    const ok = (COMPARE_VIEWS as readonly string[]).includes(v);
    if (ok) c.view = v as CompareView;
    return ok;
  });
  read('divider', (v) => {
    const n = v.trim() === '' ? NaN : Number(v);
    const ok = Number.isFinite(n) && n >= 0 && n <= 1;
    if (ok) c.divider = n;
    return ok;
  });
  read('cell', (v) => {
    c.cell = parseCellKey(v);
    return c.cell !== null;
  });
  read('other', (v) => {
    const ok = /^[a-z0-9][a-z0-9_-]{0,63}$/i.test(v);
    if (ok) c.other = v;
    return ok;
  });
  read('hiddenChanges', (v) => {
    const kinds = v === '' ? [] : v.split(',');
    const ok = kinds.every(isChangeKind);
    if (ok) c.hiddenChanges = new Set(kinds as ChangeKind[]);
    return ok;
  });
  return c;
}

/** Writes the compare keys that differ from their defaults. */
export function serializeCompare(c: CompareChoices, params: URLSearchParams) {
  const d = defaultCompare();
  if (c.view !== d.view) params.set(COMPARE_PARAMS.view, c.view);
  if (c.divider !== d.divider)
    params.set(COMPARE_PARAMS.divider, String(Number(c.divider.toFixed(3))));
  if (c.cell) params.set(COMPARE_PARAMS.cell, cellKey(c.cell.from, c.cell.to));
  if (c.other) params.set(COMPARE_PARAMS.other, c.other);
  if (c.hiddenChanges.size > 0)
    params.set(
      COMPARE_PARAMS.hiddenChanges,
      CHANGE_KINDS.filter((k) => c.hiddenChanges.has(k)).join(',')
    );
}
