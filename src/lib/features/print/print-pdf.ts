import type { jsPDF } from 'jspdf';
import { drawNorthArrow } from '../../export/furniture';
import { sheetLayout } from '../../export/layout';
import { drawSheet, type Painter, type SheetContent, type SheetSource } from '../../export/sheet';
import { comparisonBox, comparisonPages, drawComparison } from '../../export/compare-sheet';
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
    measure(text, pt, bold) {
      doc.setFont('helvetica', bold ? 'bold' : 'normal');
      doc.setFontSize(pt);
      return doc.getTextWidth(pdfSafe(text));
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

/**
 * The print sheet as a PDF of the chosen paper size (jsPDF loaded only when asked for): the
 * sheet, the comparison's change map as a sheet of its own (printed from swipe or side by side),
 * then the matrix page of the comparison.
 */
export async function buildPdf(
  opts: SheetSource & {
    qr: HTMLImageElement;
    changeMap?: { content: SheetContent; map: SheetSource['map'] };
  }
): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const { paper, orientation } = opts;
  const doc = new jsPDF({ unit: 'mm', format: paper, orientation });
  doc.setProperties({ title: pdfSafe(opts.content.title), creator: 'FNP-Viewer' });
  const painter = pdfPainter(doc);
  const layout = sheetLayout(paper, orientation);
  drawSheet(painter, opts.content, layout, opts.map, opts.qr);
  if (opts.changeMap) {
    doc.addPage(paper, orientation);
    drawSheet(painter, opts.changeMap.content, layout, opts.changeMap.map, opts.qr);
  }
  // The matrix needs the width: its pages are landscape whatever the first page is.
  const c = opts.content;
  if (c.comparison) {
    const wide = sheetLayout(paper, 'landscape');
    const foot = [c.notice, `${c.printed} · ${c.link}`];
    for (const page of comparisonPages(painter, c.comparison, comparisonBox(wide))) {
      doc.addPage(paper, 'landscape');
      drawComparison(painter, c.comparison, wide, page, c.title, foot);
    }
  }
  return doc.output('blob');
}
