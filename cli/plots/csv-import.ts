/**
 * CSV → plots: one row per plot, with either `lon`/`lat` (and the size) or a parcel geometry
 * column (WKT or GeoJSON). German CSV (';', decimal comma) and international CSV (',', point)
 * are both read. Every error names the line and the column in German.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { ellipsoidalArea } from '../../src/lib/geo/area';
import { plotCentre } from '../../src/lib/geo/access';
import { circleRegion } from '../../src/lib/geo/region';
import { parseLocaleNumber } from '../../src/lib/geo/plots-filter';
import { parsePlots, type PlotFeature } from '../../src/lib/plan/plots';
import { accessFor, type AccessSources } from './access-points';

export class PlotsImportError extends Error {}

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

/** Splits CSV text with `sep`, honouring double quotes; strips a BOM. */
export function splitCsv(text: string, sep: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) (row.push(field), (field = ''));
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f.trim() !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f.trim() !== '')) rows.push(row);
  return rows;
}

function ringsFromWkt(body: string): Position[][] {
  return [...body.matchAll(/\(([^()]+)\)/g)].map((m) =>
    m[1]!.split(',').map((pair) => {
      const [x, y] = pair.trim().split(/\s+/).map(Number);
      return [x!, y!];
    })
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
    const [a, b] = [r[0]!, r[r.length - 1]!];
    return a[0] === b[0] && a[1] === b[1] ? r : [...r, a];
  };
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(close) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(close)) };
};

/** Reads the CSV into validated plots with access distances computed from `sources`. */
export function plotsFromCsv(text: string, sources: AccessSources): PlotFeature[] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const sep = firstLine.includes(';') ? ';' : ',';
  const lang = sep === ';' ? 'de' : 'en';
  const [header, ...rows] = splitCsv(text, sep);
  if (!header || rows.length === 0)
    throw new PlotsImportError('Die CSV-Datei enthält keine Datenzeilen.');
  const names = header.map((h) => h.trim().toLowerCase());
  const col = (field: string) => names.findIndex((n) => COLUMNS[field]!.includes(n));
  const at = Object.fromEntries(Object.keys(COLUMNS).map((f) => [f, col(f)]));
  for (const f of ['id', 'estate', 'zoning', 'status', 'availableFrom', 'asOf'])
    if (at[f] === -1)
      throw new PlotsImportError(`Spalte „${COLUMNS[f]![0]}“ fehlt (oder „${COLUMNS[f]![1]}“).`);
  if (at.geometry === -1 && (at.lon === -1 || at.lat === -1 || at.area === -1))
    throw new PlotsImportError(
      'Es fehlt eine Geometrie-Spalte (WKT/GeoJSON) oder lon, lat und Fläche.'
    );
  const features = rows.map((row, i) => {
    const line = i + 2;
    const cell = (f: string) => (at[f]! >= 0 ? (row[at[f]!] ?? '').trim() : '');
    const num = (f: string) => {
      const v = cell(f);
      if (v === '') return undefined;
      const n = parseLocaleNumber(v, lang);
      if (n === null)
        throw new PlotsImportError(
          `Zeile ${line}: „${v}“ in Spalte „${header[at[f]!]}“ ist keine Zahl.`
        );
      return n;
    };
    let geometry: Polygon | MultiPolygon | null;
    if (cell('geometry') !== '') {
      geometry = parseGeometry(cell('geometry'));
      if (!geometry)
        throw new PlotsImportError(
          `Zeile ${line}: Geometrie ist weder WKT-(Multi)Polygon noch GeoJSON.`
        );
      geometry = closed(geometry);
    } else {
      const [lon, lat, size] = [num('lon'), num('lat'), num('area')];
      if (lon === undefined || lat === undefined || size === undefined)
        throw new PlotsImportError(
          `Zeile ${line}: lon, lat und Fläche oder eine Geometrie angeben.`
        );
      // Only a point is known: the plot is drawn as a circle of its size (schematic).
      geometry = circleRegion(lon, lat, Math.sqrt(size / Math.PI), 32);
    }
    const [lon, lat] = plotCentre(geometry);
    const limits: Record<string, number> = {};
    const h = num('maxHeight');
    const grz = num('grz');
    if (h !== undefined) limits.maxHeight_m = h;
    if (grz !== undefined) limits.grz = grz;
    return {
      type: 'Feature',
      geometry,
      properties: {
        id: cell('id'),
        estate: cell('estate'),
        area_m2: cell('geometry') !== '' ? Math.round(ellipsoidalArea(geometry)) : num('area'),
        zoning: cell('zoning').toUpperCase(),
        status: cell('status'),
        availableFrom: cell('availableFrom'),
        ...(num('price') !== undefined ? { priceIndication_eur_m2: num('price') } : {}),
        ...(Object.keys(limits).length > 0 ? { limits } : {}),
        ...(cell('bplan') ? { bplan: cell('bplan') } : {}),
        contact: { name: cell('contact') || 'Wirtschaftsförderung' },
        asOf: cell('asOf'),
        access: accessFor(lon, lat, sources)
      }
    };
  });
  try {
    return parsePlots({ type: 'FeatureCollection', features }, 'CSV');
  } catch (e) {
    // "Grundstück n" is the data row n; the CSV line is n + 1 (header).
    throw new PlotsImportError(
      String((e as Error).message).replace(
        /Grundstück (\d+)/,
        (_, n: string) => `Zeile ${Number(n) + 1}`
      )
    );
  }
}
