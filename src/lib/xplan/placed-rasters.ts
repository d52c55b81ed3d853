/**
 * The raster plans of a plan as the page draws them (plan/types.ts PlanRaster), from plan.json's
 * `meta.rasters` as the importer placed them (raster.ts). Its own module: the page needs it
 * without the importer and its coordinate systems.
 */
import type { PlanMeta, PlanRaster } from '../plan/types';

const isCorner = (c: unknown): c is [number, number] =>
  Array.isArray(c) &&
  c.length === 2 &&
  c.every((v) => typeof v === 'number' && Number.isFinite(v)) &&
  Math.abs(c[0] as number) <= 180 &&
  Math.abs(c[1] as number) <= 90;

/**
 * The raster plans of plan.json (`meta.rasters`, placed by the importer) that the map can draw:
 * those with four corners and an image `urlOf` finds (a Blob URL for a file opened from disk,
 * `raster/<file>` beside plan.json for an imported plan); anything else is left out.
 */
export function planRasters(
  meta: PlanMeta,
  urlOf: (raster: { referenzURL: string; file?: string }) => string | null
): PlanRaster[] {
  if (!Array.isArray(meta.rasters)) return [];
  const out: PlanRaster[] = [];
  for (const r of meta.rasters as unknown[]) {
    if (typeof r !== 'object' || r === null) continue;
    const { referenzURL, file, corners } = r as Record<string, unknown>;
    if (typeof referenzURL !== 'string') continue;
    if (!Array.isArray(corners) || corners.length !== 4 || !corners.every(isCorner)) continue;
    const url = urlOf({ referenzURL, file: typeof file === 'string' ? file : undefined });
    if (url === null) continue;
    out.push({
      name: referenzURL.replace(/^.*[\\/]/, ''),
      url,
      corners: corners as PlanRaster['corners']
    });
  }
  return out;
}
