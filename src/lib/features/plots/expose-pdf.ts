import '../../i18n/parts/plots-mode';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { jsPDF } from 'jspdf';
import type { PlotContact, PlotFeature } from '$lib/plan/plots';
import type { Translate, Lang } from '$lib/i18n';
import { ACCESS_KINDS } from '$lib/plan/plots';
import { interiorPoint } from '$lib/geo/access';
import { drawNorthArrow, scaleBar } from '$lib/export/furniture';
import { fitText, pdfSafe } from '$lib/export/pdf-text';
import {
  accessText,
  cadastreText,
  dateText,
  divisibleText,
  distanceText,
  grzGfzText,
  idText,
  limitsText,
  priceText,
  restrictionsText,
  sizeBoth,
  sizeText,
  tradeTaxText,
  utilitiesText
} from './plot-format';
import { telHref } from './enquiry';

export interface ExposeMap {
  dataUrl: string;
  widthPx: number;
  heightPx: number;
  metersPerPixel: number;
}

/** One plot (or combination) of the exposé, with everything worked out by the caller. */
export interface ExposeEntry {
  plot: PlotFeature;
  /** "Gewerbliche Baufläche (G), Fläche DN-00012" or null. */
  fnpArea: string | null;
  link: string;
  qr: string;
  map: ExposeMap | null;
  /** Plan categories visible on the map image, for the legend. */
  legend: { label: string; color: string }[];
}

export interface ExposeInput {
  entries: ExposeEntry[];
  t: Translate;
  lang: Lang;
  /** Link to the whole list (the overview page). */
  link: string;
  contact: PlotContact;
  /** The city boundary for the locator map. */
  boundary: Polygon | MultiPolygon | null;
  mapNote: string;
  /** „Straßennamen aus der Grundkarte …“ when a basemap is in the map image. */
  roadsNote: string | null;
  /** How the distances were measured (road at stated speeds, or straight line only). */
  distanceNote: string;
  /** The model notice („Modelldaten – nicht verbindlich“); false for a list the user opened. */
  modelNote?: boolean;
}

const L = 15;
const W = 180;
const PAGE_H = 297;

/**
 * Breaks a URL into lines no wider than `maxWidth`, only after / ? & # = , or „+“ (never
 * inside a word); a single part wider than a line is the only thing cut by characters.
 */
export function breakUrl(url: string, maxWidth: number, width: (s: string) => number): string[] {
  const parts = url.match(/[^/?&#=,+]*[/?&#=,+]?/g)!.filter((p) => p !== '');
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    if (width(line + part) <= maxWidth) {
      line += part;
      continue;
    }
    if (line) lines.push(line);
    line = part;
    while (width(line) > maxWidth) {
      let n = line.length - 1;
      while (n > 1 && width(line.slice(0, n)) > maxWidth) n--;
      lines.push(line.slice(0, n));
      line = line.slice(n);
    }
  }
  if (line) lines.push(line);
  return lines;
}

const hex = (c: string): [number, number, number] => {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c);
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : [128, 128, 128];
};

/** Small map of the city: its boundary and a numbered dot per entry, in a w×h box. */
function locator(
  doc: jsPDF,
  x: number,
  y: number,
  w: number,
  h: number,
  boundary: Polygon | MultiPolygon | null,
  entries: ExposeEntry[],
  title: string
) {
  doc.setFillColor(255, 255, 255);
  doc.setDrawColor(0);
  doc.setLineWidth(0.3);
  doc.rect(x, y, w, h, 'FD');
  doc.setFontSize(7);
  doc.setTextColor(0);
  doc.text(title, x + 1.5, y + 3.5);
  const rings: Position[][] = boundary
    ? boundary.type === 'Polygon'
      ? [boundary.coordinates[0]!]
      : boundary.coordinates.map((p) => p[0]!)
    : [];
  const pts = entries.map((e) => interiorPoint(e.plot.geometry));
  const all = [...rings.flat(), ...pts];
  if (all.length === 0) return;
  const xs = all.map((p) => p[0]!);
  const ys = all.map((p) => p[1]!);
  const [w0, e0, s0, n0] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const kx = Math.cos((((s0 + n0) / 2) * Math.PI) / 180);
  const scale = Math.min((w - 6) / ((e0 - w0) * kx || 1e-6), (h - 9) / (n0 - s0 || 1e-6));
  const ox = x + 3 + (w - 6 - (e0 - w0) * kx * scale) / 2;
  const oy = y + 6 + (h - 9 - (n0 - s0) * scale) / 2;
  const px = (p: Position): [number, number] => [
    ox + (p[0]! - w0) * kx * scale,
    oy + (n0 - p[1]!) * scale
  ];
  doc.setDrawColor(60);
  doc.setLineWidth(0.35);
  for (const r of rings)
    for (let i = 1; i < r.length; i++) {
      const [ax, ay] = px(r[i - 1]!);
      const [bx, by] = px(r[i]!);
      doc.line(ax, ay, bx, by);
    }
  doc.setFillColor(192, 0, 0);
  pts.forEach((p, i) => {
    const [cx, cy] = px(p);
    doc.circle(cx, cy, 1, 'F');
    if (entries.length > 1) doc.text(String(i + 1), cx + 1.4, cy - 0.8);
  });
}

