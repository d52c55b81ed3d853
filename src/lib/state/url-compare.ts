/**
 * URL keys of the comparison mode (`mode=compare`), parsed with a fallback per value like every
 * other key in url.ts: `cmp=swipe|side|change|matrix`, `div=0..1` (swipe divider),
 * `cell=<from>,<to>` (chosen cell of the transition matrix), `with=<plan id>` (second plan to
 * compare against instead of the 1999 state), `chg=<kinds>` (change kinds hidden).
 */
import { CHANGE_KINDS, isChangeKind, type ChangeKind } from '../plan/change';
import { cellKey, parseCellKey, type MatrixKey } from '../geo/matrix-key';
import { field, tableDefaults, type FieldsOf } from './url-schema';

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

const finite = (v: string): number | null => {
  const n = v.trim() === '' ? NaN : Number(v);
  return Number.isFinite(n) ? n : null;
};

/** The comparison's own fields of the URL table (the `compare` variant of `mode`). */
export const COMPARE_FIELDS = {
  view: field<CompareView>({
    key: 'cmp',
    default: () => 'swipe',
    parse: (v) => ((COMPARE_VIEWS as readonly string[]).includes(v) ? (v as CompareView) : null),
    serialize: (v) => v,
    history: 'push'
  }),
  divider: field<number>({
    key: 'div',
    default: () => 0.5,
    parse: (v) => {
      const n = finite(v);
      return n !== null && n >= 0 && n <= 1 ? n : null;
    },
    serialize: (n) => String(Number(n.toFixed(3))),
    history: 'push'
  }),
  cell: field<{ from: MatrixKey; to: MatrixKey } | null>({
    key: 'cell',
    default: () => null,
    parse: parseCellKey,
    serialize: (c) => (c ? cellKey(c.from, c.to) : ''),
    history: 'push'
  }),
  other: field<string | null>({
    key: 'with',
    default: () => null,
    parse: (v) => (/^[a-z0-9][a-z0-9_-]{0,63}$/i.test(v) ? v : null),
    serialize: (v) => v ?? '',
    history: 'push'
  }),
  hiddenChanges: field<ReadonlySet<ChangeKind>>({
    key: 'chg',
    default: () => new Set(),
    parse: (v) => {
      const kinds = v === '' ? [] : v.split(',');
      return kinds.every(isChangeKind) ? new Set(kinds as ChangeKind[]) : null;
    },
    serialize: (s) => CHANGE_KINDS.filter((k) => s.has(k)).join(','),
    history: 'push'
  })
} satisfies FieldsOf<CompareChoices>;

export const defaultCompare = (): CompareChoices => tableDefaults<CompareChoices>(COMPARE_FIELDS);
