import type { jsPDF } from 'jspdf';

/**
 * Map furniture for printed maps: a scale bar of a round length (1-2-5 steps) and a north
 * arrow. (Agreed shared API; issue 12 owns this file, the lead keeps one copy.)
 */
export function scaleBar(
  metersPerPixel: number,
  maxPx: number
): { meters: number; px: number; label: string } {
  const maxMeters = metersPerPixel * maxPx;
  const exp = Math.floor(Math.log10(maxMeters));
  let meters = 10 ** exp;
  for (const step of [5, 2, 1]) {
    if (step * 10 ** exp <= maxMeters) {
      meters = step * 10 ** exp;
      break;
    }
  }
  const label = meters >= 1000 ? `${meters / 1000} km` : `${meters} m`;
  return { meters, px: meters / metersPerPixel, label };
}

/** A north arrow (filled half, open half, "N") with its tip at (x, y), `size` tall. */
export function drawNorthArrow(doc: jsPDF, x: number, y: number, size: number) {
  const w = size * 0.35;
  doc.setDrawColor(0);
  doc.setLineWidth(0.3);
  doc.setFillColor(0, 0, 0);
  doc.triangle(x, y, x - w, y + size, x, y + size * 0.75, 'FD');
  doc.setFillColor(255, 255, 255);
  doc.triangle(x, y, x + w, y + size, x, y + size * 0.75, 'FD');
  doc.setFontSize(size * 1.4);
  doc.setTextColor(0);
  doc.text('N', x, y + size + size * 0.55, { align: 'center' });
}
