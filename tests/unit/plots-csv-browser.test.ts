/**
 * One plot-list reader for the CLI and the browser (issue 26, goal 3): the bytes of a file as
 * Excel writes it (Windows-1252 with `;` and decimal comma, UTF-16 with tabs) give the same plots
 * through the finder's path (Blob.stream() → plotsFromFile, paced and cancellable) as through
 * `npm run import-plots` (the real CLI, writing plots.geojson).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { readStops } from '../../cli/data/stops';
import { accessSourcesFromPlaces, placePoints, type AccessSources } from '../../src/lib/geo/access';
import { plotsFromCsv, PlotsImportError } from '../../src/lib/geo/plots-csv';
import {
  OpenCancelled,
  PIECE_BYTES,
  pacedPieces,
  plotsFromFile
} from '../../src/lib/features/plots/open-csv';
import type { PlotFeature } from '../../src/lib/plan/plots';

const PLAN = 'data/dueren-2025';
const read = <T>(file: string) => JSON.parse(readFileSync(join(PLAN, file), 'utf8')) as T;
const places = placePoints(
  read<FeatureCollection<Point, { name: string; kind?: string }>>('places.geojson')
);

/** The CLI's access sources: places.geojson and the Düren stops of db-hafas-stations. */
async function cliSources(): Promise<AccessSources> {
  const boundary =
    read<FeatureCollection<Polygon | MultiPolygon>>('boundary.geojson').features[0]!.geometry;
  return { places, stops: await readStops(boundary) };
}

/** Windows-1252 bytes: Latin-1 plus the few signs Excel writes above 0x7F (€ „ “ –). */
const CP1252: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, '”': 0x94, '–': 0x96 };
const cp1252 = (text: string) =>
  Uint8Array.from(
    [...text].map((c) => {
      const code = CP1252[c] ?? c.charCodeAt(0);
      if (code > 0xff) throw new Error(`not Windows-1252: ${c}`);
      return code;
    })
  );
const utf16 = (text: string, le: boolean) => {
  const out = new Uint8Array((text.length + 1) * 2);
  let k = 0;
  for (const c of [0xfeff, ...[...text].map((ch) => ch.charCodeAt(0))]) {
    out[k++] = le ? c & 0xff : c >> 8;
    out[k++] = le ? c >> 8 : c & 0xff;
  }
  return out;
};

/** A German Excel export: `;`, decimal comma, thousands point, quoted `;` and `""`, umlauts. */
const GERMAN = [
  'Kennung;Gewerbegebiet;Fläche (m²);Nutzungsart;Status;Verfügbar ab;Preisindikation (€/m²);GRZ;Max. Höhe (m);Stand;lon;lat;Geometrie',
  'D-1;Düren-Süd, Straße „Im Großen Tal“;12.500;GE;verfügbar;2027-01-01;55,5;0,8;18,5;2026-09-01;6,5205;50,8372;',
  'D-2;"Rurbenden; Nord";3000;GI;reserviert;2026-12-01;;;;2026-09-01;6,47;50,79;',
  'D-3;"Gebiet ""Talbenden""";;mi;in Vorbereitung;2028-03-01;40;;;2026-09-01;;;"POLYGON((6.50 50.82, 6.502 50.82, 6.502 50.821, 6.50 50.821))"'
].join('\r\n');

/** Excel's „Unicode-Text“: UTF-16 with BOM and tabs, English column names, decimal comma. */
const TABBED = [
  'id\testate\tarea_m2\tzoning\tstatus\tavailableFrom\tasOf\tlon\tlat\tcontact',
  'T-1\tMerzenich Ost\t8.000\tGE\tverfügbar\t2027-05-01\t2026-09-01\t6,51\t50,84\tFrau Öztürk',
  'T-2\tBirkesdorf\t4500\tGI\tverfügbar\t2027-06-01\t2026-09-01\t6,46\t50,835\t'
].join('\r\n');

const FILES: [string, Uint8Array][] = [
  ['Windows-1252, ;', cp1252(GERMAN)],
  ['UTF-16 LE, tab', utf16(TABBED, true)],
  ['UTF-16 BE, tab', utf16(TABBED, false)]
];

const browser = (
  bytes: Uint8Array,
  sources: AccessSources,
  signal = new AbortController().signal
) => plotsFromFile(new Blob([bytes as Uint8Array<ArrayBuffer>]), sources, signal);

