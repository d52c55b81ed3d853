import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/** Metres per CSS pixel at zoom 0 on the equator for MapLibre's 512 px world. */
const EQUATOR_M = 40_075_016.686;
const WORLD_PX = 512;

/** Thrown when a render is cancelled through `signal`. */
export class RenderCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'RenderCancelled';
  }
}

/** Metres one CSS pixel covers at this latitude and zoom (Web Mercator). */
export function metersPerCssPixel(lat: number, zoom: number): number {
  return (EQUATOR_M * Math.cos((lat * Math.PI) / 180)) / (WORLD_PX * 2 ** zoom);
}

/**
 * Renders the style off-screen in a hidden MapLibre map of `width`×`height` CSS pixels at
 * `pixelRatio`, fitted to `bounds` (west, south, east, north), and returns the picture as a 2D
 * canvas of round(width·pixelRatio)×round(height·pixelRatio) pixels — drawn at that resolution,
 * not a scaled screenshot. `metersPerPixel` is per pixel of that canvas.
 */
export async function renderMapImage(opts: {
  style: StyleSpecification;
  bounds: [number, number, number, number];
  width: number;
  height: number;
  pixelRatio: number;
  /** Optional: aborting removes the hidden map and rejects with RenderCancelled. */
  signal?: AbortSignal;
}): Promise<{ canvas: HTMLCanvasElement; metersPerPixel: number }> {
  const { style, bounds, width, height, pixelRatio, signal } = opts;
  if (signal?.aborted) throw new RenderCancelled();
  const lib = await import('maplibre-gl');
  lib.setWorkerUrl(workerUrl);
  const container = document.createElement('div');
  // Laid out (MapLibre needs a size) but invisible and out of the accessibility tree.
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '0',
    top: '0',
    width: `${width}px`,
    height: `${height}px`,
    visibility: 'hidden',
    pointerEvents: 'none',
    zIndex: '-1'
  });
  document.body.append(container);
  let map: MapLibreMap | null = null;
  try {
    map = new lib.Map({
      container,
      style,
      bounds,
      fitBoundsOptions: { padding: 0 },
      pixelRatio,
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      maxCanvasSize: [8192, 8192],
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true }
    });
    const m = map;
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => reject(new RenderCancelled());
      signal?.addEventListener('abort', onAbort, { once: true });
      m.once('error', (e) => reject(e.error ?? new Error(String(e))));
      m.once('idle', () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
    });
    const source = m.getCanvas();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('2D canvas unavailable');
    ctx.drawImage(source, 0, 0, canvas.width, canvas.height);
    const scale = source.width / canvas.width;
    const metersPerPixel = (metersPerCssPixel(m.getCenter().lat, m.getZoom()) / pixelRatio) * scale;
    return { canvas, metersPerPixel };
  } finally {
    map?.remove();
    container.remove();
  }
}
