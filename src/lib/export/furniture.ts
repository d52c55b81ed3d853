import type { jsPDF } from 'jspdf';

/**
 * Map furniture for prints and exports: a scale bar of a round length (1-2-5 steps) and a
 * north arrow. Pure so that print, PDF and PNG draw the same thing.
 */

const STEPS = [1, 2, 5] as const;

/** German length label: "500 m", "1 km", "2,5 km" never occurs (only 1-2-5 steps). */
function lengthLabel(meters: number): string {
  return meters >= 1000 ? `${(meters / 1000).toLocaleString('de-DE')} km` : `${meters} m`;
}

/**
 * The longest round length (1, 2 or 5 × 10ⁿ m) whose bar fits in `maxPx` pixels at
 * `metersPerPixel`; `px` is its length in pixels.
 */
export function scaleBar(
  metersPerPixel: number,
  maxPx: number
): { meters: number; px: number; label: string } {
  if (!(metersPerPixel > 0) || !(maxPx > 0)) throw new RangeError('scaleBar needs positive input');
  const maxMeters = metersPerPixel * maxPx;
  let best = 0;
  for (
    let exp = Math.floor(Math.log10(maxMeters)) - 1;
    exp <= Math.ceil(Math.log10(maxMeters));
    exp++
  ) {
    for (const step of STEPS) {
      const m = step * 10 ** exp;
      if (m <= maxMeters * (1 + 1e-9) && m > best) best = m;
    }
  }
  // Below 1 m (absurdly large maps): round to a sensible number anyway.
  const meters = best >= 1 ? Math.round(best) : best;
  return { meters, px: meters / metersPerPixel, label: lengthLabel(meters) };
}

/**
 * The scale of a map on paper as the denominator n of „1:n“, from metres per millimetre of
 * paper, rounded to three significant digits (1:24.300): within 0,5 % of the bar beside it.
 */
export function scaleDenominator(metersPerMm: number): number {
  if (!(metersPerMm > 0)) throw new RangeError('scaleDenominator needs a positive scale');
  const n = metersPerMm * 1000;
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 2);
  return Math.round(n / unit) * unit;
}

/**
 * A north arrow in a jsPDF document: a split arrowhead with "N" above, `size` tall (in the
 * document's unit), its top-left corner at (x, y). Maps in this viewer are never rotated.
 */
export function drawNorthArrow(doc: jsPDF, x: number, y: number, size: number) {
  const cx = x + size / 2;
  const top = y + size * 0.3;
  const bottom = y + size;
  const half = size * 0.22;
  doc.setLineWidth(size * 0.03);
  doc.setDrawColor(0, 0, 0);
  doc.setFillColor(0, 0, 0);
  doc.triangle(cx, top, cx - half, bottom, cx, bottom - size * 0.18, 'FD');
  doc.setFillColor(255, 255, 255);
  doc.triangle(cx, top, cx + half, bottom, cx, bottom - size * 0.18, 'FD');
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(size * 0.3 * 2.835);
  doc.setTextColor(0, 0, 0);
  doc.text('N', cx, y + size * 0.25, { align: 'center', baseline: 'bottom' });
}

/** The same north arrow on a 2D canvas (for the PNG export), `size` pixels tall. */
export function drawNorthArrowCanvas(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  size: number
) {
  const cx = x + size / 2;
  const top = y + size * 0.3;
  const bottom = y + size;
  const half = size * 0.22;
  const notch = bottom - size * 0.18;
  ctx.save();
  ctx.lineWidth = size * 0.03;
  ctx.strokeStyle = '#000';
  for (const [side, fill] of [
    [-1, '#000'],
    [1, '#fff']
  ] as const) {
    ctx.beginPath();
    ctx.moveTo(cx, top);
    ctx.lineTo(cx + side * half, bottom);
    ctx.lineTo(cx, notch);
    ctx.closePath();
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.stroke();
  }
  ctx.fillStyle = '#000';
  ctx.font = `bold ${Math.round(size * 0.28)}px Helvetica, Arial, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.fillText('N', cx, y + size * 0.27);
  ctx.restore();
}
