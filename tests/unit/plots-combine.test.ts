import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import type { PlotFeature, PlotStatus } from '../../src/lib/plan/plots';
import {
  availableCombinations,
  combinationById,
  combinePlots,
  plotNeighbours,
  sharedBoundary
} from '../../src/lib/geo/plots-combine';
import { ellipsoidalArea } from '../../src/lib/geo/area';

// A row of plots 100 m deep along a road at about 50.84 N; x0/x1 in metres east of 6.45 E.
const M_LON = 1 / (111_320 * Math.cos((50.84 * Math.PI) / 180));
const M_LAT = 1 / 110_574;
const box = (x0: number, x1: number, y0 = 0, y1 = 100): Polygon => {
  const p = (x: number, y: number) => [6.45 + x * M_LON, 50.84 + y * M_LAT];
  return {
    type: 'Polygon',
    coordinates: [[p(x0, y0), p(x1, y0), p(x1, y1), p(x0, y1), p(x0, y0)]]
  };
};
const plot = (
  id: string,
  g: Polygon,
  status: PlotStatus = 'verfügbar',
  extra: Partial<PlotFeature['properties']> = {}
): PlotFeature => ({
  type: 'Feature',
  geometry: g,
  properties: {
    id,
    estate: 'Test',
    area_m2: Math.round(ellipsoidalArea(g)),
    zoning: 'GE',
    status,
    availableFrom: '2027-01-01',
    contact: { name: 'Wirtschaftsförderung' },
    asOf: '2026-10-01',
    access: {
      a4: { name: 'AS', distance_m: 1000 + Number(id.slice(-1)) * 100, lon: 6.45, lat: 50.85 }
    },
    priceIndication_eur_m2: id === 'P1' ? 50 : 70,
    utilities: { strom: true, gas: id === 'P2' },
    restrictions: id === 'P1' ? ['laerm'] : [],
    ...extra
  }
});

describe('neighbours', () => {
  it('measures the shared boundary; a road between plots is no boundary', () => {
    expect(sharedBoundary(box(0, 100), box(100, 250))).toBeCloseTo(100, 0);
    expect(sharedBoundary(box(0, 100), box(100, 250, 50, 150))).toBeCloseTo(50, 0);
    expect(sharedBoundary(box(0, 100), box(0, 100, 116, 216))).toBe(0);
    expect(sharedBoundary(box(0, 100), box(100, 200, 99.99, 200))).toBeLessThan(1);
  });

  it('links plots of one estate and zoning that share ≥ 10 m', () => {
    const plots = [
      plot('P1', box(0, 100)),
      plot('P2', box(100, 200)),
      plot('P3', box(200, 300)),
      plot('P4', box(0, 100, 116, 216)),
      plot('P5', box(300, 400), 'verfügbar', { zoning: 'GI' }),
      plot('P6', box(-100, 0), 'verfügbar', { estate: 'Anderes' })
    ];
    const nb = plotNeighbours(plots);
    expect(nb.get('P1')).toEqual(['P2']);
    expect(nb.get('P2')).toEqual(['P1', 'P3']);
    expect(nb.get('P4')).toEqual([]);
    expect(nb.get('P5')).toEqual([]);
    expect(nb.get('P6')).toEqual([]);
  });
});

describe('zusammenhängend verfügbar', () => {
  const row = [
    plot('P1', box(0, 100)), // 1 ha each
    plot('P2', box(100, 200)),
    plot('P3', box(200, 300)),
    plot('P4', box(300, 400), 'reserviert'),
    plot('P5', box(400, 500)),
    plot('P6', box(500, 600))
  ];
  const nb = plotNeighbours(row);

  it('one combination: summed size, one outline, nearest access, merged attributes', () => {
    const c = combinePlots([row[1]!, row[0]!]);
    const p = c.properties;
    expect(p.id).toBe('P1+P2');
    expect(p.members).toEqual(['P1', 'P2']);
    expect(p.area_m2).toBe(row[0]!.properties.area_m2 + row[1]!.properties.area_m2);
    expect(c.geometry.type).toBe('Polygon');
    expect((c.geometry as Polygon).coordinates).toHaveLength(1);
    expect(ellipsoidalArea(c.geometry)).toBeCloseTo(p.area_m2, -1);
    expect(p.access.a4!.distance_m).toBe(1100);
    expect(p.priceIndication_eur_m2).toBe(60);
    expect(p.utilities).toEqual({ glasfaser: false, strom: true, gas: true, fernwaerme: false });
    expect(p.restrictions).toEqual(['laerm']);
    expect(
      combinationById('P2+P1', new Map(row.map((r) => [r.properties.id, r])))?.properties.id
    ).toBe('P1+P2');
    expect(combinationById('P1+PX', new Map(row.map((r) => [r.properties.id, r])))).toBeNull();
  });

  it('without a size range: each connected group of available plots, reserved ones break it', () => {
    const ids = availableCombinations(row, nb, null, null).map((c) => c.properties.id);
    expect(ids).toEqual(['P1+P2+P3', 'P5+P6']);
  });

  it('with "2–2,5 ha" the 3 ha group is split into a set that fits; size filter matches', () => {
    const combos = availableCombinations(row, nb, 20_000, 25_000);
    expect(combos.map((c) => c.properties.id)).toEqual(['P1+P2', 'P5+P6']);
    for (const c of combos) {
      expect(c.properties.area_m2).toBeGreaterThanOrEqual(20_000);
      expect(c.properties.area_m2).toBeLessThanOrEqual(25_000);
    }
    // 3–5 ha: the whole first group; the second is too small
    expect(availableCombinations(row, nb, 30_000, 50_000).map((c) => c.properties.id)).toEqual([
      'P1+P2+P3'
    ]);
  });
});