/** Lines a row value, a table cell or a list entry may take; longer text ends in „…“. */
const MAX_VALUE_LINES = 3;
/** Lines of a link printed under the QR code; a longer link ends in „…“ (still clickable). */
const MAX_LINK_LINES = 4;
/** Where text starts on a page after the first of a plot or the overview. */
const TOP = 18;

/**
 * The exposé: an overview page for a list, then one A4 page per plot; jsPDF loaded on demand.
 * Any value the plots schema accepts fits: titles shrink and wrap, long values wrap up to
 * MAX_VALUE_LINES and end in „…“ (the CSV has the full text), and what does not fit above the
 * link at the foot continues on a next page.
 */
export async function exposePdf(x: ExposeInput): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  const { t, lang } = x;
  const ids = x.entries.map((e) => idText(e.plot.properties));
  const title =
    x.entries.length === 1 ? t('plots.exposeTitle', { id: ids[0]! }) : t('plots.exposeListTitle');
  doc.setProperties({ title: pdfSafe(title), subject: pdfSafe(ids.join(', ')) });
  let y = 0;
  /** Lowest line of text of the current page's body (above the foot). */
  let bottom = PAGE_H - 20;
  /** Top of the QR code at the foot (a plot's page): text below it stays left of it. */
  let qrTop = Infinity;
  const QR = 26;
  /** Width left for text from `x` that reaches down to `to` (mm), beside the QR code. */
  const widthAt = (x: number, to: number) => L + W - x - (to > qrTop ? QR + 4 : 0);

  /** Room for `h` mm of text: a new page if it does not fit above `bottom`. */
  const space = (h: number) => {
    if (y + h <= bottom) return;
    doc.addPage();
    y = TOP;
  };
  /** Lines at `size` pt from the baseline `top`, `pitch` mm apart. */
  const lines = (list: string[], left: number, top: number, size: number, pitch = size * 0.45) => {
    doc.setFontSize(size);
    list.forEach((line, i) => doc.text(line, left, top + i * pitch));
    return list.length * pitch;
  };
  /** The bold page title (shrunk to 11 pt and on two lines at most); returns the next line. */
  const heading = (text: string) => {
    doc.setTextColor(0);
    doc.setFont('helvetica', 'bold');
    const fit = fitText(doc, text, W, 16, 11, 2);
    lines(fit.lines, L, 18, fit.size, fit.size * 0.42);
    doc.setFont('helvetica', 'normal');
    return 18 + (fit.lines.length - 1) * fit.size * 0.42 + 6;
  };
  // The model notice in a yellow box, never smaller than the body text.
  const notice = (top: number) => {
    doc.setFontSize(10);
    const text = doc.splitTextToSize(t('plots.model'), W - 4) as string[];
    doc.setFillColor(255, 243, 196);
    doc.rect(L, top, W, text.length * 4.3 + 3, 'F');
    doc.text(text, L + 2, top + 4.5);
    return top + text.length * 4.3 + 6;
  };
  /** Label/value rows; returns the baseline of each row (for the links over them). */
  const rows = (title: string | null, list: [string, string][], col = 48, size = 9) => {
    const tops: number[] = [];
    list.forEach(([k, v], i) => {
      doc.setFont('helvetica', 'normal');
      const fit = (width: number) => fitText(doc, v, width, size, size, MAX_VALUE_LINES).lines;
      let value = fit(W - col);
      if (y + value.length * size * 0.45 > qrTop) {
        space(value.length * size * 0.45);
        value = fit(widthAt(L + col, y + value.length * size * 0.45));
      }
      const h = value.length * size * 0.45;
      if (i === 0 && title) {
        space(5 + h);
        doc.setFont('helvetica', 'bold');
        doc.setFontSize(11);
        doc.text(pdfSafe(title), L, y);
        y += 5;
      } else space(h);
      doc.setFont('helvetica', 'bold');
      doc.setFontSize(size);
      doc.text(fitText(doc, k, col - 2, size, size - 1.5).lines, L, y);
      doc.setFont('helvetica', 'normal');
      lines(value, L + col, y, size);
      tops.push(y);
      y += h;
    });
    y += 2;
    return tops;
  };
  /** The link's lines (broken only between URL parts, at most MAX_LINK_LINES). */
  const linkLines = (url: string, width: number, size = 7) => {
    doc.setFontSize(size);
    const all = breakUrl(pdfSafe(url), width, (s) => doc.getTextWidth(s));
    if (all.length <= MAX_LINK_LINES) return all;
    return [
      ...all.slice(0, MAX_LINK_LINES - 1),
      fitText(doc, all.slice(MAX_LINK_LINES - 1).join(''), width, size).lines[0]!
    ];
  };
  /**
   * The foot of a page: a label and a clickable link (PDF link annotation), its last line at
   * PAGE_H − 9; returns the top of the label.
   */
  const foot = (label: string, url: string, width: number) => {
    const size = 7;
    const pitch = size * 0.42;
    const list = linkLines(url, width, size);
    const first = PAGE_H - 9 - (list.length - 1) * pitch;
    doc.setTextColor(0);
    doc.setFontSize(size);
    doc.text(fitText(doc, label, width, size).lines, L, first - 3.5);
    doc.setTextColor(0, 69, 125);
    list.forEach((line, i) => doc.textWithLink(line, L, first + i * pitch, { url }));
    doc.setTextColor(0);
    return first - 3.5 - size * 0.4;
  };
  /** Where the foot will start (so the body can stop above it). */
  const footTop = (url: string, width: number) =>
    PAGE_H - 9 - (linkLines(url, width).length - 1) * 7 * 0.42 - 3.5 - 7 * 0.4;
  const contactRows = (c: PlotContact): [string, string][] => [
    [t('plots.contact'), [c.name, c.role].filter(Boolean).join(', ')],
    ...(c.phone ? [[t('plots.contactPhone'), c.phone] as [string, string]] : []),
    ...(c.email ? [[t('plots.contactEmail'), c.email] as [string, string]] : []),
    ...(c.url ? [[t('plots.contactWeb'), c.url] as [string, string]] : []),
    ...(c.model ? [['', t('plots.contactModel')] as [string, string]] : [])
  ];
  /** The contact rows, with the phone and e-mail lines clickable too. */
  const contact = (c: PlotContact) => {
    const tops = rows(null, contactRows(c));
    doc.setFontSize(9);
    const clickable = (row: number, text: string, url: string) => {
      const top = tops[row]!;
      const width = Math.min(doc.getTextWidth(pdfSafe(text)), W - 48);
      doc.link(L + 48, top - 3, width, 4, { url });
    };
    if (c.phone) clickable(1, c.phone, telHref(c.phone));
    if (c.email) clickable(c.phone ? 2 : 1, c.email, `mailto:${c.email}`);
  };
  /** A small note of up to three lines at 7 pt, the full width (or beside the QR code). */
  const note = (text: string, top: number) =>
    lines(fitText(doc, text, widthAt(L, top + 9), 7, 6, 3).lines, L, top, doc.getFontSize(), 3);

  // Overview page for a Merkliste: locator map, comparison table, contact, link.
  if (x.entries.length > 1) {
    bottom = footTop(x.link, W) - 3;
    y = heading(title);
    doc.setFont('helvetica', 'normal');
    const fitIds = fitText(doc, `${x.entries.length} · ${ids.join(' · ')}`, W, 10, 8, 3);
    y += lines(fitIds.lines, L, y, fitIds.size) - fitIds.size * 0.45;
    if (x.modelNote !== false) y = notice(y + 3);
    locator(doc, L, y, 80, 62, x.boundary, x.entries, t('plots.exposeLocator'));
    let yy = y + 4;
    x.entries.forEach((e, i) => {
      const p = e.plot.properties;
      const text = `${i + 1}  ${idText(p)}: ${p.estate}, ${sizeText(p.area_m2, lang)}`;
      yy += lines(fitText(doc, text, W - 86, 8, 7, 2).lines, L + 86, yy, doc.getFontSize(), 3.3);
      yy += 1.5;
    });
    y += 68;
    const col = 40;
    const cw = (W - col) / x.entries.length;
    const table: [string, (e: ExposeEntry) => string][] = [
      [t('plots.col.id'), (e) => idText(e.plot.properties)],
      [t('plots.attr.area'), (e) => sizeText(e.plot.properties.area_m2, lang)],
      [t('plots.attr.zoning'), (e) => e.plot.properties.zoning],
      [t('plots.fnpArea'), (e) => e.fnpArea ?? t('plots.fnpNone')],
      [t('plots.attr.status'), (e) => t(`plots.status.${e.plot.properties.status}`)],
      [t('plots.attr.availableFrom'), (e) => dateText(e.plot.properties.availableFrom, lang)],
      [t('plots.attr.price'), (e) => priceText(e.plot.properties, t, lang)],
      [t('plots.attr.grzgfz'), (e) => grzGfzText(e.plot.properties, lang)],
      [t('plots.access.a4'), (e) => accessText(e.plot.properties, 'a4', t, lang) ?? '–'],
      [t('plots.access.hbf'), (e) => accessText(e.plot.properties, 'hbf', t, lang) ?? '–'],
      [
        t('plots.access.haltestelle'),
        (e) => accessText(e.plot.properties, 'haltestelle', t, lang) ?? '–'
      ],
      [t('plots.attr.utilities'), (e) => utilitiesText(e.plot.properties, t)]
    ];
    space(5 + 3.3);
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(11);
    doc.text(t('plots.compare'), L, y);
    y += 5;
    for (const [label, value] of table) {
      doc.setFont('helvetica', 'normal');
      const cells = x.entries.map(
        (e) => fitText(doc, value(e), cw - 2, 7.5, 7.5, MAX_VALUE_LINES).lines
      );
      doc.setFont('helvetica', 'bold');
      const head = fitText(doc, label, col - 2, 7.5, 7.5, 2).lines;
      const h = Math.max(head.length, ...cells.map((c) => c.length)) * 3.3 + 1;
      space(h);
      lines(head, L, y, 7.5, 3.3);
      doc.setFont('helvetica', 'normal');
      cells.forEach((c, i) => lines(c, L + col + i * cw, y, 7.5, 3.3));
      doc.setDrawColor(200);
      doc.line(L, y + h - 2.6, L + W, y + h - 2.6);
      y += h;
    }
    y += 3;
    space(9);
    y += note(x.distanceNote, y) + 5;
    contact(x.contact);
    foot(t('plots.exposeListLink'), x.link, W);
  }

  x.entries.forEach((e, index) => {
    if (x.entries.length > 1 || index > 0) doc.addPage();
    const a = e.plot.properties;
    // QR code and the clickable link at the foot of the plot's (last) page
    const linkWidth = W - QR - 6;
    bottom = footTop(e.link, linkWidth) - 3;
    qrTop = PAGE_H - 12 - QR - 2;
    y = heading(t('plots.exposeTitle', { id: idText(a) }));
    const sub = fitText(
      doc,
      `${a.estate} · ${t('plots.attr.asOf')}: ${dateText(a.asOf, lang)}`,
      W,
      11,
      9,
      2
    );
    y += lines(sub.lines, L, y, sub.size) - sub.size * 0.45;
    if (x.modelNote !== false) y = notice(y + 3);
    if (e.map) {
      const h = (W * e.map.heightPx) / e.map.widthPx;
      doc.addImage(e.map.dataUrl, 'PNG', L, y, W, h);
      doc.setDrawColor(0);
      doc.setLineWidth(0.3);
      doc.rect(L, y, W, h);
      const bar = scaleBar(e.map.metersPerPixel, e.map.widthPx / 4);
      const mm = (bar.px * W) / e.map.widthPx;
      doc.setFillColor(255, 255, 255);
      doc.rect(L + W - mm - 12, y + h - 10, mm + 10, 8, 'F');
      doc.setLineWidth(0.8);
      doc.line(L + W - mm - 7, y + h - 4, L + W - 7, y + h - 4);
      doc.setLineWidth(0.3);
      doc.setFontSize(8);
      doc.text(bar.label, L + W - 7 - mm / 2, y + h - 6, { align: 'center' });
      drawNorthArrow(doc, L + W - 8, y + 3, 8);
      locator(doc, L + 1, y + 1, 38, 30, x.boundary, [e], t('plots.exposeLocator'));
      y += h + 3.5;
      y += note([x.mapNote, x.roadsNote].filter(Boolean).join(' · '), y) + 0.5;
    } else {
      locator(doc, L, y, 60, 45, x.boundary, [e], t('plots.exposeLocator'));
      y += 50;
    }
    // Legend of the categories on the map and the plot outline.
    const items = [...e.legend, { label: t('plots.exposeSelected'), color: '' }];
    space(Math.ceil(items.length / 3) * 4.2);
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(9);
    doc.text(t('plots.exposeLegend'), L, y);
    doc.setFont('helvetica', 'normal');
    items.forEach((item, i) => {
      const cx = L + 18 + (i % 3) * 54;
      const cy = y - 2.6 + Math.floor(i / 3) * 4.2;
      if (item.color) {
        doc.setFillColor(...hex(item.color));
        doc.rect(cx, cy, 5, 3, 'F');
      } else {
        doc.setDrawColor(0);
        doc.setLineWidth(0.8);
        doc.rect(cx, cy, 5, 3);
        doc.setLineWidth(0.3);
      }
      doc.text(fitText(doc, item.label, 46, 8, 6.5).lines, cx + 6.5, cy + 2.6);
    });
    y += Math.ceil(items.length / 3) * 4.2 + 3;
    rows(null, [
      [t('plots.attr.area'), sizeBoth(a.area_m2, lang)],
      [t('plots.attr.divisible'), divisibleText(a, t, lang)],
      [t('plots.attr.zoning'), t(`plots.zoning.${a.zoning}`)],
      [
        t('plots.attr.status'),
        `${t(`plots.status.${a.status}`)}, ${t('plots.attr.availableFrom')} ${dateText(a.availableFrom, lang)}`
      ],
      [t('plots.attr.price'), priceText(a, t, lang)],
      [t('plots.attr.tradeTax'), tradeTaxText(a, t, lang)],
      [t('plots.attr.limits'), limitsText(a, t, lang)],
      [t('plots.attr.bplan'), a.bplan ?? t('plots.attr.none')],
      [t('plots.fnpArea'), e.fnpArea ?? t('plots.fnpNone')],
      [t('plots.attr.cadastre'), cadastreText(a, t)],
      [t('plots.attr.utilities'), utilitiesText(a, t)],
      [t('plots.attr.restrictions'), restrictionsText(a, t)],
      ...(a.members ? [[t('plots.combine'), a.members.join(', ')] as [string, string]] : [])
    ]);
    rows(
      t('plots.access'),
      ACCESS_KINDS.flatMap((k) => {
        const p = a.access[k];
        return p
          ? [
              [t(`plots.access.${k}`), `${p.name}: ${accessText(a, k, t, lang)}`] as [
                string,
                string
              ]
            ]
          : [];
      })
    );
    space(9);
    y += note(x.distanceNote, y - 1) + 2;
    contact(a.contact);
    doc.addImage(e.qr, 'PNG', L + W - QR, PAGE_H - 12 - QR, QR, QR);
    foot(t('plots.exposeLink'), e.link, linkWidth);
  });
  return doc.output('blob');
}
