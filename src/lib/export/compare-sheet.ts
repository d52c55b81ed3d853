import '../i18n/parts/compare-mode';
import '../i18n/parts/present-mode';
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

const MM_PER_PT = 0.3528;
const lh = (pt: number) => pt * MM_PER_PT * 1.25;
/** A table row: the line with air above and below. */
const rowH = (pt: number) => lh(pt) * 1.35;
/** Space between two columns of figures. */
const colGap = (pt: number) => pt * MM_PER_PT * 0.9;
/** Type sizes of the tables: as large as the sheet allows up to MAX, never below MIN on paper. */
export const COMPARISON_PT = { min: 9, max: 14 } as const;
/** Space between the blocks (matrix, key, Flächenbilanz), in mm. */
const BLOCK_GAP = 5;

/** The blocks of the comparison pages: the matrix with its key, the Flächenbilanz. */
export type ComparisonBlock = 'matrix' | 'delta';

/** What goes on one comparison page and at which type size. */
export interface ComparisonPage {
  blocks: ComparisonBlock[];
  pt: number;
}

/** Room (mm) kept for the comparison pages' foot: notice and date, no QR code. */
export const COMPARISON_FOOT = 16;

/** The part of a sheet the comparison's tables may use: below the header, above the foot. */
export function comparisonBox(layout: SheetLayout) {
  const top = layout.header.y + layout.header.h + 4;
  const bottom = layout.footer.y + layout.footer.h - COMPARISON_FOOT - 3;
  return { x: layout.header.x, y: top, w: layout.header.w, h: bottom - top };
}

/** Widths (mm) of a table's label column and of each figure column at `pt`. */
function columns(p: Painter, pt: number, labels: string[], figures: string[]) {
  const widest = (list: string[]) =>
    Math.max(0, ...list.map((v) => Math.max(p.measure(v, pt), p.measure(v, pt, true))));
  return { label: widest(labels) + colGap(pt), figure: widest(figures) + colGap(pt) };
}

const matrixColumns = (p: Painter, c: ComparisonContent, pt: number) =>
  columns(
    p,
    pt,
    [...c.matrixRows, c.matrixTotal].map((r) => r[0] ?? ''),
    [...c.matrixHead, ...[...c.matrixRows, c.matrixTotal].flatMap((r) => r.slice(1))]
  );
const deltaColumns = (p: Painter, c: ComparisonContent, pt: number) =>
  columns(
    p,
    pt,
    [c.deltaHead, ...c.deltaRows, c.deltaTotal].map((r) => r[0]),
    [c.deltaHead, ...c.deltaRows, c.deltaTotal].flatMap((r) => r.slice(1))
  );

/** Height (mm) of a block at `pt` in a box `width` wide; null if it is too wide at `pt`. */
function blockHeight(
  p: Painter,
  c: ComparisonContent,
  block: ComparisonBlock,
  pt: number,
  width: number
): number | null {
  const titlePt = pt * 1.15;
  if (block === 'matrix') {
    const cols = matrixColumns(p, c, pt);
    if (cols.label + cols.figure * c.matrixHead.length > width) return null;
    const title = p.split(c.matrixTitle, titlePt, width).length * lh(titlePt);
    const key = p.split(c.matrixKey, pt, width).length * lh(pt);
    return title + 1.5 + (c.matrixRows.length + 2) * rowH(pt) + 1 + key;
  }
  const cols = deltaColumns(p, c, pt);
  if (cols.label + cols.figure * 3 > width) return null;
  const title = p.split(c.deltaTitle, titlePt, width).length * lh(titlePt);
  return title + 1.5 + (c.deltaRows.length + 2) * rowH(pt);
}

/** The largest type size (in quarter points, MAX down to 5) at which `blocks` fit the box. */
function fittingPt(
  p: Painter,
  c: ComparisonContent,
  blocks: ComparisonBlock[],
  box: { w: number; h: number }
): number {
  for (let pt = COMPARISON_PT.max; pt > 5; pt -= 0.25) {
    const heights = blocks.map((b) => blockHeight(p, c, b, pt, box.w));
    if (heights.some((h) => h === null)) continue;
    const total = heights.reduce<number>((s, h) => s + h!, 0) + BLOCK_GAP * (blocks.length - 1);
    if (total <= box.h) return pt;
  }
  return 5;
}

/**
 * How the comparison is laid out: matrix and Flächenbilanz on one page in the largest type that
 * fills it; if that would be under COMPARISON_PT.min (A4), each gets a page of its own.
 */
