import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExpression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { readPlanFeatures } from '../../src/lib/geo/measure';
import { matchesFilter, type PlanFilter } from '../../src/lib/geo/filter';
import { changeKindExpression, planFilterExpression } from '../../src/lib/map/expressions';
import { CATEGORY_CODES } from '../../src/lib/plan/categories';
import { CHANGE_KINDS, changeKind } from '../../src/lib/plan/change';

const figures = JSON.parse(readFileSync('data/dueren-2025/plan.json', 'utf8')).figures as {
  gewerbe_returned_to_farmland_ha: number;
  wohnen_neu: { target_count: number };
};
const features = readPlanFeatures(
  JSON.parse(readFileSync('data/dueren-2025/plan.geojson', 'utf8')),
  'plan.geojson'
);

describe('change kinds (1999 → 2025)', () => {
  it('names the published changes of the Düren plan', () => {
    const kinds = (prev: string, cat: string) =>
      features.filter((f) => f.properties.previous === prev && f.properties.category === cat);
    // The commercial land returned to farmland (published: 54 ha) is a Rücknahme, not "Bestand".
    const returned = kinds('gewerbe', 'landwirtschaft');
    expect(returned.length).toBeGreaterThan(0);
    const returnedHa = returned.reduce((s, f) => s + f.properties.area_m2, 0) / 10_000;
    expect(Math.abs(returnedHa - figures.gewerbe_returned_to_farmland_ha)).toBeLessThan(0.5);
    for (const f of returned)
      expect(changeKind(f.properties.category, f.properties.previous)).toBe('ruecknahme');
    expect(changeKind('wohnen', 'landwirtschaft')).toBe('neu_wohnen');
    expect(changeKind('gewerbe', 'landwirtschaft')).toBe('neu_gewerbe');
    expect(changeKind('industrie', null)).toBe('neu_gewerbe');
    expect(changeKind('sonder', 'verkehr')).toBe('neu_bau_sonstige');
    expect(changeKind('wohnen', 'gemischt')).toBe('umwidmung');
    expect(changeKind('gruen', 'verkehr')).toBe('sonstige');
    expect(changeKind('verkehr', 'wohnen')).toBe('sonstige');
    expect(changeKind('wald', 'wald')).toBe('unveraendert');
    const newHousing = features.filter(
      (f) => changeKind(f.properties.category, f.properties.previous) === 'neu_wohnen'
    );
    expect(newHousing).toHaveLength(figures.wohnen_neu.target_count);
  });

  it('the map expression gives the same kind as changeKind for every pair of categories', () => {
    const expr = createExpression(changeKindExpression, 'layers[0].paint.fill-color');
    if (expr.result !== 'success') throw new Error('expression does not parse');
    for (const category of CATEGORY_CODES)
      for (const previous of [...CATEGORY_CODES, null]) {
        const onMap = expr.value.evaluate({ zoom: 14 }, {
          type: 3,
          properties: { category, previous }
        } as never);
        expect(onMap, `${previous} → ${category}`).toBe(changeKind(category, previous));
      }
  });

  it('filters by change kind on the map exactly as in the Flächenbilanz', () => {
    const all: PlanFilter = {
      categories: new Set(CATEGORY_CODES),
      status: 'alle',
      district: null,
      minArea_m2: 0
    };
    const filters: PlanFilter[] = [
      { ...all, changes: new Set(['ruecknahme']) },
      { ...all, changes: new Set(['neu_wohnen', 'neu_gewerbe', 'umwidmung']) },
      { ...all, changes: new Set(CHANGE_KINDS.filter((k) => k !== 'unveraendert')) },
      { ...all, changes: new Set() }
    ];
    for (const filter of filters) {
      const onMap = featureFilter(planFilterExpression(filter, false), 'filter');
      const mismatches = features.filter(
        (f) =>
          onMap.filter({ zoom: 14 }, { type: 3, properties: f.properties as never }) !==
          matchesFilter(f.properties, filter)
      );
      expect(mismatches.map((f) => f.properties.id)).toEqual([]);
    }
    const returned = features.filter(
      (f) => f.properties.previous === 'gewerbe' && f.properties.category === 'landwirtschaft'
    );
    expect(returned.length).toBeGreaterThan(0);
    expect(features.filter((f) => matchesFilter(f.properties, filters[0]!))).toEqual(returned);
  });
});
