import type { Geometry, Position } from 'geojson';
import type { SearchEntry } from './types';
import type { HousenumberRow } from './housenumbers';

/**
 * The search index `npm run basemap` writes next to self-hosted tiles: every street and
 * place name in the tiles with a position on it and its extent. Pieces of one street (cut at
 * tile edges, or split into carriageways) become one entry; two streets of the same name far
 * apart (in different Stadtteile) stay two.
 */

/** Layers that carry street names (OpenMapTiles and tilemaker spellings) and places. */
export const STREET_LAYERS = [
  'transportation_name',
  'transportation_name_mid',
  'transportation_name_detail'
];
export const PLACE_LAYER = 'place';

/** Pieces of one name closer than this (degrees, about 700 m in Düren) are one street. */
const JOIN_DEG = 0.006;

export interface NamedFeature {
  layer: string;
  properties: Record<string, unknown>;
  geometry: Geometry;
}

/** One row: name, kind, lon, lat, west, south, east, north (6 decimals). */
export type IndexRow = [string, 'street' | 'place', number, number, number, number, number, number];

export interface NameIndex {
  version: 1;
  attribution: string;
  entries: IndexRow[];
  /** House numbers by entry row (search/housenumbers.ts); absent in older indexes. */
  housenumbers?: HousenumberRow[];
}

/** The name to show: German first, then the local name, then the Latin one. */
export function germanName(p: Record<string, unknown>): string | null {
  for (const k of ['name:de', 'name', 'name:latin']) {
    const v = p[k];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return null;
}

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positions);
  }
}

interface Cluster {
  name: string;
  kind: 'street' | 'place';
  box: [number, number, number, number];
  points: Position[];
}

const near = (a: Cluster['box'], b: Cluster['box']) =>
  a[0] - JOIN_DEG <= b[2] &&
  b[0] - JOIN_DEG <= a[2] &&
  a[1] - JOIN_DEG <= b[3] &&
  b[1] - JOIN_DEG <= a[3];

const r6 = (n: number) => Math.round(n * 1e6) / 1e6;

export function buildNameIndex(features: Iterable<NamedFeature>, attribution: string): NameIndex {
  const byName = new Map<string, Cluster[]>();
  for (const f of features) {
    const kind =
      f.layer === PLACE_LAYER ? 'place' : STREET_LAYERS.includes(f.layer) ? 'street' : null;
    const name = kind ? germanName(f.properties) : null;
    if (!kind || !name) continue;
    const pts = positions(f.geometry).filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
    if (pts.length === 0) continue;
    const box: Cluster['box'] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of pts as [number, number][]) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
    const key = `${kind}|${name}`;
    const list = byName.get(key) ?? [];
    byName.set(key, list);
    // Join every cluster this piece touches (a piece can bridge two earlier ones).
    const touching = list.filter((c) => near(c.box, box));
    const merged: Cluster = { name, kind, box, points: pts };
    for (const c of touching) {
      merged.box = [
        Math.min(merged.box[0], c.box[0]),
        Math.min(merged.box[1], c.box[1]),
        Math.max(merged.box[2], c.box[2]),
        Math.max(merged.box[3], c.box[3])
      ];
      merged.points = merged.points.concat(c.points);
    }
    byName.set(key, [...list.filter((c) => !touching.includes(c)), merged]);
  }
  const entries: IndexRow[] = [];
  for (const clusters of byName.values()) {
    for (const c of clusters) {
      // The marker goes on the street: its vertex nearest the middle of its extent.
      const cx = (c.box[0] + c.box[2]) / 2;
      const cy = (c.box[1] + c.box[3]) / 2;
      let best = c.points[0]!;
      let bestD = Infinity;
      for (const p of c.points) {
        const d = (p[0]! - cx) ** 2 + (p[1]! - cy) ** 2;
        if (d < bestD) [best, bestD] = [p, d];
      }
      entries.push([
        c.name,
        c.kind,
        r6(best[0]!),
        r6(best[1]!),
        ...(c.box.map(r6) as Cluster['box'])
      ]);
    }
  }
  entries.sort((a, b) => a[0].localeCompare(b[0], 'de') || a[3] - b[3]);
  return { version: 1, attribution, entries };
}

/** Reads an index file (from the site itself); rows that are not well-formed are skipped. */
export function nameIndexEntries(json: unknown): SearchEntry[] {
  const rows = (json as { entries?: unknown })?.entries;
  if (!Array.isArray(rows)) return [];
  const out: (SearchEntry | null)[] = [];
  for (const row of rows) {
    out.push(null);
    if (!Array.isArray(row) || row.length !== 8) continue;
    const [name, kind, lon, lat, w, s, e, n] = row as unknown[];
    const nums = [lon, lat, w, s, e, n];
    if (typeof name !== 'string' || name.length > 200) continue;
    if (kind !== 'street' && kind !== 'place') continue;
    if (!nums.every((v) => typeof v === 'number' && Number.isFinite(v))) continue;
    const [x, y, bw, bs, be, bn] = nums as number[];
    out[out.length - 1] = {
      kind,
      label: name,
      lon: x!,
      lat: y!,
      bbox: kind === 'street' ? [bw!, bs!, be!, bn!] : null
    };
  }
  const houses = (json as { housenumbers?: unknown }).housenumbers;
  for (const h of Array.isArray(houses) ? houses : []) {
    if (!Array.isArray(h) || h.length !== 4) continue;
    const [row, number, lon, lat] = h as unknown[];
    const entry = typeof row === 'number' ? out[row] : undefined;
    if (!entry || entry.kind !== 'street' || typeof number !== 'string' || number.length > 20)
      continue;
    if (typeof lon !== 'number' || typeof lat !== 'number') continue;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    const numbers = (entry.numbers ??= new Map()) as Map<string, [number, number]>;
    numbers.set(houseKey(number), [lon, lat]);
  }
  return out.filter((e): e is SearchEntry => e !== null);
}

/** A house number as compared: "5 a", "5a" and "5A" are one. */
export const houseKey = (n: string) => n.toLowerCase().replace(/\s+/g, '');
