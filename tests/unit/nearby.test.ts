/**
 * "Was ist hier geplant?" (src/lib/geo/nearby.ts) against an independent computation with turf
 * (spherical point-to-polygon distance; intersect of each area with the circle, whose area
 * is then taken on the ellipsoid), on the real
 * Düren plan.
 */
import { readFileSync } from 'node:fs';
import { plainText } from '../../src/lib/plan/plain-language';
import { feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { pointOnFeature } from '@turf/point-on-feature';
import { pointToPolygonDistance } from '@turf/point-to-polygon-distance';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readPlanFeatures } from '../../src/lib/geo/measure';
import { ellipsoidalArea } from '../../src/lib/geo/area';
import { PlanIndex } from '../../src/lib/geo/engine';
import { circleRegion } from '../../src/lib/geo/region';
import { changeKind, changesNear, distanceToGeometry, idsTouching } from '../../src/lib/geo/nearby';
import { formatRadius, parseDecimal } from '../../src/lib/i18n/format';
import { CATEGORIES } from '../../src/lib/plan/categories';

const features = readPlanFeatures(
  JSON.parse(readFileSync('data/dueren-2025/plan.geojson', 'utf8')),
  'plan.geojson'
);
const changed = features.filter((f) => changeKind(f.properties) !== null);
const turfDistance = (lon: number, lat: number, f: Feature<Polygon | MultiPolygon>) =>
  Math.max(0, pointToPolygonDistance([lon, lat], f, { units: 'meters' }));

describe('changeKind', () => {
  it('tells new, given back and other changes apart', () => {
    expect(changeKind({ status: 'neu', previous: 'landwirtschaft', category: 'wohnen' })).toBe(
      'neu'
    );
    expect(changeKind({ status: 'bestand', previous: 'gewerbe', category: 'landwirtschaft' })).toBe(
      'zurueck'
    );
    expect(changeKind({ status: 'bestand', previous: 'gemischt', category: 'wohnen' })).toBe(
      'anders'
    );
    expect(changeKind({ status: 'bestand', previous: 'wohnen', category: 'wohnen' })).toBeNull();
    expect(changeKind({ status: 'bestand', previous: null, category: 'wohnen' })).toBeNull();
  });
});

describe('distanceToGeometry', () => {
  it('agrees with turf within 0.5 % + 1 m, and is 0 inside an area', () => {
    const sample = changed.slice(0, 40);
    for (const f of sample) {
      const [lon, lat] = pointOnFeature(f).geometry.coordinates as [number, number];
      expect(distanceToGeometry(lon, lat, f.geometry)).toBe(0);
      const [ox, oy] = [lon + 0.01, lat + 0.006];
      const ours = distanceToGeometry(ox, oy, f.geometry);
      const ref = turfDistance(ox, oy, f);
      expect(Math.abs(ours - ref)).toBeLessThan(ref * 0.005 + 1);
    }
  });
});

describe('changesNear on the Düren plan', () => {
  const points: [number, number][] = [
    [6.4833, 50.8006],
    [6.455, 50.822],
    [6.52, 50.79],
    [6.46, 50.78]
  ];
  for (const [lon, lat] of points) {
    for (const r of [300, 500, 1000, 2000]) {
      it(`lists the same areas as turf around ${lon},${lat} within ${r} m`, () => {
        const ours = changesNear(features, lon, lat, r);
        const ids = new Set(ours.map((c) => c.id));
        const circle = feature(circleRegion(lon, lat, r));
        for (const f of changed) {
          const d = turfDistance(lon, lat, f);
          // Away from the rim (where a sliver of < 1 m² may or may not count), both agree.
          if (d < r - 3) expect(ids.has(f.properties.id), f.properties.id).toBe(true);
          if (d > r + 3) expect(ids.has(f.properties.id), f.properties.id).toBe(false);
        }
        for (let i = 1; i < ours.length; i++)
          expect(ours[i]!.distance_m).toBeGreaterThanOrEqual(ours[i - 1]!.distance_m);
        for (const c of ours) {
          const f = changed.find((g) => g.properties.id === c.id)!;
          const part = intersect(featureCollection([f, circle]));
          const ref = part ? ellipsoidalArea(part.geometry) : 0;
          // turf clips along straight lon/lat lines, the engine along geodesics: ~0.1 % apart.
          expect(Math.abs(c.area_in_m2 - ref)).toBeLessThan(ref * 0.002 + 1);
          expect(c.area_in_m2).toBeLessThanOrEqual(c.area_m2 * (1 + 1e-9));
        }
      });
    }
  }

  it('finds changes near the city centre at 2 km', () => {
    expect(changesNear(features, 6.4833, 50.8006, 2000).length).toBeGreaterThan(0);
  });
});

describe('plain-language texts', () => {
  it('explain every category in German and English', () => {
    for (const c of CATEGORIES) {
      for (const lang of ['de', 'en'] as const) {
        const p = plainText(c.code, lang);
        for (const v of Object.values(p)) expect(v.length).toBeGreaterThan(2);
        expect(p.notMeant.length).toBeGreaterThan(20);
      }
      const de = plainText(c.code, 'de');
      expect(de.notMeant + de.says).not.toMatch(/FP_|XPlan/);
    }
  });
});

describe('parseDecimal', () => {
  it('reads the German decimal comma and the English point', () => {
    expect(parseDecimal('2,5')).toBe(2.5);
    expect(parseDecimal('2.5')).toBe(2.5);
    expect(parseDecimal(' 1.234,5 ')).toBe(1234.5);
    expect(parseDecimal('1,234.5')).toBe(1234.5);
    expect(parseDecimal('25')).toBe(25);
    expect(parseDecimal(',5')).toBe(0.5);
    expect(parseDecimal('2,5,1')).toBeNull();
    expect(parseDecimal('abc')).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });
});

describe('idsTouching', () => {
  it('finds the areas sharing area with a circle, as the engine does', () => {
    const circle = circleRegion(6.4833, 50.8006, 400);
    const ids = idsTouching(features, circle);
    const index = new PlanIndex(features);
    const ref = new Set(
      index
        .query(circle)
        .filter((h) => h.area_in_m2 >= 1)
        .map((h) => h.id)
    );
    for (const id of ref) expect(ids.has(id), id).toBe(true);
    expect(ids.size - ref.size).toBeLessThanOrEqual(3); // touching slivers under 1 m²
    expect(ids.size).toBeGreaterThan(5);
  });
});
