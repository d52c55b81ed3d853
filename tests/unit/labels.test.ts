import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { labelPoints } from '../../src/lib/geo/labels';

const districts = JSON.parse(readFileSync('data/dueren-2025/districts.geojson', 'utf8'));

describe('district labels', () => {
  it('places one label per district, inside it, also for districts of several parts', () => {
    const points = labelPoints(districts);
    expect(points.features).toHaveLength(districts.features.length);
    expect(
      districts.features.some(
        (f: { geometry: { type: string } }) => f.geometry.type === 'MultiPolygon'
      )
    ).toBe(true);
    points.features.forEach((p, i) => {
      expect(p.properties).toEqual(districts.features[i].properties);
      expect(booleanPointInPolygon(p.geometry, districts.features[i]), p.properties.name).toBe(
        true
      );
    });
  });
});
