import type { jsPDF } from 'jspdf';
import { drawNorthArrow } from '../../export/furniture';
import { sheetLayout } from '../../export/layout';
import { drawSheet, type Painter, type SheetSource } from '../../export/sheet';
import { drawComparison } from '../../export/compare-sheet';
import { pdfSafe } from '../../export/pdf-text';

const rgb = (hex: string): [number, number, number] => {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h.slice(0, 6);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
};

function pdfPainter(doc: jsPDF): Painter {
  return {
    text(text, x, y, pt, opts) {
      doc.setFont('helvetica', opts?.bold ? 'bold' : 'normal');
      doc.setFontSize(pt);
      doc.setTextColor(0, 0, 0);
      doc.text(pdfSafe(text), x, y, { align: opts?.right ? 'right' : 'left' });
    },
    split(text, pt, width) {
      doc.setFontSize(pt);
      return doc.splitTextToSize(pdfSafe(text), width) as string[];
    },
    rect(x, y, w, h, fill, stroke) {
      if (fill) doc.setFillColor(...rgb(fill));
      if (stroke) {
        doc.setDrawColor(...rgb(stroke));
        doc.setLineWidth(0.2);
      }
      doc.rect(x, y, w, h, fill && stroke ? 'FD' : fill ? 'F' : 'S');
    },
    image(image, x, y, w, h) {
      // The map goes in as JPEG: embedded as is, where jsPDF would re-compress a PNG in script
      // (minutes for an A3 map at 300 dpi). The QR code stays a lossless PNG.
      if (image instanceof HTMLCanvasElement)
        doc.addImage(image.toDataURL('image/jpeg', 0.92), 'JPEG', x, y, w, h);
      else doc.addImage(image, 'PNG', x, y, w, h, undefined, 'FAST');
    },
    northArrow(x, y, size) {
      drawNorthArrow(doc, x, y, size);
    }
  };
}

/** The print sheet as a PDF of the chosen paper size (jsPDF loaded only when asked for). */
export async function buildPdf(opts: SheetSource & { qr: HTMLImageElement }): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'mm', format: opts.paper, orientation: opts.orientation });
  doc.setProperties({ title: pdfSafe(opts.content.title), creator: 'FNP-Viewer' });
  const painter = pdfPainter(doc);
  drawSheet(painter, opts.content, sheetLayout(opts.paper, opts.orientation), opts.map, opts.qr);
  // The matrix needs the width: its page is landscape whatever the first page is.
  const c = opts.content;
  if (c.comparison) {
    doc.addPage(opts.paper, 'landscape');
    drawComparison(painter, c.comparison, sheetLayout(opts.paper, 'landscape'), c.title, [
      c.notice,
      `${c.printed} · ${c.link}`
    ]);
  }
  return doc.output('blob');
}
