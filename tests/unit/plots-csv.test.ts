/**
 * The plot-list reader in core (src/lib/geo/plots-csv.ts) and the access points
 * (src/lib/geo/access.ts accessFor), shared by `npm run import-plots` and the finder.
 */
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import {
  accessFor,
  accessSourcesFromPlaces,
  geodesicDistance,
  placePoints,
  type AccessSources
} from '../../src/lib/geo/access';
import {
  parseGeometry,
  PlotRows,
  PlotsImportError,
  plotsFromCsv,
  streamPlotsFromCsv
} from '../../src/lib/geo/plots-csv';
import type { PlotFeature } from '../../src/lib/plan/plots';

const places: FeatureCollection<Point, { name: string; kind?: string }> = {
  type: 'FeatureCollection',
  features: [
    ['Düren Hauptbahnhof', 'bahnhof', 6.4825, 50.81083],
    ['Anschlussstelle Düren (6)', 'anschlussstelle', 6.453, 50.839],
    ['Anschlussstelle Merzenich (7a)', 'anschlussstelle', 6.515, 50.848],
    ['Düren-Kuhbrücke', 'bahnhof', 6.486752, 50.783312],
    ['Birkesdorf Markt', 'haltestelle', 6.47, 50.83],
    ['Rathaus', 'haltestelle', 6.48, 50.8],
    ['Innovationscenter', 'einrichtung', 6.49, 50.81],
    ['ohne Art', undefined, 6.49, 50.81]
  ].map(([name, kind, lon, lat]) => ({
    type: 'Feature',
    properties:
      kind === undefined
        ? { name: name as string }
        : { name: name as string, kind: kind as string },
    geometry: { type: 'Point', coordinates: [lon as number, lat as number] }
  }))
};

describe('access points (geo/access.ts)', () => {
  it('placePoints keeps name, kind ("" without) and position', () => {
    const pts = placePoints(places);
    expect(pts).toHaveLength(8);
    expect(pts[0]).toEqual({
      name: 'Düren Hauptbahnhof',
      kind: 'bahnhof',
      lon: 6.4825,
      lat: 50.81083
    });
    expect(pts[7]!.kind).toBe('');
  });

  it('the browser takes stations and stops from places.geojson', () => {
    const s = accessSourcesFromPlaces(placePoints(places));
    expect(s.stops.map((p) => p.name)).toEqual([
      'Düren Hauptbahnhof',
      'Düren-Kuhbrücke',
      'Birkesdorf Markt',
      'Rathaus'
    ]);
  });

  it('accessFor names the nearest of each kind with its ellipsoidal distance in whole metres', () => {
    const s = accessSourcesFromPlaces(placePoints(places));
    const a = accessFor(6.51, 50.845, s);
    expect(a.a4!.name).toBe('Anschlussstelle Merzenich (7a)');
    expect(a.a4!.distance_m).toBe(Math.round(geodesicDistance(6.51, 50.845, 6.515, 50.848)));
    expect(a.hbf!.name).toBe('Düren Hauptbahnhof');
    expect(a.bahnhof!.name).toBe('Düren Hauptbahnhof');
    expect(a.haltestelle!.name).toBe('Birkesdorf Markt');
    const south = accessFor(6.487, 50.78, s);
    expect(south.bahnhof!.name).toBe('Düren-Kuhbrücke');
    expect(south.haltestelle!.name).toBe('Rathaus');
    // No points: no access entries (a plan without places.geojson).
    expect(accessFor(6.5, 50.8, { places: [], stops: [] })).toEqual({});
  });
});

