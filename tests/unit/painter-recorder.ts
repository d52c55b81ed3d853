import type { Painter } from '../../src/lib/export/sheet';

/** A painter that keeps what is drawn; text width by a Helvetica-like 0.5 em per character. */
export function recorder() {
  const texts: { text: string; x: number; y: number; pt: number; right: boolean }[] = [];
  const rects: { x: number; y: number; w: number; h: number; fill: string | null }[] = [];
  const width = (s: string, pt: number) => s.length * pt * 0.3528 * 0.5;
  const p: Painter = {
    text: (text, x, y, pt, opts) => texts.push({ text, x, y, pt, right: opts?.right ?? false }),
    measure: (s, pt) => width(s, pt),
    split(text, pt, w) {
      const lines: string[] = [];
      let line = '';
      for (const word of text.split(/\s+/)) {
        const next = line ? `${line} ${word}` : word;
        if (line && width(next, pt) > w) {
          lines.push(line);
          line = word;
        } else line = next;
      }
      if (line) lines.push(line);
      return lines;
    },
    rect: (x, y, w, h, fill) => rects.push({ x, y, w, h, fill }),
    image: () => undefined,
    northArrow: () => undefined
  };
  return { p, texts, rects, width };
}
