/// <reference lib="webworker" />
import type { GeoTiff } from '../xplan/tiff';

/**
 * A decoded raster plan (a GeoTIFF, which MapLibre cannot show) as PNG, through an
 * OffscreenCanvas in the plan worker; the page draws it as an image source like any PNG.
 */
export async function pngOfPixels({
  width,
  height,
  rgba
}: Pick<GeoTiff, 'width' | 'height' | 'rgba'>): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  const clamped = new Uint8ClampedArray(
    rgba.buffer as ArrayBuffer,
    rgba.byteOffset,
    rgba.byteLength
  );
  ctx.putImageData(new ImageData(clamped, width, height), 0, 0);
  return canvas.convertToBlob({ type: 'image/png' });
}
