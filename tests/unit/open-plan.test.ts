import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPlanCompact } from '../../src/lib/xplan';
import { openedPlan } from '../../src/lib/worker/open-plan';
import { syntheticPlan } from '../../src/lib/geo/synthetic';
import { ellipsoidalArea } from '../../src/lib/geo/area';
import { readPlanFeatures } from '../../src/lib/geo/measure';

/** A plan of `n` parcels as GeoJSON text without stored areas, as GIS tools write it. */
function planText(n: number): string {
  const features = syntheticPlan({ n, seed: 5, parcels: true, computeArea: false }).map((f) => {
    const { area_m2: _area, ...properties } = f.properties;
    void _area;
    return { type: 'Feature', properties, geometry: f.geometry };
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}

const decode = async (blob: Blob) => JSON.parse(await blob.text()) as unknown;

describe('openedPlan (a plan opened from disk, made ready in the worker)', () => {
  const n = 2500;
  const text = planText(n);
  const imported = importPlanCompact(text, 'parzellen.geojson', undefined, { skipTopology: true });
  const fractions: number[] = [];
  const { features, geojson } = openedPlan(imported, 'parzellen.geojson', (f) => fractions.push(f));

  it('keeps every area in file order with a numeric map id and its ellipsoidal area', () => {
    const source = (
      JSON.parse(text) as {
        features: { properties: { id: string }; geometry: import('geojson').Polygon }[];
      }
    ).features;
    expect(features.map((f) => f.properties.id)).toEqual(source.map((f) => f.properties.id));
    expect(features.map((f) => f.id)).toEqual(features.map((_, i) => i));
    // From the file's full-precision coordinates (the map's copy is rounded to 7 places).
    features
      .slice(0, 50)
      .forEach((f, i) =>
        expect(f.properties.area_m2).toBeCloseTo(ellipsoidalArea(source[i]!.geometry), 1)
      );
  });

  it('encodes the same plan as GeoJSON for the map, which passes the viewer’s own check', async () => {
    expect(geojson.type).toBe('application/geo+json');
    const json = (await decode(geojson)) as { features: { id: number }[] };
    expect(json.features.length).toBe(n);
    // The worker reloads this file after a restart: it reads back as the same features.
    const again = readPlanFeatures(json, 'parzellen.geojson');
    expect(again.map((f) => f.properties)).toEqual(features.map((f) => f.properties));
    expect(json.features.map((f) => f.id)).toEqual(features.map((f) => f.id));
    expect(again[7]!.geometry).toEqual(features[7]!.geometry);
  });

  it('reports progress per part of 1,000, ending at 1', () => {
    expect(fractions).toEqual([0.4, 0.8, 1]);
  });
});

describe('openedPlan of a Bebauungsplan', () => {
  it('gives MapLibre each area’s Nutzungsschablone as label text, the page’s copy stays without it', async () => {
    const gml = readFileSync(
      join(process.cwd(), 'tests', 'fixtures', 'xplan', 'bplan-5.4-nutzungsschablone.gml')
    );
    const imported = importPlanCompact(new Uint8Array(gml), 'bplan.gml');
    const { features, geojson } = openedPlan(imported, 'bplan.gml');
    const map = (await decode(geojson)) as {
      features: { properties: { category: string; schablone?: string; bau?: unknown } }[];
    };
    const wa = map.features.find((f) => f.properties.category === 'wa');
    expect(wa?.properties.schablone).toMatch(/^WA \| II \/ 0,4 \| 0,8 \/ o/);
    // Areas without Maß der baulichen Nutzung get no label.
    for (const f of map.features)
      expect('schablone' in f.properties).toBe(f.properties.bau !== undefined);
    expect(features.some((f) => 'schablone' in f.properties)).toBe(false);
  });
});
