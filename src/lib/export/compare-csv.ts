/**
 * CSV exports of the comparison mode (German Excel format, see csv.ts): the transition matrix
 * and the Flächenbilanz 1999 / 2025 / Δ, in hectares with two decimals.
 */
import '../i18n/parts/compare-mode';
import { germanCsv } from '../csv';
import { translator, type Lang } from '../i18n';
import { category } from '../plan/categories';
import {
  MATRIX_KEYS,
  cellArea,
  type DeltaRow,
  type MatrixKey,
  type TransitionMatrix
} from '../geo/transition';

// germanCsv writes numbers with two decimals (as the tables show them); negative Δ stay numbers.
const ha = (m2: number) => m2 / 10_000;

export function keyLabel(key: MatrixKey, lang: Lang): string {
  return key === 'none' ? translator(lang)('compare.none') : category(key).label[lang];
}

/** Rows: earlier category; columns: later category; last column and row: totals. */
export function matrixCsv(m: TransitionMatrix, lang: Lang = 'de'): string {
  const t = translator(lang);
  const header = [
    t('compare.matrixCorner'),
    ...m.cols.map((c) => keyLabel(c, lang)),
    t('compare.total')
  ];
  const rows = m.rows.map((r) => [
    keyLabel(r, lang),
    ...m.cols.map((c) => ha(cellArea(m, r, c))),
    ha(m.rowTotals[MATRIX_KEYS.indexOf(r)] as number)
  ]);
  rows.push([
    t('compare.total'),
    ...m.cols.map((c) => ha(m.colTotals[MATRIX_KEYS.indexOf(c)] as number)),
    ha(m.total)
  ]);
  return germanCsv(header, rows);
}

export function deltaCsv(
  rows: readonly DeltaRow[],
  total: DeltaRow | null,
  labels: { before: string; after: string },
  lang: Lang = 'de'
): string {
  const t = translator(lang);
  const header = [
    t('compare.category'),
    `${labels.before} (ha)`,
    `${labels.after} (ha)`,
    `${t('compare.deltaHa')} (ha)`
  ];
  const body = rows.map((r) => [
    category(r.category).label[lang],
    ha(r.before_m2),
    ha(r.after_m2),
    ha(r.delta_m2)
  ]);
  if (total)
    body.push([t('compare.total'), ha(total.before_m2), ha(total.after_m2), ha(total.delta_m2)]);
  return germanCsv(header, body);
}
