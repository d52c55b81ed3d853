import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointOnFeature } from '@turf/point-on-feature';
import { describe, expect, it } from 'vitest';
import { PlanIndex, fullFilter } from '../../src/lib/geo/engine';
import { ellipsoidalArea } from '../../src/lib/geo/area';
import { readPlanFeatures } from '../../src/lib/geo/measure';
import { CATEGORY_CODES } from '../../src/lib/plan/categories';

const read = (file: string) => JSON.parse(readFileSync(`data/dueren-2025/${file}`, 'utf8'));
const features = readPlanFeatures(read('plan.geojson'), 'plan.geojson');
const iq = read('innovationsquartier.geojson').features[0].geometry;
const index = new PlanIndex(features);

describe('Flächenbilanz of the shipped Düren plan', () => {
  it('sums, per category, exactly the areas computed at load', () => {
    const balance = index.balance(null, fullFilter());
    for (const code of CATEGORY_CODES) {
      const own = features.filter((f) => f.properties.category === code);
      const row = balance.categories.find((r) => r.category === code);
      const sum = own.reduce((s, f) => s + f.properties.area_m2, 0);
      expect(row?.area_m2 ?? 0).toBeCloseTo(sum, 6);
      expect(row?.count ?? 0).toBe(own.length);
    }
    const shares = balance.categories.reduce((s, r) => s + r.share, 0);
    expect(shares).toBeCloseTo(1, 12);
  });

  it('gives the Innovationsquartier its own area, counting only the plots inside it', () => {
    const balance = index.balance(iq, fullFilter());
    const inside = index.query(iq).filter((h) => h.area_in_m2 >= 1);
    // The plan features tiling the IQ: those with an interior point inside it (independent of
    // the engine's clipping).
    const tiling = features.filter((f) => booleanPointInPolygon(pointOnFeature(f.geometry), iq));
    expect(tiling.length).toBeGreaterThan(1);
    expect(inside.map((h) => h.id).sort()).toEqual(tiling.map((f) => f.properties.id).sort());
    expect(Math.abs(balance.total.area_m2 / ellipsoidalArea(iq) - 1)).toBeLessThan(1e-5);
    // Neighbours along the boundary touch it only with rounding slivers (< 1 m²): not counted.
    expect(balance.total.count).toBe(inside.length);
    expect(balance.categories.filter((r) => r.count === 0).every((r) => r.area_m2 < 10)).toBe(true);
  });

  it('follows the status filter: only the areas designated new in 2025', () => {
    const neu = index.balance(null, { ...fullFilter(), status: 'neu' });
    const expected = features.filter((f) => f.properties.status === 'neu');
    expect(neu.total.count).toBe(expected.length);
    expect(neu.total.area_m2).toBeCloseTo(
      expected.reduce((s, f) => s + f.properties.area_m2, 0),
      6
    );
  });
});
