import type { FeatureCollection, Point, Polygon, MultiPolygon } from 'geojson';
import type { LoadedFeature, PlanMeta } from '../plan/types';
import { PlanDataError, parsePlanMeta } from '../plan/validate';
import { readPlanFeatures } from '../geo/measure';

/** A loaded plan: the one set of features every view is computed from. */
export interface Plan {
  meta: PlanMeta;
  features: LoadedFeature[];
  boundary: FeatureCollection<Polygon | MultiPolygon> | null;
  districts: FeatureCollection<Polygon | MultiPolygon, { name: string }> | null;
  places: FeatureCollection<Point, { name: string; kind?: string }> | null;
  innovationsquartier: FeatureCollection<Polygon | MultiPolygon, { name: string }> | null;
}

/** Why a file could not be loaded, for a translated message. */
export class PlanLoadError extends Error {
  constructor(
    readonly reason: 'http' | 'network' | 'json' | 'data',
    readonly file: string,
    detail: string,
    readonly status = 0
  ) {
    super(detail);
    this.name = 'PlanLoadError';
  }
}

async function fetchJson(fetchFn: typeof fetch, url: string, file: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (e) {
    throw new PlanLoadError('network', file, String(e));
  }
  if (!response.ok) throw new PlanLoadError('http', file, response.statusText, response.status);
  try {
    return await response.json();
  } catch (e) {
    throw new PlanLoadError('json', file, String(e));
  }
}

function isFeatureCollection(v: unknown): v is FeatureCollection {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((v as { features?: unknown }).features)
  );
}

/**
 * Loads `data/<id>/`: plan.json and plan.geojson are required; the optional layers
 * (boundary, districts, places, Innovationsquartier) are skipped with a warning if missing.
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
    if (e instanceof PlanDataError) throw new PlanLoadError('data', e.source, e.message);
    throw e;
  }
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
  const layers = meta.layers ?? {};
  const [boundary, districts, places, innovationsquartier] = await Promise.all([
    optional(layers.boundary),
    optional(layers.districts),
    optional(layers.places),
    optional(layers.innovationsquartier)
  ]);
  return {
    plan: {
      meta,
      features,
      boundary: boundary as Plan['boundary'],
      districts: districts as Plan['districts'],
      places: places as Plan['places'],
      innovationsquartier: innovationsquartier as Plan['innovationsquartier']
    },
    missing
  };
}
