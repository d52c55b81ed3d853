import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { labelPoints } from '../../src/lib/geo/labels';

const districts: FeatureCollection<Polygon | MultiPolygon, { name: string }> = JSON.parse(
  readFileSync('data/dueren-2025/districts.geojson', 'utf8')
);

// The shipped districts are single polygons; a district of two separate parts (two shipped
// districts that do not touch, as one MultiPolygon) checks the multi-part case on real shapes.
const polys = districts.features.flatMap((f) =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
);
const split: FeatureCollection<Polygon | MultiPolygon, { name: string }> = {
  type: 'FeatureCollection',
  features: [
    ...districts.features,
    {
      type: 'Feature',
      properties: { name: 'Zwei Teile' },
      geometry: { type: 'MultiPolygon', coordinates: [polys[0]!, polys[polys.length - 1]!] }
    }
  ]
};

describe('district labels', () => {
  it('places one label per district, inside it, also for districts of several parts', () => {
    const points = labelPoints(split);
    expect(points.features).toHaveLength(split.features.length);
    expect(split.features.some((f) => f.geometry.type === 'MultiPolygon')).toBe(true);
    points.features.forEach((p, i) => {
      const district = split.features[i]!;
      expect(p.properties).toEqual(district.properties);
      expect(booleanPointInPolygon(p.geometry, district), p.properties.name).toBe(true);
    });
  });
});