/** The plots the real CLI writes for these bytes. */
function cli(bytes: Uint8Array): PlotFeature[] {
  const dir = mkdtempSync(join(tmpdir(), 'fnp-plots-same-'));
  const file = join(dir, 'liste.csv');
  writeFileSync(file, bytes);
  const out = join(dir, 'plots.geojson');
  const r = spawnSync('npx', ['tsx', 'cli/import-plots.ts', file, '--out', out], {
    encoding: 'utf8'
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return (JSON.parse(readFileSync(out, 'utf8')) as { features: PlotFeature[] }).features;
}

describe('the browser and the CLI read a plot list alike', () => {
  for (const [name, bytes] of FILES)
    it(`${name}: the same plots from the same bytes`, async () => {
      const sources = await cliSources();
      const inBrowser = await browser(bytes, sources);
      expect(inBrowser.length).toBeGreaterThan(1);
      // What the CLI writes is JSON: compare as JSON.
      expect(JSON.parse(JSON.stringify(inBrowser))).toEqual(cli(bytes));
      // …and the whole-text reader agrees.
      expect(plotsFromCsv(bytes, sources)).toEqual(inBrowser);
    }, 60_000);

  it('reads the German file right: umlauts, quotes, decimal comma, WKT', async () => {
    const [a, b, c] = (await browser(cp1252(GERMAN), accessSourcesFromPlaces(places))).map(
      (p) => p.properties
    );
    expect(a!.estate).toBe('Düren-Süd, Straße „Im Großen Tal“');
    expect(a!.area_m2).toBe(12_500);
    expect(a!.priceIndication_eur_m2).toBe(55.5);
    expect(a!.limits).toEqual({ maxHeight_m: 18.5, grz: 0.8 });
    expect(b!.estate).toBe('Rurbenden; Nord');
    expect(c!.estate).toBe('Gebiet "Talbenden"');
    expect(c!.zoning).toBe('MI');
    // The WKT ring was not closed in the file; the reader closes it and measures the area.
    expect(c!.area_m2).toBeGreaterThan(15_600);
    expect(c!.area_m2).toBeLessThan(15_750);
  });

  it('in the browser, access distances come from places.geojson alone', async () => {
    const fromPlaces = await browser(cp1252(GERMAN), accessSourcesFromPlaces(places));
    const fromCli = await browser(cp1252(GERMAN), await cliSources());
    expect(fromPlaces.map((p) => p.geometry)).toEqual(fromCli.map((p) => p.geometry));
    for (const [i, p] of fromPlaces.entries()) {
      const { access, ...rest } = p.properties;
      const { access: cliAccess, ...cliRest } = fromCli[i]!.properties;
      expect(rest).toEqual(cliRest);
      expect(access.a4).toEqual(cliAccess.a4);
      expect(access.hbf).toEqual(cliAccess.hbf);
      expect(access.haltestelle).toEqual(cliAccess.haltestelle);
      // The stop list's station „Düren“ is the Hauptbahnhof in places.geojson.
      if (access.bahnhof?.name === 'Düren Hauptbahnhof')
        expect(cliAccess.bahnhof?.name).toBe('Düren');
      else expect(access.bahnhof).toEqual(cliAccess.bahnhof);
    }
    expect(fromPlaces[0]!.properties.access.a4?.name).toMatch(/^Anschlussstelle/);
  });

  it('an unclosed quote is the reader’s German error with its line, and no plots', async () => {
    // (A later quote would close it and fail there: the reader names whichever comes first.)
    const head = GERMAN.split('\r\n').slice(0, 3).join('\r\n');
    const bad = cp1252(head.replace('"Rurbenden; Nord"', '"Rurbenden; Nord'));
    const error = await browser(bad, accessSourcesFromPlaces(places)).then(
      () => null,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(PlotsImportError);
    expect((error as PlotsImportError).message).toMatch(
      /^Zeile 3, Spalte 2: Das Anführungszeichen am Anfang von Feld 2 wird nie geschlossen/
    );
    expect((error as PlotsImportError).en).toMatch(/^line 3, column 2: /);
    expect(() => plotsFromCsv(bad, accessSourcesFromPlaces(places))).toThrow(
      (error as Error).message
    );
  });
});

describe('pacing and cancelling', () => {
  /** A long list: the German rows repeated with new ids. */
  const long = (rows: number) => {
    const lines = [GERMAN.split('\r\n')[0]!];
    for (let i = 0; i < rows; i++)
      lines.push(
        `L-${i};Gebiet ${i % 9};${1000 + i};GE;verfügbar;2027-01-01;;;;2026-09-01;6,48;50,8`
      );
    return cp1252(lines.join('\r\n'));
  };

  it('hands the reader pieces of at most PIECE_BYTES and reports the bytes read', async () => {
    const bytes = long(500);
    const sizes: number[] = [];
    let reported = 0;
    for await (const piece of pacedPieces(
      new Blob([bytes]).stream(),
      new AbortController().signal,
      (b) => (reported = b)
    ))
      sizes.push(piece.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(PIECE_BYTES);
    expect(sizes.reduce((s, n) => s + n, 0)).toBe(bytes.length);
    expect(reported).toBe(bytes.length);
  });

  it('progress counts the rows; „Abbrechen“ stops the reading with OpenCancelled', async () => {
    const bytes = long(3000);
    const all = await browser(bytes, accessSourcesFromPlaces(places));
    expect(all).toHaveLength(3000);
    const control = new AbortController();
    let rows = 0;
    const run = plotsFromFile(
      new Blob([bytes]),
      accessSourcesFromPlaces(places),
      control.signal,
      (p) => {
        rows = p.rows;
        if (p.rows >= 200) control.abort();
      }
    );
    await expect(run).rejects.toBeInstanceOf(OpenCancelled);
    expect(rows).toBeGreaterThanOrEqual(200);
    expect(rows).toBeLessThan(3000);
  }, 30_000);
});
