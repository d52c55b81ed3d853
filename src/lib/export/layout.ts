import { CATEGORY_CODES, type CategoryCode } from '../plan/categories';
import type { LoadedFeature } from '../plan/types';
import { matchesFilter, type PlanFilter } from '../geo/filter';
import { boxesIntersect, featureBounds, type BBox } from '../geo/bounds';

/**
 * Page geometry shared by the print view, the PDF and the PNG export, all in millimetres, so
 * that the three show the same sheet.
 */
export type Paper = 'a4' | 'a3';
export type Orientation = 'landscape' | 'portrait';
export const PAPERS: readonly Paper[] = ['a4', 'a3'];
export const ORIENTATIONS: readonly Orientation[] = ['landscape', 'portrait'];

const SIZES: Record<Paper, [number, number]> = { a4: [210, 297], a3: [297, 420] };

/** Width and height in mm. */
export function paperSize(paper: Paper, orientation: Orientation): [number, number] {
  const [short, long] = SIZES[paper];
  return orientation === 'landscape' ? [long, short] : [short, long];
}

/** Pixels for `mm` at `dpi` (A4 landscape at 300 dpi: 3508 × 2480). */
export const mmToPx = (mm: number, dpi: number) => Math.round((mm / 25.4) * dpi);

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SheetLayout {
  page: { w: number; h: number };
  header: Box;
  map: Box;
  legend: Box;
  balance: Box;
  footer: Box;
  qr: Box;
}

const MARGIN = 10;
const HEADER = 16;
const FOOTER = 30;
const GAP = 4;

/** Where everything sits on the sheet: map left (landscape) or on top (portrait). */
export function sheetLayout(paper: Paper, orientation: Orientation): SheetLayout {
  const [w, h] = paperSize(paper, orientation);
  const inner = { x: MARGIN, y: MARGIN, w: w - 2 * MARGIN, h: h - 2 * MARGIN };
  const header = { x: inner.x, y: inner.y, w: inner.w, h: HEADER };
  const footer = { x: inner.x, y: inner.y + inner.h - FOOTER, w: inner.w, h: FOOTER };
  const qr = { x: footer.x + footer.w - FOOTER + 2, y: footer.y + 2, w: FOOTER - 2, h: FOOTER - 2 };
  const bodyY = header.y + header.h + GAP;
  const bodyH = footer.y - GAP - bodyY;
  if (orientation === 'landscape') {
    const sideW = Math.max(80, inner.w * 0.3);
    const mapW = inner.w - sideW - GAP;
    const sideX = inner.x + mapW + GAP;
    const legendH = bodyH * 0.45;
    return {
      page: { w, h },
      header,
      footer,
      qr,
      map: { x: inner.x, y: bodyY, w: mapW, h: bodyH },
      legend: { x: sideX, y: bodyY, w: sideW, h: legendH },
      balance: { x: sideX, y: bodyY + legendH + GAP, w: sideW, h: bodyH - legendH - GAP }
    };
  }
  const mapH = bodyH * 0.6;
  const colW = (inner.w - GAP) / 2;
  const lowY = bodyY + mapH + GAP;
  const lowH = bodyH - mapH - GAP;
  return {
    page: { w, h },
    header,
    footer,
    qr,
    map: { x: inner.x, y: bodyY, w: inner.w, h: mapH },
    legend: { x: inner.x, y: lowY, w: colW, h: lowH },
    balance: { x: inner.x + colW + GAP, y: lowY, w: colW, h: lowH }
  };
}

/**
 * The categories a printed map actually shows: those with at least one area that passes the
 * filter and touches the printed extent, in the order of the category table.
 */
export function visibleCategories(
  features: readonly LoadedFeature[],
  filter: PlanFilter,
  extent: BBox
): CategoryCode[] {
  const seen = new Set<CategoryCode>();
  for (const f of features) {
    if (seen.has(f.properties.category) || !matchesFilter(f.properties, filter)) continue;
    if (boxesIntersect(featureBounds(f), extent)) seen.add(f.properties.category);
  }
  return CATEGORY_CODES.filter((c) => seen.has(c));
}

/**
 * The extent to print: the map view widened (never cut) to the map box's aspect ratio, so the
 * whole of what the user sees is on paper. Works in Web Mercator metres-per-degree terms.
 */
export function printExtent(view: BBox, boxW: number, boxH: number): BBox {
  const [w, s, e, n] = view;
  const merc = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const unmerc = (y: number) => (Math.atan(Math.exp(y)) * 360) / Math.PI - 90;
  const dx = ((e - w) * Math.PI) / 180;
  const y0 = merc(s);
  const y1 = merc(n);
  const want = boxW / boxH;
  if (dx / (y1 - y0) < want) {
    const grow = ((y1 - y0) * want - dx) / 2;
    const g = (grow * 180) / Math.PI;
    return [w - g, s, e + g, n];
  }
  const grow = (dx / want - (y1 - y0)) / 2;
  return [w, unmerc(y0 - grow), e, unmerc(y1 + grow)];
}