export function comparisonPages(
  p: Painter,
  c: ComparisonContent,
  box: { w: number; h: number }
): ComparisonPage[] {
  const all: ComparisonBlock[] = c.deltaRows.length > 0 ? ['matrix', 'delta'] : ['matrix'];
  const together = fittingPt(p, c, all, box);
  if (together >= COMPARISON_PT.min || all.length === 1) return [{ blocks: all, pt: together }];
  return all.map((b) => ({ blocks: [b], pt: fittingPt(p, c, [b], box) }));
}

/** A table: label column left, figures right-aligned in columns spread over `width`. */
function drawTable(
  p: Painter,
  at: { x: number; y: number; width: number },
  pt: number,
  labelW: number,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  total: readonly string[]
): number {
  const figures = head.length - 1;
  const cellW = (at.width - labelW) / figures;
  let y = at.y;
  const row = rowH(pt);
  const line = (cells: readonly string[], bold: boolean, shade: boolean) => {
    if (shade) p.rect(at.x, y, at.width, row, '#f0f0f0', null);
    const base = y + row * 0.72;
    p.text(cells[0] ?? '', at.x + 0.5, base, pt, { bold });
    cells
      .slice(1)
      .forEach((v, i) =>
        p.text(v, at.x + labelW + cellW * (i + 1) - 0.8, base, pt, { bold, right: true })
      );
    y += row;
  };
  line(head, true, false);
  p.rect(at.x, y, at.width, 0.3, '#333333', null);
  rows.forEach((r, i) => line(r, false, i % 2 === 1));
  p.rect(at.x, y, at.width, 0.3, '#333333', null);
  line(total, true, false);
  return y;
}

/** Draws a block at `y` in the box; returns where the next one may start. */
function drawBlock(
  p: Painter,
  c: ComparisonContent,
  block: ComparisonBlock,
  pt: number,
  box: { x: number; w: number },
  top: number
): number {
  const titlePt = pt * 1.15;
  let y = top;
  const heading = (text: string) => {
    for (const line of p.split(text, titlePt, box.w)) {
      p.text(line, box.x, y + lh(titlePt) * 0.8, titlePt, { bold: true });
      y += lh(titlePt);
    }
    y += 1.5;
  };
  if (block === 'matrix') {
    heading(c.matrixTitle);
    const cols = matrixColumns(p, c, pt);
    // The figure columns spread over the width, but never further apart than twice their need.
    const width = Math.min(box.w, cols.label + cols.figure * 2 * c.matrixHead.length);
    y = drawTable(
      p,
      { x: box.x, y, width },
      pt,
      cols.label,
      ['', ...c.matrixHead],
      c.matrixRows,
      c.matrixTotal
    );
    y += 1;
    for (const line of p.split(c.matrixKey, pt, box.w)) {
      p.text(line, box.x, y + lh(pt) * 0.8, pt);
      y += lh(pt);
    }
    return y;
  }
  heading(c.deltaTitle);
  const cols = deltaColumns(p, c, pt);
  const width = Math.min(box.w, cols.label + cols.figure * 3 * 1.6);
  return drawTable(
    p,
    { x: box.x, y, width },
    pt,
    cols.label,
    c.deltaHead,
    c.deltaRows,
    c.deltaTotal
  );
}

/**
 * Draws one comparison page (see `comparisonPages`) on a sheet (`layout`): the sheet's title,
 * the comparison's, the page's tables in their type size, the notice and date at the foot.
 */
export function drawComparison(
  p: Painter,
  c: ComparisonContent,
  layout: SheetLayout,
  page: ComparisonPage,
  sheetTitle: string,
  /** The sheet's notice and date line, repeated at the foot of this page. */
  footer: string[]
) {
  const lines = footer.flatMap((text, i) =>
    // Split for the regular face; bold runs about a tenth wider.
    p
      .split(text, 7, layout.footer.w * (i === 0 ? 0.88 : 1))
      .map((line) => ({ line, bold: i === 0 }))
  );
  const bottom = layout.footer.y + layout.footer.h;
  const footTop = bottom - lines.length * lh(7);
  lines.forEach(({ line, bold }, i) =>
    p.text(line, layout.footer.x, footTop + (i + 0.8) * lh(7), 7, { bold })
  );
  const { header } = layout;
  p.text(sheetTitle, header.x, header.y + lh(16) * 0.8, 16, { bold: true });
  p.text(c.title, header.x, header.y + lh(16) + lh(9) * 0.9, 9);
  const box = comparisonBox(layout);
  let y = box.y;
  for (const block of page.blocks) y = drawBlock(p, c, block, page.pt, box, y) + BLOCK_GAP;
}
