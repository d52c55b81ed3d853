/**
 * Areas carried in the data (issue 13): every area of the shipped plan stores its ellipsoidal
 * `area_m2`; loading uses it and measures only features without it (and says how many).
 * Reference: GeographicLib (Karney; what PostGIS ST_Area(geography) uses), independent of
 * src/lib/geo/area.ts. The importer's figures (Grasleben) are checked in import-area.test.ts.
 */
import { readFileSync } from 'node:fs';
import type { MultiPolygon, Polygon } from 'geojson';
import { geodesicArea } from './geodesic-reference';
import { describe, expect, it } from 'vitest';
import { ellipsoidalArea } from '../../src/lib/geo/area';
import { planBounds } from '../../src/lib/geo/bounds';
import { readPlanFeaturesCounted, readPlanFeaturesInParts } from '../../src/lib/geo/measure';
import { fetchPlanFeatures } from '../../src/lib/worker/fetch-plan';
import { PlanLoadError } from '../../src/lib/plan/fetch';
import { servedPlanJson } from '../../src/lib/server/catalog';

/** Stored to 0.01 m²: the comparison allows 0.001 % or half that storage step. */
const close = (stored: number, reference: number) =>
  Math.abs(stored - reference) <= Math.max(1e-5 * reference, 0.005);

const text = readFileSync('data/dueren-2025/plan.geojson', 'utf8');
type Raw = {
  features: { properties: Record<string, unknown>; geometry: Polygon | MultiPolygon }[];
};
const fresh = () => JSON.parse(text) as Raw;

describe('stored area_m2 of the shipped plan', () => {
  it('every area has one, equal to GeographicLib on its coordinates to 0.001 %', () => {
    const fc = fresh();
    expect(fc.features.length).toBeGreaterThan(100);
    for (const f of fc.features) {
      const stored = f.properties.area_m2;
      expect(stored, String(f.properties.id)).toBeTypeOf('number');
      const reference = geodesicArea(f.geometry);
      expect(
        close(stored as number, reference),
        `${f.properties.id}: ${stored} vs ${reference}`
      ).toBe(true);
    }
  });
});

describe('loading areas', () => {
  it('uses the stored area as it is and measures nothing', () => {
    const { features, measured } = readPlanFeaturesCounted(fresh(), 'plan.geojson');
    expect(measured).toBe(0);
    const json = fresh();
    features.forEach((f, i) =>
      expect(f.properties.area_m2).toBe(json.features[i]!.properties.area_m2)
    );
  });

  it('loads a file without area_m2, measuring those areas and counting them for the notice', async () => {
    const json = fresh();
    json.features.forEach((f, i) => {
      if (i % 2 === 0) delete f.properties.area_m2;
    });
    const missing = json.features.filter((f) => f.properties.area_m2 === undefined).length;
    const stub: typeof fetch = async () => new Response(JSON.stringify(json), { status: 200 });
    // The plan worker's path: fetch, check, measure.
    const { features, measured } = await fetchPlanFeatures('x', 'p/plan.geojson', stub);
    expect(measured).toBe(missing);
    expect(measured).toBeGreaterThan(0);
    features.forEach((f, i) => {
      const raw = json.features[i]!.properties.area_m2;
      if (typeof raw === 'number') expect(f.properties.area_m2).toBe(raw);
      else {
        expect(f.properties.area_m2).toBeCloseTo(ellipsoidalArea(f.geometry), 6);
        expect(close(f.properties.area_m2, geodesicArea(f.geometry))).toBe(true);
      }
    });
  });

  it('checks the map’s copy on the page in parts: the same features, its geometry taken over', async () => {
    const json = fresh();
    json.features.forEach((f, i) => {
      if (i % 3 === 0) delete f.properties.area_m2;
    });
    const whole = readPlanFeaturesCounted(json, 'plan.geojson').features;
    const parts = await readPlanFeaturesInParts(json, 'plan.geojson', 500);
    expect(parts).toEqual(whole);
    parts.forEach((f, i) => expect(f.geometry).toBe(json.features[i]!.geometry));
    // Feature numbers and duplicate ids are seen across parts.
    const dup = fresh();
    dup.features[700]!.properties.id = dup.features[3]!.properties.id;
    await expect(readPlanFeaturesInParts(dup, 'p.geojson', 500)).rejects.toThrow(/doppelt/);
    const bad = fresh();
    // The last area, in the last part.
    bad.features.at(-1)!.properties.category = 'XX';
    await expect(readPlanFeaturesInParts(bad, 'p.geojson', 500)).rejects.toThrow(/Kategorie/);
    await expect(readPlanFeaturesInParts({ type: 'x' }, 'p.geojson')).rejects.toThrow(
      /keine GeoJSON-FeatureCollection/
    );
  });

  it('fetches in the worker with the same error reasons as the main thread', async () => {
    const stub =
      (body: string, status = 200): typeof fetch =>
      async () =>
        new Response(body, { status, statusText: status === 200 ? 'OK' : 'Not Found' });
    const reason = (p: Promise<unknown>) =>
      p.then(
        () => 'none',
        (e: unknown) => (e instanceof PlanLoadError ? `${e.reason}:${e.status}` : String(e))
      );
    expect(await reason(fetchPlanFeatures('x', 'p', stub('', 404)))).toBe('http:404');
    expect(await reason(fetchPlanFeatures('x', 'p', stub('{"type":')))).toBe('json:0');
    expect(await reason(fetchPlanFeatures('x', 'p', stub('{"type":"Feature"}')))).toBe('data:0');
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await reason(fetchPlanFeatures('x', 'p', offline))).toBe('network:0');
  });

  it('serves plan.json with the extent and categories of the areas (map and legend before they load)', () => {
    const served = JSON.parse(servedPlanJson('dueren-2025')!) as {
      bbox: number[];
      title: string;
      categories: string[];
    };
    const used = [...new Set(fresh().features.map((f) => String(f.properties.category)))].sort();
    expect(served.categories).toEqual(used);
    const { features } = readPlanFeaturesCounted(fresh(), 'plan.geojson');
    expect(served.bbox).toEqual(planBounds(features));
    expect(served.title).toBe(JSON.parse(readFileSync('data/dueren-2025/plan.json', 'utf8')).title);
  });
});
