/**
 * The transition matrix: how many square metres went from which category of the earlier plan
 * (rows) to which category of the later plan (columns). It is summed from pieces: for the
 * Düren plan one piece per area (from `previous` to `category`, see `previousPieces`); for two
 * plans whose areas share no ids, the pieces of their overlay (see overlay.ts).
 */
import { CATEGORY_CODES, type CategoryCode } from '../plan/categories';
import { CHANGE_KINDS, changeKind, type ChangeKind } from '../plan/change';
import type { LoadedFeature } from '../plan/types';
import { matchesFilter, type PlanFilter } from './filter';
import { previousId } from './previous-id';
import { MATRIX_KEYS, type MatrixKey } from './matrix-key';

export { MATRIX_KEYS, cellKey, isMatrixKey, parseCellKey, type MatrixKey } from './matrix-key';

/** A part of the plan area with one category before and one after. */
export interface Piece {
  /** Id of the area in the earlier plan (null where it had none there). */
  before: string | null;
  /** Id of the area in the later plan (null where it has none there). */
  after: string | null;
  from: MatrixKey;
  to: MatrixKey;
  area_m2: number;
}

export interface TransitionMatrix {
  /** area[r][c] in m², r and c indexing MATRIX_KEYS. */
  area: number[][];
  rowTotals: number[];
  colTotals: number[];
  total: number;
  /** Keys with any area as a row / a column, in table order. */
  rows: MatrixKey[];
  cols: MatrixKey[];
}

const keyIndex = new Map(MATRIX_KEYS.map((k, i) => [k, i]));
const at = (k: MatrixKey) => keyIndex.get(k) as number;

export function matrixFromPieces(pieces: readonly Piece[]): TransitionMatrix {
  const n = MATRIX_KEYS.length;
  const area = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const p of pieces) {
    const row = area[at(p.from)] as number[];
    row[at(p.to)] = (row[at(p.to)] as number) + p.area_m2;
  }
  const rowTotals = area.map((row) => row.reduce((s, v) => s + v, 0));
  const colTotals = MATRIX_KEYS.map((_, c) => area.reduce((s, row) => s + (row[c] as number), 0));
  return {
    area,
    rowTotals,
    colTotals,
    total: rowTotals.reduce((s, v) => s + v, 0),
    rows: MATRIX_KEYS.filter((_, i) => (rowTotals[i] as number) > 0),
    cols: MATRIX_KEYS.filter((_, i) => (colTotals[i] as number) > 0)
  };
}

/** The area of one cell, m². */
export function cellArea(m: TransitionMatrix, from: MatrixKey, to: MatrixKey): number {
  return m.area[at(from)]?.[at(to)] ?? 0;
}

/** One piece per area of the plan, from its `previous` to its `category` (overlays left out). */
export function previousPieces(features: readonly LoadedFeature[], filter?: PlanFilter): Piece[] {
  return features
    .filter(
      (f) => f.properties.overlay !== true && (!filter || matchesFilter(f.properties, filter))
    )
    .map((f) => ({
      before: f.properties.previous === null ? null : previousId(f.properties.id),
      after: f.properties.id,
      from: f.properties.previous ?? 'none',
      to: f.properties.category,
      area_m2: f.properties.area_m2
    }));
}

/** The change kind of a piece (a piece the later plan does not cover counts as other change). */
export function pieceChange(p: Piece): ChangeKind {
  if (p.to === 'none') return 'sonstige';
  return changeKind(p.to, p.from === 'none' ? null : p.from);
}

/** Square metres per kind of change, for the change map's legend. */
export function changeTotals(pieces: readonly Piece[]): Record<ChangeKind, number> {
  const totals = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const p of pieces) totals[pieceChange(p)] += p.area_m2;
  return totals;
}

/** The pieces of one cell, largest first. */
export function piecesInCell(pieces: readonly Piece[], from: MatrixKey, to: MatrixKey): Piece[] {
  return pieces.filter((p) => p.from === from && p.to === to).sort((a, b) => b.area_m2 - a.area_m2);
}

/**
 * The change kind to colour each area of the later plan with: the kind that covers most of it
 * (with the Düren plan's one piece per area, simply its own kind).
 */
export function dominantChange(pieces: readonly Piece[]): Map<string, ChangeKind> {
  const best = new Map<string, { kind: ChangeKind; area: number }>();
  const sums = new Map<string, number>();
  for (const p of pieces) {
    if (p.after === null) continue;
    const kind = pieceChange(p);
    const key = `${p.after}\u0000${kind}`;
    const sum = (sums.get(key) ?? 0) + p.area_m2;
    sums.set(key, sum);
    const current = best.get(p.after);
    if (!current || sum > current.area) best.set(p.after, { kind, area: sum });
  }
  return new Map([...best].map(([id, { kind }]) => [id, kind]));
}

export interface DeltaRow {
  category: CategoryCode;
  before_m2: number;
  after_m2: number;
  delta_m2: number;
}

/** Flächenbilanz of the earlier and the later plan side by side, with the change (after − before). */
export function balanceDelta(
  before: { categories: readonly { category: CategoryCode; area_m2: number }[] },
  after: { categories: readonly { category: CategoryCode; area_m2: number }[] }
): { rows: DeltaRow[]; total: DeltaRow | null } {
  const sum = (b: typeof before, c: CategoryCode) =>
    b.categories.find((r) => r.category === c)?.area_m2 ?? 0;
  const rows = CATEGORY_CODES.map((category) => {
    const b = sum(before, category);
    const a = sum(after, category);
    return { category, before_m2: b, after_m2: a, delta_m2: a - b };
  }).filter((r) => r.before_m2 > 0 || r.after_m2 > 0);
  const total = rows.reduce(
    (t, r) => ({
      ...t,
      before_m2: t.before_m2 + r.before_m2,
      after_m2: t.after_m2 + r.after_m2,
      delta_m2: t.delta_m2 + r.delta_m2
    }),
    { category: 'sonstige' as CategoryCode, before_m2: 0, after_m2: 0, delta_m2: 0 }
  );
  return { rows, total: rows.length > 0 ? total : null };
}

/** What the later plan took back: building land of the earlier plan that is open land now. */
export interface Withdrawn {
  /** Total area, m². */
  area_m2: number;
  /** Area per earlier category (Gewerbe, Wohnen …), m², largest first. */
  byFrom: { from: CategoryCode; area_m2: number }[];
  /** Ids of the later plan's areas that are (partly) withdrawn land. */
  after: string[];
}

/** The Rücknahmen among `pieces` (of one plan's `previous`, or of two plans' overlay). */
export function withdrawn(pieces: readonly Piece[]): Withdrawn {
  const byFrom = new Map<CategoryCode, number>();
  const after = new Set<string>();
  let area = 0;
  for (const p of pieces) {
    if (p.from === 'none' || pieceChange(p) !== 'ruecknahme') continue;
    area += p.area_m2;
    byFrom.set(p.from, (byFrom.get(p.from) ?? 0) + p.area_m2);
    if (p.after !== null) after.add(p.after);
  }
  return {
    area_m2: area,
    byFrom: [...byFrom]
      .map(([from, area_m2]) => ({ from, area_m2 }))
      .sort((a, b) => b.area_m2 - a.area_m2),
    after: [...after]
  };
}
