/**
 * The keys of the transition matrix (a category, or `none`) and their URL form: a module of its
 * own so that the URL parser (url-compare.ts) does not pull the comparison's transition code
 * into the page's first download.
 */
import { CATEGORY_CODES, isCategoryCode, type CategoryCode } from '../plan/categories';

/** A category, or `none`: not designated in that plan (or not covered by it). */
export type MatrixKey = CategoryCode | 'none';
export const MATRIX_KEYS: readonly MatrixKey[] = [...CATEGORY_CODES, 'none'];

export function isMatrixKey(v: unknown): v is MatrixKey {
  return v === 'none' || isCategoryCode(v);
}

/** `from,to` as written to the URL for a chosen cell. */
export const cellKey = (from: MatrixKey, to: MatrixKey) => `${from},${to}`;

export function parseCellKey(v: string): { from: MatrixKey; to: MatrixKey } | null {
  const [from, to, ...rest] = v.split(',');
  return rest.length === 0 && isMatrixKey(from) && isMatrixKey(to) ? { from, to } : null;
}
