/**
 * CSV → plots, the one reader of a city's plot list for the CLI (`npm run import-plots`) and the
 * browser (the finder's „Grundstücksliste öffnen (CSV)“): one row per plot, with either
 * `lon`/`lat` (and the size) or a parcel geometry column (WKT or GeoJSON). Read with the one CSV
 * reader (src/lib/csv): any encoding and separator Excel writes; German CSV (';' or tab, decimal
 * comma) and international CSV (',', point). Rows are turned into plots one at a time, so a file
 * of any length streams through in bounded memory; more than MAX_PLOTS rows are refused with that
 * limit. Every error names the line and the column in German (English second).
 * Core: no DOM, no node; the callers bring the bytes and the access points.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { ellipsoidalArea } from './area';
import { accessFor, plotCentre, type AccessSources } from './access';
import { circleRegion } from './region';
import { parseLocaleNumber } from './plots-filter';
import { CsvByteReader, CsvError, parseCsv, type CsvRow, type CsvSeparator } from '../csv';
import type { PlotFeature } from '../plan/plots';
import { isPlotGeometry, readPlotProperties } from '../plan/plots-read';

/** A plot list that cannot be read: German message, English second (null: German only). */
export class PlotsImportError extends Error {
  constructor(
    message: string,
    readonly en: string | null = null
  ) {
    super(message);
  }
}

/**
 * Most plots one list may have: the viewer loads plots.geojson whole (about 1.5 KB a plot), so
 * beyond this the page would not open on a phone; a city has some hundreds.
 */
export const MAX_PLOTS = 50_000;

/** Column names accepted per field (lower case; German as exported, English as in the schema). */
const COLUMNS: Record<string, string[]> = {
  id: ['id', 'kennung'],
  estate: ['estate', 'gewerbegebiet'],
  area: ['area_m2', 'fläche (m²)', 'flaeche_m2', 'fläche'],
  zoning: ['zoning', 'nutzungsart'],
  status: ['status'],
  availableFrom: ['availablefrom', 'verfügbar ab'],
  price: ['priceindication_eur_m2', 'preisindikation (€/m²)', 'preis'],
  bplan: ['bplan', 'bebauungsplan'],
  maxHeight: ['maxheight_m', 'max. höhe (m)'],
  grz: ['grz'],
  contact: ['contact', 'ansprechpartner'],
  asOf: ['asof', 'stand'],
  lon: ['lon', 'longitude', 'länge', 'x'],
  lat: ['lat', 'latitude', 'breite', 'y'],
  geometry: ['geometry', 'geometrie', 'wkt', 'geojson']
};

/** The CSV column of a plot property the schema check refused. */
const PROPERTY_COLUMN: Record<string, string> = {
  id: 'id',
  estate: 'estate',
  area_m2: 'area',
  zoning: 'zoning',
  status: 'status',
  availableFrom: 'availableFrom',
  asOf: 'asOf',
  priceIndication_eur_m2: 'price',
  bplan: 'bplan',
  contact: 'contact',
  limits: 'grz'
};

function ringsFromWkt(body: string): Position[][] {
  return [...body.matchAll(/\(([^()]+)\)/g)].map((m) =>
    m[1]!.split(',').map((pair) => pair.trim().split(/\s+/).map(Number))
  );
}

/** WKT POLYGON / MULTIPOLYGON or a GeoJSON geometry object, in WGS84 lon/lat. */
export function parseGeometry(text: string): Polygon | MultiPolygon | null {
  const t = text.trim();
  if (t.startsWith('{')) {
    try {
      const g = JSON.parse(t) as { type?: string };
      return g.type === 'Polygon' || g.type === 'MultiPolygon'
        ? (g as Polygon | MultiPolygon)
        : null;
    } catch {
      return null;
    }
  }
  const m = /^(MULTIPOLYGON|POLYGON)\s*\((.*)\)$/is.exec(t);
  if (!m) return null;
  if (m[1]!.toUpperCase() === 'POLYGON')
    return { type: 'Polygon', coordinates: ringsFromWkt(m[2]!) };
  const polys = m[2]!
    .split(/\)\s*\)\s*,\s*\(\s*\(/)
    .map((p) => ringsFromWkt(`((${p.replace(/^[\s(]+|[\s)]+$/g, '')}))`));
  return { type: 'MultiPolygon', coordinates: polys };
}

const closed = (g: Polygon | MultiPolygon): Polygon | MultiPolygon => {
  const close = (r: Position[]) => {
    const [a, b] = [r[0], r[r.length - 1]];
    return !a || !b || (a[0] === b[0] && a[1] === b[1]) ? r : [...r, a];
  };
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(close) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(close)) };
};

