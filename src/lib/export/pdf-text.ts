import type { jsPDF } from 'jspdf';

/**
 * jsPDF's built-in Helvetica is WinAnsi: German umlauts and ß are in it; typographic dashes and
 * quotes are mapped to their WinAnsi places by jsPDF, anything else outside Latin-1 would print
 * as garbage, so it becomes "?".
 */
const WINANSI_EXTRA = '–—‘’‚“”„•…€';
export function pdfSafe(text: string): string {
  // The minus sign (U+2212) of signed changes is not in WinAnsi: the hyphen stands in for it.
  return [...text.replaceAll('\u2212', '-')]
    .map((ch) => (ch.charCodeAt(0) <= 0xff || WINANSI_EXTRA.includes(ch) ? ch : '?'))
    .join('');
}

/** Text fitted into a box: its lines and the font size they were measured at. */
export interface FittedText {
  lines: string[];
  size: number;
}

/**
 * `text` in at most `maxLines` lines no wider than `width` (mm) in the document's current font:
 * wrapped at `size` pt, shrunk a point at a time down to `minSize` while it needs more lines,
 * and at `minSize` cut at the end of the last line with „…“. Any value fits its place this way
 * (the full text is in the CSV). Leaves the font size at the returned `size`.
 */
export function fitText(
  doc: jsPDF,
  text: string,
  width: number,
  size: number,
  minSize = size,
  maxLines = 1
): FittedText {
  const safe = pdfSafe(text);
  for (let s = size; ; s = Math.max(minSize, s - 1)) {
    doc.setFontSize(s);
    const lines = doc.splitTextToSize(safe, width) as string[];
    if (lines.length <= maxLines) return { lines, size: s };
    if (s <= minSize) {
      const kept = lines.slice(0, maxLines);
      let last = kept[maxLines - 1] ?? '';
      while (last !== '' && doc.getTextWidth(`${last}…`) > width) last = last.slice(0, -1);
      kept[maxLines - 1] = `${last.trimEnd()}…`;
      return { lines: kept, size: s };
    }
  }
}
