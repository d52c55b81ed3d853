import type { Orientation, Paper, SheetLayout } from './layout';
import { scaleBar, scaleDenominator } from './furniture';
import type { ComparisonContent } from './compare-sheet';
import type { BaugebietTable } from './baugebiete';

/**
 * One drawing of the print sheet for both the PDF (jsPDF) and the PNG (canvas): the same
 * layout, the same furniture. Everything is in millimetres; text sizes in points.
 */
export interface Painter {
  text(
    text: string,
    x: number,
    y: number,
    pt: number,
    opts?: { bold?: boolean; right?: boolean }
  ): void;
  /** Width of `text` in mm at `pt`. */
  measure(text: string, pt: number, bold?: boolean): number;
  /** Splits `text` into lines no wider than `width` mm at `pt`. */
  split(text: string, pt: number, width: number): string[];
  rect(
    x: number,
    y: number,
    w: number,
    h: number,
    fill: string | null,
    stroke: string | null
  ): void;
  image(
    image: HTMLCanvasElement | HTMLImageElement,
    x: number,
    y: number,
    w: number,
    h: number
  ): void;
  northArrow(x: number, y: number, size: number): void;
}

/** What the sheet says; every text already in the chosen language. */
export interface SheetContent {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: { label: string; color: string; outline: string }[];
  balanceTitle: string;
  balanceHead: [string, string, string, string];
  balanceRows: [string, string, string, string][];
  balanceTotal: [string, string, string, string];
  /** A Bebauungsplan: its Flächenbilanz per Baugebiet below the balance (as on screen). */
  baugebiete?: BaugebietTable | null;
  notice: string;
  sources: string;
  printed: string;
  link: string;
  /** The numeric scale beside the bar, from its denominator n (formatted in the language). */
  scaleText: (n: number) => string;
  /** In the comparison mode: the Übergangsmatrix and Flächenbilanz of both plans (page 2). */
  comparison?: ComparisonContent;
}

/** Line height in mm for a font size in points. */
const lh = (pt: number) => pt * 0.3528 * 1.25;

function drawLegend(p: Painter, c: SheetContent, box: SheetLayout['legend']) {
  p.text(c.legendTitle, box.x, box.y + lh(10), 10, { bold: true });
  const pt = box.h < 50 ? 7.5 : 8.5;
  const row = Math.min(lh(pt) * 1.35, (box.h - lh(10) - 2) / Math.max(1, c.legend.length));
  let y = box.y + lh(10) + 2;
  for (const entry of c.legend) {
    p.rect(box.x, y + row * 0.15, 4, row * 0.7, entry.color, entry.outline);
    p.text(entry.label, box.x + 6, y + row * 0.75, pt);
    y += row;
  }
}

/** One table in `box` from `y`: heading, head, rows, total; right-aligned numbers. Returns its bottom. */
function drawTable(
  p: Painter,
  box: SheetLayout['balance'],
  y0: number,
  title: string,
  rows: (readonly string[])[],
  maxH: number
): number {
  // The heading names scope and filter: wrapped, never cut.
  const heading = p.split(title, 9, box.w);
  heading.forEach((line, i) => p.text(line, box.x, y0 + lh(9) * (1 + i), 9, { bold: true }));
  const top = lh(9) * heading.length;
  const pt = 7.5;
  const row = Math.min(lh(pt) * 1.3, (maxH - top - 2) / rows.length);
  const n = rows[0]!.length;
  // Four columns: the label takes 69 %; five (the Baugebiete): 40 %, the numbers share the rest.
  const cols =
    n === 4
      ? [box.x, box.x + box.w * 0.69, box.x + box.w * 0.86, box.x + box.w]
      : [0, 0.52, 0.64, 0.76, 1].map((f) => box.x + box.w * f);
  let y = y0 + top + 2;
  rows.forEach((r, i) => {
    const bold = i === 0 || i === rows.length - 1;
    const base = y + row * 0.75;
    p.text(p.split(r[0]!, pt, (cols[1]! - box.x) * 0.75)[0] ?? '', cols[0]!, base, pt, { bold });
    for (let c = 1; c < n; c++) p.text(r[c]!, cols[c]!, base, pt, { bold, right: true });
    if (i === 0 || i === rows.length - 2) p.rect(box.x, y + row, box.w, 0.2, '#555555', null);
    y += row;
  });
  return y;
}

function drawBalance(p: Painter, c: SheetContent, box: SheetLayout['balance']) {
  const rows = [c.balanceHead, ...c.balanceRows, c.balanceTotal];
  const b = c.baugebiete;
  // With a Baugebiete table the balance gets the box's share its rows need.
  const lines = rows.length + (b ? b.rows.length + 2 : 0) + 4;
  const first = b ? (box.h * (rows.length + 2)) / lines : box.h;
  const bottom = drawTable(p, box, box.y, c.balanceTitle, rows, first);
  if (b)
    drawTable(
      p,
      box,
      bottom + 2,
      b.title,
      [b.head, ...b.rows.map((r) => r.cells), b.total],
      box.y + box.h - bottom - 2
    );
}

