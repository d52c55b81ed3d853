import { readFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { plotsFromCsv, PlotsImportError } from '../../src/lib/geo/plots-csv';
import type { AccessSources } from '../../src/lib/geo/access';
import { plotsCsv } from '../../src/lib/features/plots/export';
const CSV_CTX = {
  link: (id: string) => `https://example.org/#mode=plots&plot=${id}`,
  fnp: () => 'Gewerbliche Baufläche (G)',
  restriction: (c: string) => c,
  utility: (c: string) => c
};
import { parsePlots } from '../../src/lib/plan/plots-read';

const sources: AccessSources = {
  places: [
    { name: 'Anschlussstelle Düren (6)', kind: 'anschlussstelle', lon: 6.48, lat: 50.8425 },
    { name: 'Düren Hauptbahnhof', kind: 'bahnhof', lon: 6.4825, lat: 50.81083 }
  ],
  stops: [
    { id: '1', name: 'Düren', kind: 'bahnhof', lon: 6.4825, lat: 50.81083 },
    { id: '2', name: 'Bushalt', kind: 'haltestelle', lon: 6.5, lat: 50.83 }
  ]
};
const fixture = (f: string) => readFileSync(`tests/fixtures/plots/${f}`, 'utf8');

describe('CSV → plots import', () => {
  it('reads German CSV with lon/lat, decimal comma, thousands point and quoted semicolons', () => {
    const plots = plotsFromCsv(fixture('plots-de.csv'), sources);
    expect(plots.map((p) => p.properties.id)).toEqual(['A-1', 'A-2']);
    const [a, b] = plots.map((p) => p.properties);
    expect(a!.area_m2).toBe(12500);
    expect(a!.priceIndication_eur_m2).toBe(55.5);
    expect(a!.limits).toEqual({ grz: 0.8 });
    expect(a!.access.a4!.name).toBe('Anschlussstelle Düren (6)');
    expect(a!.access.haltestelle!.distance_m).toBeGreaterThan(0);
    expect(b!.estate).toBe('Gewerbe; Süd');
    expect(b!.status).toBe('reserviert');
  });

  it('reads WKT and GeoJSON geometry columns and measures the area on the ellipsoid', () => {
    const plots = plotsFromCsv(fixture('plots-wkt.csv'), sources);
    expect(plots[0]!.geometry.type).toBe('Polygon');
    // 0.002° × 0.001° at 50.82° N: about 140.9 m × 111.2 m
    expect(plots[0]!.properties.area_m2).toBeGreaterThan(15_600);
    expect(plots[0]!.properties.area_m2).toBeLessThan(15_750);
    expect(plots[0]!.properties.zoning).toBe('GE');
    expect(plots[1]!.properties.zoning).toBe('MU');
  });

  it('re-imports its own CSV export when a geometry column is added', () => {
    const plots = plotsFromCsv(fixture('plots-wkt.csv'), sources);
    const csv = plotsCsv(plots, CSV_CTX);
    const lines = csv.split('\r\n');
    const withGeom = [
      `${lines[0]};geometry`,
      ...plots.map((p, i) => `${lines[i + 1]};"${JSON.stringify(p.geometry).replace(/"/g, '""')}"`)
    ].join('\r\n');
    const back = plotsFromCsv(withGeom, sources);
    expect(back.map((p) => p.properties.area_m2)).toEqual(plots.map((p) => p.properties.area_m2));
    expect(back[0]!.properties.status).toBe('in Vorbereitung');
  });

  it('names line and column of bad input in German', () => {
    const bad = fixture('plots-de.csv').replace('12.500', 'zwölf');
    expect(() => plotsFromCsv(bad, sources)).toThrow(
      /Zeile 2, Spalte 3 \(„Fläche \(m²\)“\): „zwölf“ ist keine Zahl/
    );
    const badStatus = fixture('plots-de.csv').replace('reserviert', 'verkauft');
    expect(() => plotsFromCsv(badStatus, sources)).toThrow(
      /Zeile 3, Spalte 5 \(„Status“\): Feld „status“ fehlt oder ist ungültig \(„verkauft“\)/
    );
    expect(() => plotsFromCsv('id;estate\r\n1;x\r\n', sources)).toThrow(PlotsImportError);
    expect(() => plotsFromCsv('id;estate\r\n1;x\r\n', sources)).toThrow(/Spalte „zoning“ fehlt/);
  });

  it('the CLI exits 1 with a German message and writes nothing for an unreadable file', () => {
    // A folder of its own: never the project's parent (a clone may lie directly in the temp folder).
    const out = join(mkdtempSync(join(tmpdir(), 'fnp-plots-import-')), 'never.geojson');
    const r = spawnSync('npx', ['tsx', 'cli/import-plots.ts', 'nope.csv', '--out', out], {
      encoding: 'utf8'
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('„nope.csv“ lässt sich nicht lesen');
    expect(existsSync(out)).toBe(false);
    expect(
      parsePlots(JSON.parse(readFileSync('data/dueren-2025/plots.geojson', 'utf8'))).length
    ).toBeGreaterThan(0);
  });
});