describe('parseGeometry', () => {
  it('reads WKT POLYGON and MULTIPOLYGON (any case, spaces) and GeoJSON', () => {
    expect(parseGeometry('POLYGON((1 2, 3 4, 5 6, 1 2))')).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [1, 2],
          [3, 4],
          [5, 6],
          [1, 2]
        ]
      ]
    });
    expect(
      parseGeometry(
        ' multipolygon ( ((1 2, 3 4, 5 6, 1 2)), ((7 8, 9 10, 11 12, 7 8), (1 1, 2 2, 3 3, 1 1)) )'
      )
    ).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [1, 2],
            [3, 4],
            [5, 6],
            [1, 2]
          ]
        ],
        [
          [
            [7, 8],
            [9, 10],
            [11, 12],
            [7, 8]
          ],
          [
            [1, 1],
            [2, 2],
            [3, 3],
            [1, 1]
          ]
        ]
      ]
    });
    expect(
      parseGeometry('{"type":"Polygon","coordinates":[[[1,2],[3,4],[5,6],[1,2]]]}')!.type
    ).toBe('Polygon');
  });

  it('anything else is null', () => {
    expect(parseGeometry('POINT(1 2)')).toBeNull();
    expect(parseGeometry('{"type":"Point","coordinates":[1,2]}')).toBeNull();
    expect(parseGeometry('{kaputt')).toBeNull();
    expect(parseGeometry('')).toBeNull();
  });
});

describe('PlotRows and the streaming reader', () => {
  const sources: AccessSources = accessSourcesFromPlaces(placePoints(places));
  const header = 'id;estate;zoning;status;availableFrom;asOf;lon;lat;area_m2';
  const row = (id: string) => `${id};Nord;GE;verfügbar;2027-01-01;2026-09-01;6,5;50,83;2000`;

  it('names the missing column and the separator it read with', () => {
    const err = (() => {
      try {
        new PlotRows({ fields: ['Kennung,Gewerbegebiet'], line: 1 }, ';', sources);
      } catch (e) {
        return e as PlotsImportError;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(PlotsImportError);
    expect(err!.message).toBe(
      'Zeile 1: Spalte „id“ fehlt (oder „kennung“). Gelesen mit Trennzeichen „;“: „Kennung,Gewerbegebiet“.'
    );
    expect(err!.en).toBe('line 1: column "id" missing.');
    expect(() =>
      plotsFromCsv(
        'id;estate;zoning;status;availableFrom;asOf\n1;a;GE;verfügbar;2027-01-01;2026-01-01',
        sources
      )
    ).toThrow('Zeile 1: Es fehlt eine Geometrie-Spalte (WKT/GeoJSON) oder lon, lat und Fläche.');
  });

  it('a point plot is a circle of its size; an unclosed WKT ring is closed', () => {
    const [circle, wkt] = plotsFromCsv(
      `${header};geometry\r\n${row('P-1')};\r\n` +
        'P-2;Nord;GE;verfügbar;2027-01-01;2026-09-01;;;;"POLYGON((6.5 50.82, 6.502 50.82, 6.502 50.821, 6.5 50.821))"',
      sources
    );
    expect(circle!.geometry.type).toBe('Polygon');
    expect(circle!.properties.area_m2).toBe(2000);
    const ring = (wkt!.geometry as import('geojson').Polygon).coordinates[0]!;
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual(ring[0]);
  });

  it('row errors name line, column and header; duplicates and too many fields are refused', () => {
    expect(() => plotsFromCsv(`${header}\n${row('A')}\n${row('A')}`, sources)).toThrow(
      'Zeile 3, Spalte 1 („id“): Kennung „A“ doppelt.'
    );
    expect(() => plotsFromCsv(`${header}\n${row('A')};zu viel`, sources)).toThrow(
      /^Zeile 2: 10 Felder, die Kopfzeile hat 9\./
    );
    expect(() => plotsFromCsv(`${header}\n${row('A').replace('6,5', '200')}`, sources)).toThrow(
      /^Zeile 2, Spalte 7 \(„lon“\): \(200, 50\.83\) ist keine Lage in WGS84/
    );
    expect(() => plotsFromCsv(header, sources)).toThrow('Die CSV-Datei enthält keine Datenzeilen.');
  });

  it('streams from pieces split anywhere and emits each plot as its row is read', async () => {
    const text = [header, row('A'), row('B'), row('C')].join('\r\n');
    const bytes = new TextEncoder().encode(text);
    const whole = plotsFromCsv(text, sources);
    for (const size of [1, 3, 7, 64]) {
      const pieces: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.subarray(i, i + size));
      const got: PlotFeature[] = [];
      expect(await streamPlotsFromCsv(pieces, sources, (p) => got.push(p))).toBe(3);
      expect(got).toEqual(whole);
    }
  });
});
