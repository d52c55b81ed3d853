import { drawNorthArrowCanvas } from '../../export/furniture';
import { mmToPx, sheetLayout } from '../../export/layout';
import { drawMapFurniture, drawSheet, type Painter, type SheetSource } from '../../export/sheet';
import { withDpi } from '../../export/png-dpi';

/** Print resolution of the PNG export. */
export const PNG_DPI = 300;

function canvasPainter(ctx: CanvasRenderingContext2D, pxPerMm: number): Painter {
  const font = (pt: number, bold?: boolean) =>
    `${bold ? 'bold ' : ''}${(pt * 0.3528 * pxPerMm).toFixed(1)}px Helvetica, Arial, sans-serif`;
  return {
    text(text, x, y, pt, opts) {
      ctx.font = font(pt, opts?.bold);
      ctx.fillStyle = '#000';
      ctx.textAlign = opts?.right ? 'right' : 'left';
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(text, x * pxPerMm, y * pxPerMm);
    },
    measure(text, pt, bold) {
      ctx.font = font(pt, bold);
      return ctx.measureText(text).width / pxPerMm;
    },
    split(text, pt, width) {
      ctx.font = font(pt);
      const lines: string[] = [];
      let line = '';
      for (const word of text.split(/\s+/)) {
        const next = line ? `${line} ${word}` : word;
        if (line && ctx.measureText(next).width > width * pxPerMm) {
          lines.push(line);
          line = word;
        } else line = next;
      }
      if (line) lines.push(line);
      return lines;
    },
    rect(x, y, w, h, fill, stroke) {
      const r = [x * pxPerMm, y * pxPerMm, w * pxPerMm, h * pxPerMm] as const;
      if (fill) {
        ctx.fillStyle = fill;
        ctx.fillRect(...r);
      }
      if (stroke) {
        ctx.strokeStyle = stroke;
        ctx.lineWidth = 0.2 * pxPerMm;
        ctx.strokeRect(...r);
      }
    },
    image(image, x, y, w, h) {
      ctx.drawImage(image, x * pxPerMm, y * pxPerMm, w * pxPerMm, h * pxPerMm);
    },
    northArrow(x, y, size) {
      drawNorthArrowCanvas(ctx, x * pxPerMm, y * pxPerMm, size * pxPerMm);
    }
  };
}

/** A painter that only measures (the print view's comparison pages are laid out with it). */
export function measuring(): Painter {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  return canvasPainter(ctx, 10);
}

/** The print sheet as a 300 dpi PNG (A4 landscape: 3508 × 2480 px). */
export async function buildPng(opts: SheetSource & { qr: HTMLImageElement }): Promise<Blob> {
  const layout = sheetLayout(opts.paper, opts.orientation);
  const [canvas, ctx] = newCanvas(mmToPx(layout.page.w, PNG_DPI), mmToPx(layout.page.h, PNG_DPI));
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  drawSheet(canvasPainter(ctx, PNG_DPI / 25.4), opts.content, layout, opts.map, opts.qr);
  return pngWithDpi(canvas, PNG_DPI);
}

/** A canvas of `width` × `height` px and its 2D context. */
function newCanvas(width: number, height: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  return [canvas, ctx];
}

/** A canvas as a PNG that says its resolution (pHYs), so it lands on paper at its size. */
async function pngWithDpi(canvas: HTMLCanvasElement, dpi: number): Promise<Blob> {
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
  );
  const bytes = withDpi(new Uint8Array(await blob.arrayBuffer()), dpi);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}

/**
 * The map alone, for a slide: the sheet's map picture at 300 dpi with its scale bar, numeric
 * scale, north arrow and attribution on it.
 */
export async function buildMapPng(opts: SheetSource & { attribution: string }): Promise<Blob> {
  const box = sheetLayout(opts.paper, opts.orientation).map;
  const [canvas, ctx] = newCanvas(opts.map.image.width, opts.map.image.height);
  ctx.drawImage(opts.map.image, 0, 0);
  const pxPerMm = canvas.width / box.w;
  drawMapFurniture(
    canvasPainter(ctx, pxPerMm),
    { x: 0, y: 0, w: box.w, h: box.h },
    { imageWidth: canvas.width, metersPerPixel: opts.map.metersPerPixel },
    opts.content.scaleText,
    opts.attribution
  );
  return pngWithDpi(canvas, Math.round(pxPerMm * 25.4));
}
