import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/lib/geo/prng';
import { Geodesic } from 'geographiclib-geodesic';
import { featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { PlotFeature } from '../../src/lib/plan/plots';
import { parsePlots } from '../../src/lib/plan/plots-read';
import { parsePlanCollection } from '../../src/lib/plan/validate';
import { PlanDataError } from '../../src/lib/plan/validate';
import { ellipsoidalArea } from '../../src/lib/geo/area';
import {
  geodesicDistance,
  interiorPoint,
  plotCentre,
  pointInGeometry
} from '../../src/lib/geo/access';
import { filterPlots, parseLocaleNumber, sortPlots } from '../../src/lib/geo/plots-filter';
import { ZONINGS_BY_CATEGORY } from '../../src/lib/plan/plots';
import { defaultPlotsChoice } from '../../src/lib/state/plots-url';
import { scoutCandidates } from './scout';
import { plotsCsv, PLOTS_CSV_HEADER } from '../../src/lib/features/plots/export';
const CSV_CTX = {
  link: (id: string) => `https://example.org/#mode=plots&plot=${id}`,
  fnp: () => 'Gewerbliche Baufläche (G)',
  restriction: (c: string) => c,
  utility: (c: string) => c
};
import { csvRecords } from '../../src/lib/csv';

const dir = 'data/dueren-2025';
const json = (f: string) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
const plots = parsePlots(json('plots.geojson'));
const plan = parsePlanCollection(json('plan.geojson'), 'plan.geojson');
const iq = json('innovationsquartier.geojson').features[0].geometry;

const validPlot = () => JSON.parse(JSON.stringify(plots[0])) as Record<string, any>;

describe('plots schema', () => {
  it('accepts the shipped file and keeps its attributes', () => {
    expect(plots.length).toBeGreaterThan(50);
    for (const p of plots) {
      expect(p.properties.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.properties.contact.name).toContain('Wirtschaftsförderung');
    }
  });

  it.each([
    ['id', (f: any) => delete f.properties.id],
    ['zoning', (f: any) => (f.properties.zoning = 'XY')],
    ['status', (f: any) => (f.properties.status = 'verkauft')],
    ['availableFrom', (f: any) => (f.properties.availableFrom = '2026-02-30')],
    ['asOf', (f: any) => delete f.properties.asOf],
    ['area_m2', (f: any) => (f.properties.area_m2 = -5)],
    ['contact', (f: any) => (f.properties.contact = { name: '' })],
    ['limits', (f: any) => (f.properties.limits = { grz: 3 })],
    ['access.a4', (f: any) => (f.properties.access.a4.distance_m = 'weit')]
  ])('rejects a bad %s with a German message naming the field', (field, spoil) => {
    const f = validPlot();
    spoil(f);
    const run = () => parsePlots({ type: 'FeatureCollection', features: [f] });
    expect(run).toThrow(PlanDataError);
    expect(run).toThrow(`„${field}“`);
  });

  it('rejects bad geometry, duplicate ids and a non-collection; drops unknown keys', () => {
    const f = validPlot();
    expect(() => parsePlots({ type: 'FeatureCollection', features: [f, f] })).toThrow(/doppelt/);
    const g = validPlot();
    g.geometry = { type: 'Point', coordinates: [6.4, 50.8] };
    expect(() => parsePlots({ type: 'FeatureCollection', features: [g] })).toThrow(/Geometrie/);
    expect(() => parsePlots([])).toThrow(/FeatureCollection/);
    const h = validPlot();
    h.properties.onclick = '<script>';
    expect(
      parsePlots({ type: 'FeatureCollection', features: [h] })[0]!.properties
    ).not.toHaveProperty('onclick');
  });
});

describe('plots model', () => {
  const hostOf = (p: PlotFeature) => {
    const [lon, lat] = interiorPoint(p.geometry);
    expect(pointInGeometry(lon, lat, p.geometry), p.properties.id).toBe(true);
    return plan.find((f) => !f.properties.overlay && pointInGeometry(lon, lat, f.geometry));
  };

  it('every plot lies wholly in one plan area whose FNP category allows its zoning', () => {
    for (const p of plots) {
      const host = hostOf(p);
      expect(host, p.properties.id).toBeDefined();
      expect(ZONINGS_BY_CATEGORY[host!.properties.category] ?? [], p.properties.id).toContain(
        p.properties.zoning
      );
      const area = ellipsoidalArea(p.geometry);
      const cut = intersect(
        featureCollection([
          { type: 'Feature', geometry: host!.geometry, properties: {} },
          { type: 'Feature', geometry: p.geometry, properties: {} }
        ])
      );
      // the whole plot (to rounding of the stored coordinates) is inside that one area
      expect(cut ? ellipsoidalArea(cut.geometry) : 0, p.properties.id).toBeGreaterThan(
        area * 0.995
      );
      expect(Math.abs(area - p.properties.area_m2), p.properties.id).toBeLessThan(1);
    }
  });

  it('IQ plots only in M, G or S areas (none in Grünfläche or Gemeinbedarf)', () => {
    const iqPlots = plots.filter((p) => p.properties.estate.startsWith('Innovationsquartier'));
    expect(iqPlots.length).toBeGreaterThan(5);
    for (const p of iqPlots)
      expect(['gemischt', 'gewerbe', 'sonder'], p.properties.id).toContain(
        hostOf(p)!.properties.category
      );
  });

  it('new estates offer several large divisible lots of 2–10 ha; existing ones a few Baulücken', () => {
    for (const name of [
      'Im Rossfeld',
      'Talbenden',
      'Henry-Ford-Straße',
      'Stockheimer Landstraße'
    ]) {
      const large = plots.filter(
        (p) =>
          p.properties.estate.startsWith(name) &&
          p.properties.area_m2 >= 20_000 &&
          p.properties.area_m2 <= 100_000
      );
      expect(large.length, name).toBeGreaterThanOrEqual(2);
      expect(large.every((p) => p.properties.divisibleFrom_m2 === 5000)).toBe(true);
    }
    const gaps = plots.filter((p) => !p.properties.bplan);
    expect(gaps.length).toBeGreaterThan(5);
    expect(Math.max(...gaps.map((p) => p.properties.area_m2))).toBeLessThan(20_000);
  });

  it('every plot carries cadastre, GRZ/GFZ, utilities, restrictions and the Hebesatz', () => {
    for (const { properties: p } of plots) {
      expect(p.cadastre?.gemarkung, p.id).toBeTruthy();
      expect(p.cadastre!.flur).toBeGreaterThan(0);
      expect(p.limits?.gfz).toBeGreaterThan(0);
      expect(p.utilities?.strom).toBe(true);
      expect(Array.isArray(p.restrictions)).toBe(true);
      // not in dueren-facts.md: a model value, and marked so
      expect(p.tradeTax).toEqual({ percent: 490, model: true });
    }
    const iqPlot = plots.find((p) => p.properties.estate.startsWith('Innovationsquartier'))!;
    expect(iqPlot.properties.utilities?.fernwaerme).toBe(true);
    expect(iqPlot.properties.restrictions).toContain('gruendach');
  });

  it('the contact is plan.json’s businessContact, marked as a model entry', () => {
    const contact = json('plan.json').businessContact;
    for (const { properties: p } of plots)
      expect(p.contact).toEqual({ ...contact, note: undefined, model: true });
  });

  it('a scout finds ≥ 5 available GE/GI plots or combinations of 2–5 ha within 3 km of the A4', () => {
    // By road where the build had the road graph; else Luftlinie with a detour factor of 1.4.
    const a4 = (p: PlotFeature) =>
      p.properties.road?.a4?.distance_m ?? p.properties.access.a4!.distance_m * 1.4;
    const hits = scoutCandidates(plots).filter((p) => a4(p) <= 3000);
    expect(hits.length).toBeGreaterThanOrEqual(5);
  });
});

describe('access distances', () => {
  it('Vincenty matches GeographicLib (Karney) to 1 mm on random Düren pairs', () => {
    const rnd = mulberry32(7);
    for (let i = 0; i < 500; i++) {
      const [lon1, lat1, lon2, lat2] = [
        6.3 + rnd() * 0.3,
        50.7 + rnd() * 0.2,
        6.3 + rnd() * 0.3,
        50.7 + rnd() * 0.2
      ];
      const ref = Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12!;
      expect(Math.abs(geodesicDistance(lon1, lat1, lon2, lat2) - ref)).toBeLessThan(0.001);
    }
  });

  it('stored distances equal GeographicLib from the plot centre to ±1 m, and A4 is the nearest junction', () => {
    const junctions = json('places.geojson').features.filter(
      (f: any) => f.properties.kind === 'anschlussstelle'
    );
    for (const p of plots) {
      const [lon, lat] = plotCentre(p.geometry);
      for (const a of Object.values(p.properties.access)) {
        const ref = Geodesic.WGS84.Inverse(lat, lon, a.lat, a.lon).s12!;
        expect(Math.abs(a.distance_m - ref), `${p.properties.id} ${a.name}`).toBeLessThanOrEqual(1);
      }
      const nearest = Math.min(
        ...junctions.map(
          (j: any) =>
            Geodesic.WGS84.Inverse(lat, lon, j.geometry.coordinates[1], j.geometry.coordinates[0])
              .s12!
        )
      );
      expect(Math.abs(p.properties.access.a4!.distance_m - nearest)).toBeLessThanOrEqual(1);
    }
  });
});

describe('finder filters and CSV', () => {
  it('filters by size, zoning, status, date and distance; sorts stably', () => {
    const c = {
      ...defaultPlotsChoice(),
      minM2: 5000,
      maxM2: 20000,
      zoning: ['GE' as const],
      status: ['verfügbar' as const],
      maxA4_m: 3000,
      availableBy: '2027-01-01'
    };
    const hits = filterPlots(plots, c, null);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThan(plots.length);
    for (const { properties: p } of hits) {
      expect(p.area_m2).toBeGreaterThanOrEqual(5000);
      expect(p.area_m2).toBeLessThanOrEqual(20000);
      expect(p.zoning).toBe('GE');
      expect(p.status).toBe('verfügbar');
      expect(p.access.a4!.distance_m).toBeLessThanOrEqual(3000);
      expect(p.availableFrom <= '2027-01-01').toBe(true);
    }
    const sorted = sortPlots(hits, 'size', true);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i - 1]!.properties.area_m2).toBeGreaterThanOrEqual(
        sorted[i]!.properties.area_m2
      );
  });

  it('reads German and English numbers', () => {
    expect(parseLocaleNumber('1,5', 'de')).toBe(1.5);
    expect(parseLocaleNumber('12.500', 'de')).toBe(12500);
    expect(parseLocaleNumber('12.500,25', 'de')).toBe(12500.25);
    expect(parseLocaleNumber('1.5', 'en')).toBe(1.5);
    expect(parseLocaleNumber('abc', 'de')).toBeNull();
  });

  it('CSV for German Excel: BOM, semicolons, decimal comma, German header, parses back', () => {
    const sample: PlotFeature[] = plots.slice(0, 5);
    const text = plotsCsv(sample, CSV_CTX);
    expect(text.startsWith('\uFEFFKennung;Gewerbegebiet;Fläche (m²);')).toBe(true);
    expect(text).toContain('\r\n');
    const rows = csvRecords(text);
    expect(rows[0]).toEqual([...PLOTS_CSV_HEADER]);
    expect(rows).toHaveLength(6);
    rows.slice(1).forEach((r, i) => {
      const p = sample[i]!.properties;
      expect(r[0]).toBe(p.id);
      expect(r[2]).toBe(String(p.area_m2));
      expect(r[18]).toBe(p.asOf);
    });
    const withGrz = plots.find((p) => p.properties.limits?.grz !== undefined)!;
    expect(csvRecords(plotsCsv([withGrz], CSV_CTX))[1]![9]).toMatch(/^0,\d+$/);
  });
});

describe('finder: only in view / drawn region', () => {
  it('keeps exactly the plots whose centre lies in the region', () => {
    // The IQ outline as shipped (a MultiPolygon: corridors cross it).
    const hits = filterPlots(plots, defaultPlotsChoice(), iq);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((p) => p.properties.estate.startsWith('Innovationsquartier'))).toBe(true);
    const iqPlots = plots.filter((p) => p.properties.estate.startsWith('Innovationsquartier'));
    expect(hits.length).toBe(iqPlots.length);
  });
});
