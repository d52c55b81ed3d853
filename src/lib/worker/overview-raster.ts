/// <reference lib="webworker" />
import { CATEGORIES } from '../plan/categories';
import type { LoadedFeature } from '../plan/types';
import { overviewPixel, type OverviewLayout } from '../geo/overview';

const COLOR = new Map<string, string>(CATEGORIES.map((c) => [c.code, c.color]));
/** As the map's 'plan-overlay-fill' layer: overlays tint the areas below them. */
const OVERLAY_ALPHA = 0.25;

/**
 * The plan painted by category colour into an OffscreenCanvas in Web Mercator (as MapLibre
 * stretches an `image` source between its corners), as PNG. Base areas first, overlays on top
 * (as the map's layer order). Runs in the plan worker; the page only decodes the image.
 */
export async function rasteriseOverview(
  features: readonly LoadedFeature[],
  layout: OverviewLayout
): Promise<Blob> {
  const canvas = new OffscreenCanvas(layout.width, layout.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  for (const overlays of [false, true]) {
    ctx.globalAlpha = overlays ? OVERLAY_ALPHA : 1;
    for (const f of features) {
      if ((f.properties.overlay === true) !== overlays) continue;
      const g = f.geometry;
      ctx.beginPath();
      for (const polygon of g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
        for (const ring of polygon)
          ring.forEach(([lon, lat], k) => {
            const [x, y] = overviewPixel(layout, lon as number, lat as number);
            if (k === 0) ctx.moveTo(x, y);
            else ctx.lineTo(x, y);
          });
      ctx.fillStyle = COLOR.get(f.properties.category) ?? '#cccccc';
      ctx.fill('evenodd');
    }
  }
  return canvas.convertToBlob({ type: 'image/png' });
}
