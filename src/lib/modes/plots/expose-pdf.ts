import type { PlotFeature } from '$lib/plan/plots';
import type { Translate, Lang } from '$lib/i18n';
import { ACCESS_KINDS } from '$lib/plan/plots';
import { formatHa, formatM2, formatNumber } from '$lib/i18n/format';
import { drawNorthArrow, scaleBar } from '$lib/export/furniture';

/** Everything the exposé shows, already worked out by the caller (map image, host, balance). */
export interface ExposeInput {
  plot: PlotFeature;
  t: Translate;
  lang: Lang;
  /** "Gewerbliche Baufläche (G), Fläche DN-00012" or null. */
  fnpArea: string | null;
  /** Largest categories within 500 m: label, hectares and share as text. */
  surroundings: { label: string; area: string; share: string }[];
  link: string;
  qr: string;
  map: { dataUrl: string; widthPx: number; heightPx: number; metersPerPixel: number } | null;
  mapNote: string;
}

const date = (iso: string, lang: Lang) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB', {
    timeZone: 'UTC'
  });

/** A text placed on the page (mm; y is the baseline), for tests of the layout. */
export interface Placed {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

type Doc = import('jspdf').jsPDF;

/** Page frame (A4, mm): left margin, text width, and where the footer (QR code, link) begins. */
export const PAGE = { left: 15, width: 180, height: 297, qr: 32, footerTop: 297 - 15 - 32 - 8 };

/**
 * `text` in at most `maxLines` lines of `width` mm at the current font; a longer text is cut
 * and ends with „…“ (the full text is in the CSV export).
 */
export function fitLines(doc: Doc, text: string, width: number, maxLines: number): string[] {
  const lines = doc.splitTextToSize(text, width) as string[];
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]}…`;
  while (last.length > 1 && doc.getTextWidth(last) > width) last = `${last.slice(0, -2)}…`;
  kept[maxLines - 1] = last;
  return kept;
}

/** One A4 page per plot, built with jsPDF (loaded only when an exposé is asked for). */
export async function exposePdf(x: ExposeInput): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  exposeLayout(doc, x);
  return doc.output('blob');
}

/**
 * Lays the exposé out on `doc` and returns every text it placed. Any schema-valid field length
 * fits: the title shrinks (16 → 11 pt) and then wraps to two lines, long values wrap to at most
 * three lines and end with „…“, and the map gives way so that the tables end above the footer.
 */
export function exposeLayout(doc: Doc, x: ExposeInput): Placed[] {
  const placed: Placed[] = [];
  const put = (lines: string[], px: number, py: number, step: number, center = false) => {
    const size = doc.getFontSize();
    lines.forEach((text, i) => {
      const width = doc.getTextWidth(text);
      placed.push({ text, x: center ? px - width / 2 : px, y: py + i * step, width, size });
      doc.text(text, px, py + i * step, center ? { align: 'center' } : {});
    });
  };
  const { t, lang } = x;
  const a = x.plot.properties;
  const L = PAGE.left;
  const W = PAGE.width;
  const title = t('plots.exposeTitle', { id: a.id });
  doc.setProperties({ title, subject: a.estate });
  doc.setFont('helvetica', 'bold');
  let titleSize = 16;
  doc.setFontSize(titleSize);
  while (titleSize > 11 && doc.getTextWidth(title) > W) doc.setFontSize(--titleSize);
  const titleLines = fitLines(doc, title, W, 2);
  const titleStep = titleSize * 0.45;
  put(titleLines, L, 18, titleStep);
  let y = 18 + (titleLines.length - 1) * titleStep + 6;
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(11);
  const sub = fitLines(doc, `${a.estate} · ${t('plots.attr.asOf')}: ${date(a.asOf, lang)}`, W, 2);
  put(sub, L, y, 4.8);
  y += (sub.length - 1) * 4.8 + 3;
  // The model notice in a yellow box, never smaller than the body text.
  doc.setFontSize(10);
  const notice = doc.splitTextToSize(t('plots.model'), W - 4) as string[];
  doc.setFillColor(255, 243, 196);
  doc.rect(L, y, W, notice.length * 4.6 + 3, 'F');
  put(notice, L + 2, y + 4.5, 4.6);
  y += notice.length * 4.6 + 6;

  const rows: [string, string][] = [
    [t('plots.attr.area'), `${formatM2(a.area_m2, lang)} (${formatHa(a.area_m2, lang)})`],
    [t('plots.attr.zoning'), t(`plots.zoning.${a.zoning}`)],
    [t('plots.attr.status'), t(`plots.status.${a.status}`)],
    [t('plots.attr.availableFrom'), date(a.availableFrom, lang)],
    [
      t('plots.attr.price'),
      a.priceIndication_eur_m2 !== undefined
        ? t('plots.attr.priceValue', { value: formatNumber(a.priceIndication_eur_m2, lang) })
        : t('plots.attr.none')
    ],
    [
      t('plots.attr.limits'),
      [
        a.limits?.maxHeight_m !== undefined
          ? t('plots.attr.height', { value: formatNumber(a.limits.maxHeight_m, lang) })
          : '',
        a.limits?.grz !== undefined
          ? t('plots.attr.grz', { value: formatNumber(a.limits.grz, lang, 1) })
          : ''
      ]
        .filter(Boolean)
        .join(', ') || t('plots.attr.none')
    ],
    [t('plots.attr.bplan'), a.bplan ?? t('plots.attr.none')],
    [t('plots.fnpArea'), x.fnpArea ?? t('plots.fnpNone')],
    [t('plots.attr.contact'), [a.contact.name, a.contact.url].filter(Boolean).join(' · ')],
    [t('plots.attr.asOf'), date(a.asOf, lang)]
  ];
  const access = ACCESS_KINDS.flatMap((k) => {
    const p = a.access[k];
    return p ? [[t(`plots.access.${k}`), `${p.name}: ${formatNumber(p.distance_m, lang)} m`]] : [];
  }) as [string, string][];
  const around: [string, string][] = x.surroundings.map((s) => [s.label, `${s.area} (${s.share})`]);
  // Every value in at most three lines, measured before the map so that the map gives way.
  const tables = (
    [
      [t('plots.details', { id: a.id }), rows, 55],
      [t('plots.access'), access, 55],
      [t('plots.surroundings'), around, 70]
    ] as [string, [string, string][], number][]
  ).map(([title, list, col]) => {
    // Measured in the fonts they are drawn in: titles bold 11 pt, keys bold and values 9 pt.
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(11);
    const head = fitLines(doc, title, W, 1);
    doc.setFontSize(9);
    const keys = list.map(([k]) => fitLines(doc, k, col - 3, 1));
    doc.setFont('helvetica', 'normal');
    return {
      title: head,
      col,
      rows: list.map(([, v], i) => [keys[i]!, fitLines(doc, v, W - col, 3)])
    };
  });
  const tablesHeight = tables.reduce(
    (h, tb) => h + 7 + tb.rows.reduce((s, [, v]) => s + Math.max(1, v!.length) * 4.2, 0),
    0
  );

  if (x.map) {
    const room = PAGE.footerTop - y - tablesHeight - 8;
    const h = Math.max(30, Math.min((W * x.map.heightPx) / x.map.widthPx, room));
    const w = Math.min(W, (h * x.map.widthPx) / x.map.heightPx);
    doc.addImage(x.map.dataUrl, 'PNG', L, y, w, h);
    doc.setDrawColor(0);
    doc.rect(L, y, w, h);
    const bar = scaleBar(x.map.metersPerPixel, x.map.widthPx / 4);
    const mm = (bar.px * w) / x.map.widthPx;
    doc.setFillColor(255, 255, 255);
    doc.rect(L + 2, y + h - 10, mm + 6, 8, 'F');
    doc.setLineWidth(0.8);
    doc.line(L + 5, y + h - 4, L + 5 + mm, y + h - 4);
    doc.setLineWidth(0.3);
    doc.line(L + 5, y + h - 5.5, L + 5, y + h - 2.5);
    doc.line(L + 5 + mm, y + h - 5.5, L + 5 + mm, y + h - 2.5);
    doc.setFontSize(8);
    put([bar.label], L + 5 + mm / 2, y + h - 6, 3, true);
    drawNorthArrow(doc, L + w - 8, y + 3, 8);
    doc.setFontSize(7);
    put(fitLines(doc, x.mapNote, W, 1), L, y + h + 3.5, 3);
    y += h + 8;
  }

  for (const tb of tables) {
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(11);
    put(tb.title, L, y, 4.6);
    y += 5;
    doc.setFontSize(9);
    for (const [k, v] of tb.rows) {
      // Never into the footer: what does not fit ends the table with „…“.
      if (y + (Math.max(1, v!.length) - 1) * 4.2 > PAGE.footerTop) {
        put(['…'], L, y, 4.2);
        break;
      }
      doc.setFont('helvetica', 'bold');
      put(k!, L, y, 4.2);
      doc.setFont('helvetica', 'normal');
      put(v!, L + tb.col, y, 4.2);
      y += Math.max(1, v!.length) * 4.2;
    }
    y += 2;
  }
  // QR code with the link, bottom right; the link beside it in at most three lines.
  const qrSize = PAGE.qr;
  doc.addImage(x.qr, 'PNG', L + W - qrSize, PAGE.height - 15 - qrSize - 6, qrSize, qrSize);
  doc.setFontSize(7);
  put([t('plots.exposeLink')], L + W - qrSize / 2, PAGE.height - 15 - 3, 3, true);
  put(fitLines(doc, x.link, W - qrSize - 6, 3), L, PAGE.height - 12, 3);
  return placed;
}