/** Turns the data rows after `header` into plots, one at a time. */
export class PlotRows {
  private readonly at: Record<string, number>;
  private readonly lang: 'de' | 'en';
  private readonly seen = new Set<string>();
  count = 0;

  constructor(
    private readonly header: CsvRow,
    separator: CsvSeparator,
    private readonly sources: AccessSources
  ) {
    // ',' is international CSV (decimal point); ';' and tab are German Excel (decimal comma).
    this.lang = separator === ',' ? 'en' : 'de';
    const names = header.fields.map((h) => h.trim().toLowerCase());
    const col = (field: string) => names.findIndex((n) => COLUMNS[field]!.includes(n));
    this.at = Object.fromEntries(Object.keys(COLUMNS).map((f) => [f, col(f)]));
    const shown = header.fields
      .slice(0, 6)
      .map((h) => `„${h}“`)
      .join(', ');
    const sep = separator === '\t' ? 'Tabulator' : `„${separator}“`;
    for (const f of ['id', 'estate', 'zoning', 'status', 'availableFrom', 'asOf'])
      if (this.at[f] === -1)
        throw new PlotsImportError(
          `Zeile ${header.line}: Spalte „${COLUMNS[f]![0]}“ fehlt (oder „${COLUMNS[f]![1]}“). Gelesen mit Trennzeichen ${sep}: ${shown}.`,
          `line ${header.line}: column "${COLUMNS[f]![0]}" missing.`
        );
    if (
      this.at.geometry === -1 &&
      (this.at.lon === -1 || this.at.lat === -1 || this.at.area === -1)
    )
      throw new PlotsImportError(
        `Zeile ${header.line}: Es fehlt eine Geometrie-Spalte (WKT/GeoJSON) oder lon, lat und Fläche.`,
        `line ${header.line}: a geometry column or lon, lat and area are missing.`
      );
  }

  /** „Zeile 3, Spalte 5 („Status“)“ for a field of a row. */
  private where(row: CsvRow, field: string | null): string {
    const i = field === null ? -1 : (this.at[field] ?? -1);
    return i < 0
      ? `Zeile ${row.line}`
      : `Zeile ${row.line}, Spalte ${i + 1} („${this.header.fields[i]}“)`;
  }

  private fail(row: CsvRow, field: string | null, de: string, en: string): never {
    throw new PlotsImportError(`${this.where(row, field)}: ${de}`, `line ${row.line}: ${en}`);
  }

