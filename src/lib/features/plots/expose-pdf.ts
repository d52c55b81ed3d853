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

/** One A4 page per plot, built with jsPDF (loaded only when an exposé is asked for). */
export async function exposePdf(x: ExposeInput): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  const { t, lang } = x;
  const a = x.plot.properties;
  const L = 15;
  const W = 180;
  doc.setProperties({ title: t('plots.exposeTitle', { id: a.id }), subject: a.estate });
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(16);
  doc.text(t('plots.exposeTitle', { id: a.id }), L, 18);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(11);
  doc.text(`${a.estate} · ${t('plots.attr.asOf')}: ${date(a.asOf, lang)}`, L, 24);
  // The model notice in a yellow box, never smaller than the body text.
  const notice = doc.splitTextToSize(t('plots.model'), W - 4) as string[];
  doc.setFillColor(255, 243, 196);
  doc.rect(L, 27, W, notice.length * 4.6 + 3, 'F');
  doc.setFontSize(10);
  doc.text(notice, L + 2, 31.5);
  let y = 27 + notice.length * 4.6 + 6;

  if (x.map) {
    const h = (W * x.map.heightPx) / x.map.widthPx;
    doc.addImage(x.map.dataUrl, 'PNG', L, y, W, h);
    doc.setDrawColor(0);
    doc.rect(L, y, W, h);
    const bar = scaleBar(x.map.metersPerPixel, x.map.widthPx / 4);
    const mm = (bar.px * W) / x.map.widthPx;
    doc.setFillColor(255, 255, 255);
    doc.rect(L + 2, y + h - 10, mm + 6, 8, 'F');
    doc.setLineWidth(0.8);
    doc.line(L + 5, y + h - 4, L + 5 + mm, y + h - 4);
    doc.setLineWidth(0.3);
    doc.line(L + 5, y + h - 5.5, L + 5, y + h - 2.5);
    doc.line(L + 5 + mm, y + h - 5.5, L + 5 + mm, y + h - 2.5);
    doc.setFontSize(8);
    doc.text(bar.label, L + 5 + mm / 2, y + h - 6, { align: 'center' });
    drawNorthArrow(doc, L + W - 8, y + 3, 8);
    doc.setFontSize(7);
    doc.text(x.mapNote, L, y + h + 3.5);
    y += h + 8;
  }

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
  const table = (title: string, list: [string, string][], col = 55) => {
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(11);
    doc.text(title, L, y);
    y += 5;
    doc.setFontSize(9);
    for (const [k, v] of list) {
      const lines = doc.splitTextToSize(v, W - col - 40) as string[];
      doc.setFont('helvetica', 'bold');
      doc.text(k, L, y);
      doc.setFont('helvetica', 'normal');
      doc.text(lines, L + col, y);
      y += Math.max(1, lines.length) * 4.2;
    }
    y += 2;
  };
  table(t('plots.details', { id: a.id }), rows);
  table(
    t('plots.access'),
    ACCESS_KINDS.flatMap((k) => {
      const p = a.access[k];
      return p
        ? [[t(`plots.access.${k}`), `${p.name}: ${formatNumber(p.distance_m, lang)} m`]]
        : [];
    }) as [string, string][]
  );
  table(
    t('plots.surroundings'),
    x.surroundings.map((s) => [s.label, `${s.area} (${s.share})`]),
    70
  );
  // QR code with the link, bottom right
  const qrSize = 32;
  doc.addImage(x.qr, 'PNG', L + W - qrSize, 297 - 15 - qrSize - 6, qrSize, qrSize);
  doc.setFontSize(7);
  doc.text(t('plots.exposeLink'), L + W - qrSize / 2, 297 - 15 - 3, { align: 'center' });
  doc.setFontSize(7);
  doc.text(doc.splitTextToSize(x.link, W - qrSize - 6) as string[], L, 297 - 12);
  return doc.output('blob');
}
