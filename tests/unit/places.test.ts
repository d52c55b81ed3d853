import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeKind, placeKindsIn } from '../../src/lib/plan/places';
import { de } from '../../src/lib/i18n/parts/nearby';
import { en } from '../../src/lib/i18n/parts/nearby.en';

const places = JSON.parse(readFileSync('data/dueren-2025/places.geojson', 'utf8')) as {
  features: { properties: { kind?: unknown } }[];
};

describe('place kinds (one legend entry per kind of circle on the map)', () => {
  it('knows every kind in the shipped places file', () => {
    const kinds = placeKindsIn(places.features);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds).not.toContain('ort');
    for (const f of places.features) expect(kinds).toContain(placeKind(f.properties.kind));
  });

  it('names every kind in German and English', () => {
    for (const kind of placeKindsIn([
      ...places.features,
      { properties: { kind: 'ufo' } },
      { properties: { kind: 'gebaeude' } }
    ])) {
      expect(de[`places.kind.${kind}`]).toMatch(/\S/);
      expect(en[`places.kind.${kind}`]).toMatch(/\S/);
    }
  });

  it('reads unknown kinds as a plain place and the old "gebaeude" as a facility', () => {
    expect(placeKind('ufo')).toBe('ort');
    expect(placeKind(undefined)).toBe('ort');
    expect(placeKind('gebaeude')).toBe('einrichtung');
    expect(placeKindsIn([{ properties: null }])).toEqual(['ort']);
  });
});
