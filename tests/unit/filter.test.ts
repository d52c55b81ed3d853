import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { areasBySize, matchesFilter, type PlanFilter } from '../../src/lib/geo/filter';
import { readPlanFeatures } from '../../src/lib/geo/measure';
import { planFilterExpression } from '../../src/lib/map/expressions';
import { CATEGORY_CODES } from '../../src/lib/plan/categories';

const features = readPlanFeatures(
  JSON.parse(readFileSync('data/dueren-2025/plan.geojson', 'utf8')),
  'plan.geojson'
);

const all: PlanFilter = {
  categories: new Set(CATEGORY_CODES),
  status: 'alle',
  district: null,
  minArea_m2: 0
};
const filters: PlanFilter[] = [
  all,
  { ...all, status: 'neu' },
  { ...all, status: 'bestand', minArea_m2: 20_000 },
  { ...all, categories: new Set(['gewerbe', 'industrie']), district: 'Birkesdorf' },
  { ...all, categories: new Set() }
];

describe('plan filter', () => {
  it('selects on the map exactly the areas the Flächenbilanz counts (style expression = predicate)', () => {
    for (const filter of filters) {
      const onMap = featureFilter(planFilterExpression(filter, false), 'filter');
      const mismatches = features.filter(
        (f) =>
          onMap.filter({ zoom: 14 }, { type: 3, properties: f.properties as never }) !==
          matchesFilter(f.properties, filter)
      );
      expect(mismatches.map((f) => f.properties.id)).toEqual([]);
    }
    expect(features.filter((f) => matchesFilter(f.properties, filters[1]!)).length).toBeGreaterThan(
      30
    );
  });

  it('hides overlays from the map and the lists when switched off, in both twins alike', () => {
    const overlay = { ...features[0]!, properties: { ...features[0]!.properties, overlay: true } };
    const base = features[1]!;
    for (const shown of [true, false]) {
      const filter = { ...all, overlays: shown };
      expect(matchesFilter(overlay.properties, filter)).toBe(shown);
      expect(matchesFilter(base.properties, filter)).toBe(true);
      const onOverlayLayer = featureFilter(planFilterExpression(filter, true), 'filter');
      const onBaseLayer = featureFilter(planFilterExpression(filter, false), 'filter');
      const evaluate = (f: typeof base, layer: typeof onBaseLayer) =>
        layer.filter({ zoom: 14 }, { type: 3, properties: f.properties as never });
      expect(evaluate(overlay, onOverlayLayer)).toBe(shown);
      expect(evaluate(overlay, onBaseLayer)).toBe(false);
      expect(evaluate(base, onBaseLayer)).toBe(true);
      expect(evaluate(base, onOverlayLayer)).toBe(false);
    }
  });

  it('lists areas largest first, limited to a box when asked', () => {
    const list = areasBySize(features, all, null);
    expect(list).toHaveLength(features.length);
    for (let i = 1; i < list.length; i++) {
      expect(list[i - 1]!.properties.area_m2).toBeGreaterThanOrEqual(list[i]!.properties.area_m2);
    }
    const rossfeld = areasBySize(features, all, null, '  im ROSSFELD ');
    expect(rossfeld.map((f) => f.properties.name)).toEqual(['Im Rossfeld']);
    const centre = areasBySize(features, all, [6.47, 50.795, 6.49, 50.805]);
    expect(centre.length).toBeGreaterThan(10);
    expect(centre.length).toBeLessThan(features.length / 4);
  });
});
