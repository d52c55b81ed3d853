import type { FeatureCollection, Point, Polygon, MultiPolygon } from 'geojson';
import { planRasters } from '../xplan/placed-rasters';
import type { LoadedFeature, LoadedProperties, PlanGeometry, PlanMeta, Plan } from '../plan/types';
import { PlanLoadError, fetchJson } from '../plan/fetch';
import { ATTACHMENT_FILE, PlanDataError, parsePlanMeta } from '../plan/validate';
import { readPlanFeatures } from '../geo/measure';
import { planBounds, type BBox } from '../geo/bounds';

function isFeatureCollection(v: unknown): v is FeatureCollection {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((v as { features?: unknown }).features)
  );
}

/**
 * Loads `data/<id>/` completely on the calling thread (the comparison's second plan, the CLI
 * and tests; the viewer's own plan loads with `loadPlanInfo`): plan.json and plan.geojson are required; the optional layers
 * (boundary, districts, places, Innovationsquartier, a BPlan's lines) are skipped with a warning if missing.
 */
export async function loadPlan(
  baseUrl: string,
  id: string,
  fetchFn: typeof fetch = fetch
): Promise<{ plan: Plan; missing: string[] }> {
  const dir = `${baseUrl}/data/${id}`;
  const [metaJson, planJson] = await Promise.all([
    fetchJson(fetchFn, `${dir}/plan.json`, `${id}/plan.json`),
    fetchJson(fetchFn, `${dir}/plan.geojson`, `${id}/plan.geojson`)
  ]);
  let meta: PlanMeta;
  let features: LoadedFeature[];
  try {
    meta = parsePlanMeta(metaJson, `${id}/plan.json`);
    features = readPlanFeatures(planJson, `${id}/plan.geojson`);
  } catch (e) {
    if (e instanceof PlanDataError)
      throw new PlanLoadError('data', e.source, e.message, 0, e.messageEn);
    throw e;
  }
  const { layers, missing } = await loadLayers(fetchFn, dir, meta);
  return {
    plan: {
      meta,
      features,
      bounds: planBounds(features),
      source: { type: 'FeatureCollection', features },
      ...layers
    },
    missing
  };
}

type Layers = Pick<Plan, 'boundary' | 'districts' | 'places' | 'innovationsquartier' | 'lines'>;

/** The small optional layers of a plan; a missing or unreadable one is named in `missing`. */
async function loadLayers(
  fetchFn: typeof fetch,
  dir: string,
  meta: PlanMeta
): Promise<{ layers: Layers; missing: string[] }> {
  const missing: string[] = [];
  const optional = async (file: string | undefined) => {
    if (!file) return null;
    try {
      const json = await fetchJson(fetchFn, `${dir}/${file}`, file);
      if (isFeatureCollection(json)) return json;
    } catch {
      // reported below as a missing layer; the plan itself is still usable
    }
    missing.push(file);
    return null;
  };
  const files = meta.layers ?? {};
  const [boundary, districts, places, innovationsquartier, lines] = await Promise.all([
    optional(files.boundary),
    optional(files.districts),
    optional(files.places),
    optional(files.innovationsquartier),
    optional(files.lines)
  ]);
  return {
    layers: {
      boundary: boundary as Plan['boundary'],
      districts: districts as Plan['districts'],
      places: places as Plan['places'],
      innovationsquartier: innovationsquartier as Plan['innovationsquartier'],
      lines: lines as Plan['lines']
    },
    missing
  };
}

const isBBox = (v: unknown): v is BBox =>
  Array.isArray(v) &&
  v.length === 4 &&
  v.every((x) => typeof x === 'number' && Number.isFinite(x)) &&
  v[0] <= v[2] &&
  v[1] <= v[3];

/**
 * Loads `data/<id>/` without the areas: plan.json (required, unless it came with the page as
 * `known`; the map can start with it, its `bbox` places the map). The areas (`planUrl`) are read
 * by the plan worker and by MapLibre, in parallel. `layers` fetches the small optional layers
 * when called: the viewer asks for them only once the areas are on their way, because on
 * HTTP/1.1 a browser opens six connections per host and these files would hold them.
 */
export async function loadPlanInfo(
  baseUrl: string,
  id: string,
  fetchFn: typeof fetch = fetch,
  known?: unknown
): Promise<{ plan: Plan; layers: () => Promise<{ layers: Layers; missing: string[] }> }> {
  const dir = `${baseUrl}/data/${id}`;
  const metaJson = known ?? (await fetchJson(fetchFn, `${dir}/plan.json`, `${id}/plan.json`));
  let meta: PlanMeta;
  try {
    meta = parsePlanMeta(metaJson, `${id}/plan.json`);
  } catch (e) {
    if (e instanceof PlanDataError)
      throw new PlanLoadError('data', e.source, e.message, 0, e.messageEn);
    throw e;
  }
  return {
    plan: {
      meta,
      features: [],
      bounds: isBBox(meta.bbox) ? meta.bbox : null,
      source: planUrl(baseUrl, id),
      boundary: null,
      districts: null,
      places: null,
      innovationsquartier: null,
      // Raster plans the importer wrote beside plan.json (raster/<file>, see cli/import.ts).
      rasters: planRasters(meta, (r) =>
        r.file && /^raster\/[\w.-]+$/.test(r.file) ? `${dir}/${r.file}` : null
      ),
      attachments: servedAttachments(meta, dir)
    },
    layers: () => loadLayers(fetchFn, dir, meta)
  };
}

/**
 * The archive documents the importer wrote beside plan.json (`archive.attachments[].file`,
 * anlagen/<name>, see cli/import.ts); anything else in the list is left out.
 */
export function servedAttachments(meta: PlanMeta, dir: string): NonNullable<Plan['attachments']> {
  const listed = (meta.archive as { attachments?: unknown } | undefined)?.attachments;
  if (!Array.isArray(listed)) return [];
  return listed.flatMap((a: unknown) => {
    const { name, bytes, file } = (a ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || typeof file !== 'string') return [];
    const m = /^anlagen\/(.+)$/.exec(file);
    if (!m || !ATTACHMENT_FILE.test(m[1]!)) return [];
    return [{ name, bytes: typeof bytes === 'number' ? bytes : 0, url: `${dir}/${file}` }];
  });
}

/** The absolute URL of a plan's areas (MapLibre's worker cannot resolve relative ones). */
export function planUrl(baseUrl: string, id: string): string {
  const relative = `${baseUrl}/data/${id}/plan.geojson`;
  return typeof document === 'undefined' ? relative : new URL(relative, document.baseURI).href;
}