  plot(row: CsvRow): PlotFeature {
    if (++this.count > MAX_PLOTS)
      throw new PlotsImportError(
        `Die Datei hat mehr als ${MAX_PLOTS.toLocaleString('de-DE')} Grundstücke (Zeile ${row.line}); mehr lädt die Karte nicht. Bitte die Liste aufteilen oder auf die vermarktbaren Grundstücke beschränken.`,
        `more than ${MAX_PLOTS} plots (line ${row.line}); split the list.`
      );
    const at = this.at;
    if (row.fields.length > this.header.fields.length)
      this.fail(
        row,
        null,
        `${row.fields.length} Felder, die Kopfzeile hat ${this.header.fields.length}. Steht ein Trennzeichen in einem Text ohne Anführungszeichen?`,
        `${row.fields.length} fields, the header has ${this.header.fields.length}.`
      );
    const cell = (f: string) => (at[f]! >= 0 ? (row.fields[at[f]!] ?? '').trim() : '');
    const num = (f: string) => {
      const v = cell(f);
      if (v === '') return undefined;
      const n = parseLocaleNumber(v, this.lang);
      if (n === null) this.fail(row, f, `„${v}“ ist keine Zahl.`, `"${v}" is not a number.`);
      return n;
    };
    let geometry: Polygon | MultiPolygon | null;
    if (cell('geometry') !== '') {
      geometry = parseGeometry(cell('geometry'));
      if (geometry) geometry = closed(geometry);
      if (!geometry || !isPlotGeometry(geometry))
        this.fail(
          row,
          'geometry',
          'Die Geometrie ist weder ein gültiges WKT-(Multi)Polygon noch GeoJSON in WGS84 (Länge, Breite; jeder Ring mit mindestens vier Punkten).',
          'geometry is no valid WKT or GeoJSON (multi)polygon in WGS84.'
        );
    } else {
      const [lon, lat, size] = [num('lon'), num('lat'), num('area')];
      if (lon === undefined || lat === undefined || size === undefined)
        this.fail(
          row,
          null,
          'lon, lat und Fläche oder eine Geometrie angeben.',
          'give lon, lat and area, or a geometry.'
        );
      if (Math.abs(lon) > 180 || Math.abs(lat) > 90)
        this.fail(
          row,
          Math.abs(lon) > 180 ? 'lon' : 'lat',
          `(${lon}, ${lat}) ist keine Lage in WGS84 (Länge ±180°, Breite ±90°).`,
          `(${lon}, ${lat}) is not a WGS84 position.`
        );
      if (!(size > 0) || size > 1e8)
        this.fail(
          row,
          'area',
          `Fläche ${size} m² liegt nicht zwischen 1 und 100.000.000 m².`,
          `area ${size} m² out of range.`
        );
      // Only a point is known: the plot is drawn as a circle of its size (schematic).
      geometry = circleRegion(lon, lat, Math.sqrt(size / Math.PI), 32);
    }
    const limits: Record<string, number> = {};
    const h = num('maxHeight');
    const grz = num('grz');
    if (h !== undefined) limits.maxHeight_m = h;
    if (grz !== undefined) limits.grz = grz;
    const price = num('price');
    const [lon, lat] = plotCentre(geometry);
    const properties = {
      id: cell('id'),
      estate: cell('estate'),
      area_m2: cell('geometry') !== '' ? Math.round(ellipsoidalArea(geometry)) : num('area'),
      zoning: cell('zoning').toUpperCase(),
      status: cell('status'),
      availableFrom: cell('availableFrom'),
      ...(price !== undefined ? { priceIndication_eur_m2: price } : {}),
      ...(Object.keys(limits).length > 0 ? { limits } : {}),
      ...(cell('bplan') ? { bplan: cell('bplan') } : {}),
      contact: { name: cell('contact') || 'Wirtschaftsförderung' },
      asOf: cell('asOf'),
      access: accessFor(lon, lat, this.sources)
    };
    const checked = readPlotProperties(properties);
    if (typeof checked === 'string') {
      const field = PROPERTY_COLUMN[checked] ?? null;
      const v = field ? cell(field) : '';
      this.fail(
        row,
        field,
        `Feld „${checked}“ fehlt oder ist ungültig${v ? ` („${v.slice(0, 40)}${v.length > 40 ? '…' : ''}“)` : ''}.`,
        `field "${checked}" missing or invalid.`
      );
    }
    if (this.seen.has(checked.id))
      this.fail(row, 'id', `Kennung „${checked.id}“ doppelt.`, `duplicate id "${checked.id}".`);
    this.seen.add(checked.id);
    return { type: 'Feature', geometry, properties: checked };
  }
}

/** A CSV error as a plots import error (German, with the English second). */
function fromCsvError(e: unknown): unknown {
  return e instanceof CsvError ? new PlotsImportError(e.de, e.en) : e;
}

const NO_ROWS = () =>
  new PlotsImportError(
    'Die CSV-Datei enthält keine Datenzeilen.',
    'The CSV file has no data rows.'
  );

/** Reads a whole CSV (text or bytes) into validated plots; for small files and tests. */
export function plotsFromCsv(input: string | Uint8Array, sources: AccessSources): PlotFeature[] {
  let parsed;
  try {
    parsed = parseCsv(input);
  } catch (e) {
    throw fromCsvError(e);
  }
  const [header, ...rows] = parsed.rows;
  if (!header || rows.length === 0) throw NO_ROWS();
  const reader = new PlotRows(header, parsed.separator, sources);
  return rows.map((r) => reader.plot(r));
}

/**
 * Streams a CSV file's bytes into plots: `emit` gets each plot as soon as its row is read, so
 * nothing but the ids is kept. Returns the number of plots.
 */
export async function streamPlotsFromCsv(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  sources: AccessSources,
  emit: (plot: PlotFeature) => void
): Promise<number> {
  let plots: PlotRows | null = null;
  const csv = new CsvByteReader();
  const take = (rows: CsvRow[]) => {
    for (const row of rows) {
      // The separator is known once the header line is read.
      if (plots === null) plots = new PlotRows(row, csv.separator ?? ';', sources);
      else emit(plots.plot(row));
    }
  };
  try {
    for await (const chunk of chunks) take(csv.push(chunk));
    take(csv.end());
  } catch (e) {
    throw fromCsvError(e);
  }
  const count = (plots as PlotRows | null)?.count ?? 0;
  if (count === 0) throw NO_ROWS();
  return count;
}
