import { describe, expect, it } from 'vitest';
import { syntheticPlan } from '../../src/lib/geo/synthetic';
import { planBounds } from '../../src/lib/geo/bounds';
import { PlanIndex } from '../../src/lib/geo/engine';
import { pointInGeometry } from '../../src/lib/geo/point-in';
import { labelPoints } from '../../src/lib/geo/labels';
import {
  FEATURE_WEIGHT,
  MAX_OVERVIEW_PX,
  areaAt,
  mercatorX,
  mercatorY,
  overviewLayout,
  overviewPixel
} from '../../src/lib/geo/overview';
import { withOverview } from '../../src/lib/map/overview';
import type { LoadedFeature } from '../../src/lib/plan/types';
import type { StyleSpecification } from 'maplibre-gl';

const parcels = (n: number, seed = 5) =>
  syntheticPlan({ n, seed, parcels: true, side_m: 9220 * Math.sqrt(n / 2000) });

/** Each feature's weight and the tile it falls in at zoom z, counted independently. */
function maxTileWeight(features: LoadedFeature[], z: number): number {
  const tiles = 2 ** z;
  const load = new Map<string, number>();
  for (const f of features) {
    const b = planBounds([f])!;
    const key = `${Math.floor(mercatorX((b[0] + b[2]) / 2) * tiles)}/${Math.floor(mercatorY((b[1] + b[3]) / 2) * tiles)}`;
    const g = f.geometry;
    const vertices = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
      .flat()
      .reduce((s, r) => s + r.length, 0);
    load.set(key, (load.get(key) ?? 0) + vertices + FEATURE_WEIGHT);
  }
  return Math.max(...load.values());
}

describe('overview of very large plans', () => {
  it('is not made for a plan every tile can hold', () => {
    const plan = parcels(300);
    expect(overviewLayout(plan, planBounds(plan))).toBeNull();
  });

  it('starts the areas at the lowest zoom whose tiles stay under the limit', () => {
    const plan = parcels(4000);
    const limit = 6000;
    const layout = overviewLayout(plan, planBounds(plan), limit)!;
    expect(layout).not.toBeNull();
    expect(maxTileWeight(plan, layout.minzoom)).toBeLessThanOrEqual(limit);
    expect(maxTileWeight(plan, layout.minzoom - 1)).toBeGreaterThan(limit);
    expect(Math.max(layout.width, layout.height)).toBeLessThanOrEqual(MAX_OVERVIEW_PX);
    // The image spans the plan: its corners are the plan's bounds.
    const [w, s, e, n] = layout.bounds;
    expect(overviewPixel(layout, w, n)).toEqual([0, 0]);
    const [x, y] = overviewPixel(layout, e, s);
    expect(x).toBeCloseTo(layout.width, 6);
    expect(y).toBeCloseTo(layout.height, 6);
  });

  it('names the area at a point, and none outside the plan', () => {
    const plan = parcels(2000);
    const index = new PlanIndex(plan);
    for (const f of plan.filter((_, i) => i % 97 === 0)) {
      const [lon, lat] = labelPoints({ type: 'FeatureCollection', features: [f] }).features[0]!
        .geometry.coordinates as [number, number];
      const inside = plan.filter((g) => pointInGeometry(lon, lat, g.geometry));
      expect(inside.map((g) => g.properties.id)).toContain(areaAt(index, lon, lat));
    }
    const [w, s] = planBounds(plan)!;
    expect(areaAt(index, w - 0.05, s - 0.05)).toBeNull();
  });

  it('puts the image below the plan fill and the plan layers from the threshold on', () => {
    const style: StyleSpecification = {
      version: 8,
      sources: { plan: { type: 'geojson', data: 'x' }, other: { type: 'geojson', data: 'y' } },
      layers: [
        { id: 'background', type: 'background' },
        { id: 'plan-fill', type: 'fill', source: 'plan' },
        { id: 'plan-outline', type: 'line', source: 'plan' },
        { id: 'region-line', type: 'line', source: 'other' }
      ]
    };
    const overview = { url: 'blob:http://h/x', bounds: [6, 50, 7, 51], minzoom: 12 } as const;
    expect(withOverview(style, { overview: null, source: 'blob:p' }, 0.85)).toBe(style);
    // A plan with its features inline (comparison mode's earlier plan) keeps its own source.
    const inline = { type: 'FeatureCollection', features: [] };
    expect(
      withOverview(
        style,
        { overview: { ...overview, bounds: [6, 50, 7, 51] }, source: inline },
        0.85
      )
    ).toBe(style);
    const out = withOverview(
      style,
      { overview: { ...overview, bounds: [6, 50, 7, 51] }, source: 'blob:p' },
      0.5
    );
    expect(out.layers.map((l) => l.id)).toEqual([
      'background',
      'plan-overview',
      'plan-fill',
      'plan-outline',
      'region-line'
    ]);
    expect(out.layers.find((l) => l.id === 'plan-overview')).toMatchObject({
      maxzoom: 12,
      paint: { 'raster-opacity': 0.5 }
    });
    expect(out.layers.filter((l) => l.minzoom === 12).map((l) => l.id)).toEqual([
      'plan-fill',
      'plan-outline'
    ]);
    // The areas come as vector tiles from the plan worker, not as GeoJSON by URL.
    expect(out.sources['plan']).toMatchObject({ type: 'vector', promoteId: 'id', maxzoom: 16 });
    expect((out.sources['plan'] as { tiles: string[] }).tiles[0]).toMatch(
      /^fnp-plan:\/\/x\/\{z\}\/\{x\}\/\{y\}$/
    );
    expect(
      out.layers.filter((l) => 'source-layer' in l && l['source-layer'] === 'plan').length
    ).toBe(2);
    expect(out.sources['plan-overview']).toMatchObject({
      type: 'image',
      coordinates: [
        [6, 51],
        [7, 51],
        [7, 50],
        [6, 50]
      ]
    });
  });
});
