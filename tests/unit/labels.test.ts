import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { labelPoints } from '../../src/lib/geo/labels';

const districts: FeatureCollection<Polygon | MultiPolygon, { name: string }> = JSON.parse(
  readFileSync('data/dueren-2025/districts.geojson', 'utf8')
);

describe('district labels', () => {
  it('places one label per district, inside it, also for districts of several parts', () => {
    const points = labelPoints(districts);
    expect(points.features).toHaveLength(districts.features.length);
    expect(districts.features.some((f) => f.geometry.type === 'MultiPolygon')).toBe(true);
    points.features.forEach((p, i) => {
      const district = districts.features[i]!;
      expect(p.properties).toEqual(district.properties);
      expect(booleanPointInPolygon(p.geometry, district), p.properties.name).toBe(true);
    });
  });
});
