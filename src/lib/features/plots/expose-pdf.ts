import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { jsPDF } from 'jspdf';
import type { PlotContact, PlotFeature } from '$lib/plan/plots';
import type { Translate, Lang } from '$lib/i18n';
import { ACCESS_KINDS } from '$lib/plan/plots';
import { interiorPoint } from '$lib/geo/access';
import { drawNorthArrow, scaleBar } from '$lib/export/furniture';
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

/** The exposé: an overview page for a list, then one A4 page per plot; jsPDF loaded on demand. */
export async function exposePdf(x: ExposeInput): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  const { t, lang } = x;
  const ids = x.entries.map((e) => idText(e.plot.properties));
  const title =
    x.entries.length === 1 ? t('plots.exposeTitle', { id: ids[0]! }) : t('plots.exposeListTitle');
  doc.setProperties({ title, subject: ids.join(', ') });
  let y = 0;

  const heading = (text: string) => {
    doc.setTextColor(0);
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(16);
    doc.text(text, L, 18);
    doc.setFont('helvetica', 'normal');
  };
  // The model notice in a yellow box, never smaller than the body text.
  const notice = (top: number) => {
    const lines = doc.splitTextToSize(t('plots.model'), W - 4) as string[];
    doc.setFillColor(255, 243, 196);
    doc.rect(L, top, W, lines.length * 4.3 + 3, 'F');
    doc.setFontSize(10);
    doc.text(lines, L + 2, top + 4.5);
    return top + lines.length * 4.3 + 6;
  };
  const rows = (title: string | null, list: [string, string][], col = 48, size = 9) => {
    if (title) {
      doc.setFont('helvetica', 'bold');
      doc.setFontSize(11);
      doc.text(title, L, y);
      y += 5;
    }
    doc.setFontSize(size);
    for (const [k, v] of list) {
      const lines = doc.splitTextToSize(v, W - col) as string[];
      doc.setFont('helvetica', 'bold');
      doc.text(k, L, y);
      doc.setFont('helvetica', 'normal');
      doc.text(lines, L + col, y);
      y += Math.max(1, lines.length) * (size * 0.45);
    }
    y += 2;
  };
  /** A clickable link (PDF link annotation) broken only between URL parts. */
  const link = (url: string, top: number, width: number, size = 7) => {
    doc.setFontSize(size);
    doc.setTextColor(0, 69, 125);
    const lines = breakUrl(url, width, (s) => doc.getTextWidth(s));
    lines.forEach((line, i) => doc.textWithLink(line, L, top + i * size * 0.42, { url }));
    doc.setTextColor(0);
    return top + lines.length * size * 0.42;
  };
  const contactRows = (c: PlotContact): [string, string][] => [
    [t('plots.contact'), [c.name, c.role].filter(Boolean).join(', ')],
    ...(c.phone ? [[t('plots.contactPhone'), c.phone] as [string, string]] : []),
    ...(c.email ? [[t('plots.contactEmail'), c.email] as [string, string]] : []),
    ...(c.url ? [[t('plots.contactWeb'), c.url] as [string, string]] : []),
    ...(c.model ? [['', t('plots.contactModel')] as [string, string]] : [])
  ];
  const contactLinks = (c: PlotContact, top: number) => {
    // the phone and e-mail lines are clickable too
    let yy = top + 4.05;
    if (c.phone) {
      doc.link(L + 48, yy - 3, doc.getTextWidth(c.phone), 4, { url: telHref(c.phone) });
      yy += 4.05;
    }
    if (c.email)
      doc.link(L + 48, yy - 3, doc.getTextWidth(c.email), 4, { url: `mailto:${c.email}` });
  };

  // Overview page for a Merkliste: locator map, comparison table, contact, link.
  if (x.entries.length > 1) {
    heading(title);
    doc.setFontSize(10);
    doc.text(`${x.entries.length} · ${ids.join(' · ')}`, L, 24);
    y = notice(27);
    locator(doc, L, y, 80, 62, x.boundary, x.entries, t('plots.exposeLocator'));
    doc.setFontSize(8);
    x.entries.forEach((e, i) => {
      const p = e.plot.properties;
      doc.text(
        doc.splitTextToSize(
          `${i + 1}  ${idText(p)}: ${p.estate}, ${sizeText(p.area_m2, lang)}`,
          W - 86
        ) as string[],
        L + 86,
        y + 4 + i * 8
      );
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
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(11);
    doc.text(t('plots.compare'), L, y);
    y += 5;
    doc.setFontSize(7.5);
    for (const [label, value] of table) {
      const cells = x.entries.map((e) => doc.splitTextToSize(value(e), cw - 2) as string[]);
      const h = Math.max(...cells.map((c) => c.length)) * 3.3 + 1;
      doc.setFont('helvetica', 'bold');
      doc.text(doc.splitTextToSize(label, col - 2) as string[], L, y);
      doc.setFont('helvetica', 'normal');
      cells.forEach((c, i) => doc.text(c, L + col + i * cw, y));
      doc.setDrawColor(200);
      doc.line(L, y + h - 2.6, L + W, y + h - 2.6);
      y += h;
    }
    y += 3;
    doc.setFontSize(8);
    doc.text(x.distanceNote, L, y, { maxWidth: W });
    y += 8;
    const top = y;
    rows(null, contactRows(x.contact));
    contactLinks(x.contact, top - 4.05);
    doc.setFontSize(8);
    doc.text(t('plots.exposeListLink'), L, PAGE_H - 22);
    link(x.link, PAGE_H - 18, W);
  }

  x.entries.forEach((e, index) => {
    if (x.entries.length > 1 || index > 0) doc.addPage();
    const a = e.plot.properties;
    heading(t('plots.exposeTitle', { id: idText(a) }));
    doc.setFontSize(11);
    doc.text(`${a.estate} · ${t('plots.attr.asOf')}: ${dateText(a.asOf, lang)}`, L, 24);
    y = notice(27);
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
      doc.setFontSize(7);
      doc.text([x.mapNote, x.roadsNote].filter(Boolean).join(' · '), L, y + h + 3.5);
      y += h + 7;
    } else {
      locator(doc, L, y, 60, 45, x.boundary, [e], t('plots.exposeLocator'));
      y += 50;
    }
    // Legend of the categories on the map and the plot outline.
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(9);
    doc.text(t('plots.exposeLegend'), L, y);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    const items = [...e.legend, { label: t('plots.exposeSelected'), color: '' }];
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
      doc.text(item.label, cx + 6.5, cy + 2.6, { maxWidth: 46 });
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
    doc.setFontSize(7);
    doc.text(x.distanceNote, L, y - 1, { maxWidth: W });
    y += 4;
    const top = y;
    rows(null, contactRows(a.contact));
    contactLinks(a.contact, top - 4.05);
    // QR code and the clickable link at the foot of the page
    const qr = 26;
    doc.addImage(e.qr, 'PNG', L + W - qr, PAGE_H - 12 - qr, qr, qr);
    doc.setFontSize(7);
    doc.text(t('plots.exposeLink'), L, PAGE_H - 20);
    link(e.link, PAGE_H - 16.5, W - qr - 6);
  });
  return doc.output('blob');
}