/**
 * The map's furniture in the box `m` (mm) over a picture of `imageWidth` px at `metersPerPixel`:
 * scale bar with the numeric scale bottom left, north arrow top right, and (for a map alone,
 * as on a slide) the attribution bottom right. Returns the denominator of the numeric scale.
 */
export function drawMapFurniture(
  p: Painter,
  m: { x: number; y: number; w: number; h: number },
  map: { imageWidth: number; metersPerPixel: number },
  scaleText: (n: number) => string,
  attribution?: string
): number {
  const mmPerPx = m.w / map.imageWidth;
  const metersPerMm = map.metersPerPixel / mmPerPx;
  const bar = scaleBar(metersPerMm, m.w / 3);
  const n = scaleDenominator(metersPerMm);
  const text = scaleText(n);
  const textW = text.length * 7 * 0.3528 * 0.55;
  p.rect(m.x + 2, m.y + m.h - 11, Math.max(bar.px + 6, textW + 6), 9, '#ffffff', '#999999');
  p.rect(m.x + 5, m.y + m.h - 5, bar.px / 2, 1.2, '#000000', '#000000');
  p.rect(m.x + 5 + bar.px / 2, m.y + m.h - 5, bar.px / 2, 1.2, '#ffffff', '#000000');
  p.text('0', m.x + 5, m.y + m.h - 6.2, 7);
  p.text(bar.label, m.x + 5 + bar.px, m.y + m.h - 6.2, 7, { right: true });
  p.text(text, m.x + 5, m.y + m.h - 2.4, 6);
  p.rect(m.x + m.w - 14, m.y + 2, 12, 15, '#ffffff', '#999999');
  p.northArrow(m.x + m.w - 13, m.y + 3, 13);
  if (attribution) {
    const lines = p.split(attribution, 6, m.w * 0.55);
    const h = lines.length * lh(6) + 2;
    p.rect(m.x + m.w * 0.43, m.y + m.h - h - 1, m.w * 0.57 - 1, h, '#ffffff', null);
    lines.forEach((line, i) =>
      p.text(line, m.x + m.w - 2, m.y + m.h - h + 0.5 + (i + 0.8) * lh(6), 6, { right: true })
    );
  }
  return n;
}

/**
 * Draws the sheet. `map` is the rendered map picture for `layout.map` and `metersPerPixel`
 * its scale per picture pixel; `qr` the QR code of the link.
 */
/** What a sheet is made from: paper, its content and the rendered map (PDF, PNG, map PNG). */
export interface SheetSource {
  paper: Paper;
  orientation: Orientation;
  content: SheetContent;
  map: { image: HTMLCanvasElement; metersPerPixel: number };
}

export function drawSheet(
  p: Painter,
  c: SheetContent,
  layout: SheetLayout,
  map: { image: HTMLCanvasElement | HTMLImageElement; metersPerPixel: number },
  qr: HTMLImageElement | HTMLCanvasElement
) {
  const { header, footer } = layout;
  // The whole title, however long: smaller type, then a second line, never cut.
  // Measured in the regular face: the bold one runs some 8 % wider.
  const titleW = header.w * 0.92;
  let titlePt = 16;
  while (titlePt > 11 && p.split(c.title, titlePt, titleW).length > 1) titlePt -= 0.5;
  const titleLines = p.split(c.title, titlePt, titleW);
  titleLines.forEach((line, i) =>
    p.text(line, header.x, header.y + lh(titlePt) * (0.8 + i), titlePt, { bold: true })
  );
  p.text(c.subtitle, header.x, header.y + lh(titlePt) * titleLines.length + lh(9) * 0.9, 9);

  const m = layout.map;
  p.image(map.image, m.x, m.y, m.w, m.h);
  p.rect(m.x, m.y, m.w, m.h, null, '#333333');
  drawMapFurniture(
    p,
    m,
    { imageWidth: map.image.width, metersPerPixel: map.metersPerPixel },
    c.scaleText
  );

  drawLegend(p, c, layout.legend);
  drawBalance(p, c, layout.balance);

  const textW = footer.w - layout.qr.w - 4;
  // Sources are never cut: the foot's type gets smaller (down to 5 pt) until all of it fits.
  let pt = 7;
  const linesAt = (size: number) => ({
    notice: p.split(c.notice, size, textW),
    sources: p.split(c.sources, size, textW),
    dated: p.split(`${c.printed} · ${c.link}`, size, textW)
  });
  let lines = linesAt(pt);
  const count = (l: typeof lines) => l.notice.length + l.sources.length + l.dated.length;
  while (pt > 5 && count(lines) * lh(pt) > footer.h) {
    pt -= 0.25;
    lines = linesAt(pt);
  }
  let y = footer.y + lh(pt) * 0.8;
  for (const [list, bold] of [
    [lines.notice, true],
    [lines.sources, false],
    [lines.dated, false]
  ] as const) {
    for (const line of list) {
      p.text(line, footer.x, y, pt, { bold });
      y += lh(pt);
    }
  }
  p.image(qr, layout.qr.x, layout.qr.y, layout.qr.w, layout.qr.h);
}
