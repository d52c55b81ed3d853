import { category } from '../plan/categories';
import { formatHa, formatNumber } from '../i18n/format';
import type { Lang, Translate } from '../i18n';
import {
  MATRIX_KEYS,
  balanceDelta,
  cellArea,
  type MatrixKey,
  type TransitionMatrix
} from '../geo/transition';
import type { Balance } from '../geo/engine';
import { keyLabel } from './compare-csv';
import type { Painter } from './sheet';
import type { SheetLayout } from './layout';

/**
 * The comparison page of the print sheet (comparison mode only): the Übergangsmatrix and the
 * Flächenbilanz of both plans with the change, figures formatted as the comparison shows them.
 */
export interface ComparisonContent {
  title: string;
  matrixTitle: string;
  /** Column heads: the category symbols, then "Summe". */
  matrixHead: string[];
  /** What each column symbol stands for. */
  matrixKey: string;
  /** Row label, one figure per column, row total. */
  matrixRows: string[][];
  matrixTotal: string[];
  deltaTitle: string;
  deltaHead: [string, string, string, string];
  deltaRows: [string, string, string, string][];
  deltaTotal: [string, string, string, string];
}

const symbol = (k: MatrixKey) => (k === 'none' ? '–' : category(k).symbol);

/** As the comparison's Δ column: ±0,00 ha under 50 m², else signed. */
const signed = (m2: number, lang: Lang) =>
  (Math.abs(m2) < 50 ? '±' : m2 > 0 ? '+' : '−') + formatHa(Math.abs(m2), lang);

export function comparisonContent(opts: {
  matrix: TransitionMatrix;
  balances: { before: Balance; after: Balance } | null;
  labels: { before: string; after: string };
  scope: string;
  t: Translate;
  lang: Lang;
}): ComparisonContent {
  const { matrix: m, t, lang } = opts;
  const num = (m2: number) => formatNumber(m2 / 10_000, lang, 1);
  const delta = opts.balances ? balanceDelta(opts.balances.before, opts.balances.after) : null;
  return {
    title: t('print.compareTitle', opts.labels),
    matrixTitle: t('print.matrix'),
    matrixHead: [...m.cols.map(symbol), t('compare.total')],
    matrixKey: t('print.matrixKey', {
      list: m.cols.map((c) => `${symbol(c)} = ${keyLabel(c, lang)}`).join(', ')
    }),
    matrixRows: m.rows.map((r) => [
      `${keyLabel(r, lang)} (${symbol(r)})`,
      ...m.cols.map((c) => {
        const a = cellArea(m, r, c);
        return a > 0 ? num(a) : '·';
      }),
      num(m.rowTotals[MATRIX_KEYS.indexOf(r)] ?? 0)
    ]),
    matrixTotal: [
      t('compare.total'),
      ...m.cols.map((c) => num(m.colTotals[MATRIX_KEYS.indexOf(c)] ?? 0)),
      num(m.total)
    ],
    deltaTitle: t('print.delta', { ...opts.labels, scope: opts.scope }),
    deltaHead: [t('compare.category'), opts.labels.before, opts.labels.after, t('print.change')],
    deltaRows: (delta?.rows ?? []).map((r) => [
      category(r.category).label[lang],
      formatHa(r.before_m2, lang),
      formatHa(r.after_m2, lang),
      signed(r.delta_m2, lang)
    ]),
    deltaTotal: delta?.total
      ? [
          t('compare.total'),
          formatHa(delta.total.before_m2, lang),
          formatHa(delta.total.after_m2, lang),
          signed(delta.total.delta_m2, lang)
        ]
      : [t('compare.total'), '', '', '']
  };
}

const lh = (pt: number) => pt * 0.3528 * 1.25;

/** Draws the comparison page on a landscape sheet (`layout`), below the sheet's title. */
export function drawComparison(
  p: Painter,
  c: ComparisonContent,
  layout: SheetLayout,
  sheetTitle: string,
  /** The sheet's notice and date line, repeated at the foot of this page. */
  footer: string[]
) {
  // The notice and date sit at the foot of the page; the tables share the height above them.
  const bottom = layout.footer.y + layout.footer.h;
  const lines = footer.flatMap((text, i) =>
    // Split for the regular face; bold runs about a tenth wider.
    p
      .split(text, 7, layout.footer.w * (i === 0 ? 0.88 : 1))
      .map((line) => ({ line, bold: i === 0 }))
  );
  const footTop = bottom - lines.length * lh(7);
  lines.forEach(({ line, bold }, i) =>
    p.text(line, layout.footer.x, footTop + (i + 0.8) * lh(7), 7, { bold })
  );
  const { header } = layout;
  const x0 = header.x;
  const width = header.w;
  p.text(sheetTitle, x0, header.y + lh(16) * 0.8, 16, { bold: true });
  p.text(c.title, x0, header.y + lh(16) + lh(9) * 0.9, 9);
  let y = header.y + header.h + 4;

  // The matrix: a label column, one narrow column per later category, the total.
  p.text(c.matrixTitle, x0, y + lh(10), 10, { bold: true });
  y += lh(10) + 2;
  const cols = c.matrixHead.length;
  const labelW = Math.min(60, width * 0.24);
  const cellW = (width - labelW) / cols;
  const pt = cellW < 13 ? 6.5 : 7.5;
  const row = lh(pt) * 1.3;
  const drawRow = (cells: string[], bold: boolean) => {
    const base = y + row * 0.75;
    p.text(p.split(cells[0] ?? '', pt, labelW - 1)[0] ?? '', x0, base, pt, { bold });
    cells.slice(1).forEach((v, i) => {
      p.text(v, x0 + labelW + cellW * (i + 1) - 0.5, base, pt, { bold, right: true });
    });
    y += row;
  };
  drawRow(['', ...c.matrixHead], true);
  p.rect(x0, y, width, 0.2, '#555555', null);
  for (const r of c.matrixRows) drawRow(r, false);
  p.rect(x0, y, width, 0.2, '#555555', null);
  drawRow(c.matrixTotal, true);
  for (const line of p.split(c.matrixKey, 7, width)) {
    p.text(line, x0, y + lh(7), 7);
    y += lh(7);
  }
  y += 5;

  // The Flächenbilanz of both plans and the change.
  if (c.deltaRows.length === 0) return;
  p.text(c.deltaTitle, x0, y + lh(10), 10, { bold: true });
  y += lh(10) + 2;
  const w = Math.min(width, 170);
  const at = [x0, x0 + w * 0.6, x0 + w * 0.8, x0 + w];
  const rows = [c.deltaHead, ...c.deltaRows, c.deltaTotal];
  const room = (footTop - 3 - y) / rows.length;
  const dpt = Math.min(7.5, room / (0.3528 * 1.25 * 1.15));
  const drow = Math.min(lh(dpt) * 1.3, room);
  rows.forEach((r, i) => {
    const bold = i === 0 || i === rows.length - 1;
    const base = y + drow * 0.75;
    p.text(r[0], at[0]!, base, dpt, { bold });
    p.text(r[1], at[1]!, base, dpt, { bold, right: true });
    p.text(r[2], at[2]!, base, dpt, { bold, right: true });
    p.text(r[3], at[3]!, base, dpt, { bold, right: true });
    if (i === 0 || i === rows.length - 2) p.rect(x0, y + drow, w, 0.2, '#555555', null);
    y += drow;
  });
}
