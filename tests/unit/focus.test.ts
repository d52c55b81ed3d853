import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { focusBounds, focusTarget, type FocusSources } from '../../src/lib/geo/focus';
import { readPlanFeatures } from '../../src/lib/geo/measure';
import { geometryBounds, type BBox } from '../../src/lib/geo/bounds';

const dir = 'data/dueren-2025';
const json = (file: string) => JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
const sources: FocusSources = {
  features: readPlanFeatures(json('plan.geojson'), 'plan.geojson'),
  districts: json('districts.geojson'),
  innovationsquartier: json('innovationsquartier.geojson')
};
const districts = [...new Set(sources.features.map((f) => f.properties.district))].filter(
  (d): d is string => d !== null
);

const contains = (outer: BBox, inner: BBox) =>
  outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];

describe('focusBounds', () => {
  it('holds every plan area of the district and its outline, for every district', () => {
    expect(districts.length).toBeGreaterThan(1);
    for (const name of districts) {
      const box = focusBounds(sources, { kind: 'district', name })!;
      for (const f of sources.features.filter((f) => f.properties.district === name))
        expect(contains(box, geometryBounds(f.geometry))).toBe(true);
      for (const d of sources.districts!.features.filter((d) => d.properties.name === name))
        expect(contains(box, geometryBounds(d.geometry))).toBe(true);
    }
  });

  it('is exactly the Innovationsquartier outline for the IQ', () => {
    const iq = sources.innovationsquartier!.features[0]!;
    expect(focusBounds(sources, { kind: 'iq' })).toEqual(geometryBounds(iq.geometry));
  });

  it('is null for a district or IQ the plan does not have', () => {
    expect(focusBounds(sources, { kind: 'district', name: 'Atlantis' })).toBeNull();
    expect(focusBounds({ ...sources, innovationsquartier: null }, { kind: 'iq' })).toBeNull();
  });
});

describe('focusTarget', () => {
  it('prefers the district filter, then the IQ scope, else the whole plan', () => {
    expect(focusTarget('Birkesdorf', 'iq')).toEqual({ kind: 'district', name: 'Birkesdorf' });
    expect(focusTarget(null, 'iq')).toEqual({ kind: 'iq' });
    expect(focusTarget(null, 'stadt')).toBeNull();
    expect(focusTarget(null, 'ansicht')).toBeNull();
  });
});
