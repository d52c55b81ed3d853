import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ATTACHMENT_FILE, PLAN_ID, parsePlanMeta } from '../plan/validate';

/**
 * Build-time view of the `data/` folder: which plans exist and which files they have.
 * Used by the prerendered data routes (node only; the browser fetches their output).
 */

export const DATA_DIR = resolve('data');
const DATA_FILE = /^[a-z0-9_-]+\.(geo)?json$/i;

export interface CatalogEntry {
  id: string;
  title: string;
  municipality: string;
  model: boolean;
}

export function planIds(): string[] {
  if (!existsSync(DATA_DIR)) return [];
  return readdirSync(DATA_DIR)
    .filter((id) => PLAN_ID.test(id) && existsSync(join(DATA_DIR, id, 'plan.json')))
    .sort();
}

export function planFiles(id: string): string[] {
  const dir = join(DATA_DIR, id);
  return readdirSync(dir).filter((f) => DATA_FILE.test(f) && statSync(join(dir, f)).isFile());
}

/** Reads one data file; null for anything outside data/<plan>/ or not a data file. */
export function readPlanFile(id: string, file: string): string | null {
  if (!PLAN_ID.test(id) || !DATA_FILE.test(file)) return null;
  const path = join(DATA_DIR, id, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** Raster plans the importer wrote beside plan.json (raster/<name>, see cli/import.ts). */
const RASTER_FILE = /^[\w-][\w.-]*\.(png|jpe?g)$/i;

/** The files of a plan's sub-folder (raster/, anlagen/) whose names match `pattern`. */
function folderFiles(id: string, folder: string, pattern: RegExp): string[] {
  const dir = join(DATA_DIR, id, folder);
  if (!PLAN_ID.test(id) || !existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => pattern.test(f) && statSync(join(dir, f)).isFile());
}

/** One file of data/<plan>/<folder>/; null for any other path or name. */
function readFolderFile(id: string, folder: string, pattern: RegExp, file: string) {
  if (!PLAN_ID.test(id) || !pattern.test(file)) return null;
  const path = join(DATA_DIR, id, folder, file);
  return existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
}

export const rasterFiles = (id: string) => folderFiles(id, 'raster', RASTER_FILE);

/** Reads one raster image of a plan; null for anything but data/<plan>/raster/<image>. */
export const readRasterFile = (id: string, file: string) =>
  readFolderFile(id, 'raster', RASTER_FILE, file);

/** The archive's documents the importer wrote beside plan.json (anlagen/<name>). */
export const attachmentFiles = (id: string) => folderFiles(id, 'anlagen', ATTACHMENT_FILE);

/** Reads one attachment of a plan; null for anything but data/<plan>/anlagen/<document>. */
export const readAttachmentFile = (id: string, file: string) =>
  readFolderFile(id, 'anlagen', ATTACHMENT_FILE, file);

export function catalog(): CatalogEntry[] {
  return planIds().map((id) => {
    const meta = parsePlanMeta(
      JSON.parse(readPlanFile(id, 'plan.json') ?? 'null'),
      `${id}/plan.json`
    );
    return { id, title: meta.title, municipality: meta.municipality, model: meta.model };
  });
}

/**
 * West, south, east, north of every coordinate in a GeoJSON value (null if it has none). A walk
 * over untyped JSON of its own: server/ may not import geo/ (cli/check-arrows.ts).
 */
function extent(geojson: unknown): [number, number, number, number] | null {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (v: unknown): void => {
    if (!Array.isArray(v)) return;
    if (typeof v[0] === 'number' && typeof v[1] === 'number') {
      box[0] = Math.min(box[0], v[0]);
      box[1] = Math.min(box[1], v[1]);
      box[2] = Math.max(box[2], v[0]);
      box[3] = Math.max(box[3], v[1]);
    } else v.forEach(walk);
  };
  const features = (geojson as { features?: { geometry?: { coordinates?: unknown } }[] })?.features;
  if (Array.isArray(features)) for (const f of features) walk(f?.geometry?.coordinates);
  return Number.isFinite(box[0]) ? box : null;
}

/** The category codes the areas use, sorted. */
function usedCategories(geojson: unknown): string[] {
  const features = (geojson as { features?: { properties?: { category?: unknown } }[] })?.features;
  const codes = new Set<string>();
  if (Array.isArray(features))
    for (const f of features)
      if (typeof f?.properties?.category === 'string') codes.add(f.properties.category);
  return [...codes].sort();
}

/**
 * plan.json as served: with the areas' extent as `bbox` and the category codes they use as
 * `categories` (computed at build time unless the file has them), so the map can be placed and
 * the legend drawn before plan.geojson has been read.
 */
export function servedPlanJson(id: string): string | null {
  const text = readPlanFile(id, 'plan.json');
  if (text === null) return null;
  const meta = JSON.parse(text) as Record<string, unknown>;
  if (Array.isArray(meta.bbox) && Array.isArray(meta.categories)) return text;
  const raw = readPlanFile(id, 'plan.geojson');
  const areas: unknown = raw === null ? null : JSON.parse(raw);
  const bbox = Array.isArray(meta.bbox) ? meta.bbox : extent(areas);
  const categories = Array.isArray(meta.categories) ? meta.categories : usedCategories(areas);
  return JSON.stringify({ ...meta, ...(bbox ? { bbox } : {}), categories }, null, 2) + '\n';
}
