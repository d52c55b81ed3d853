import type { Position } from 'geojson';
import { STREET_LAYERS, germanName, type NameIndex, type NamedFeature } from './name-index';

/**
 * House numbers for the search index (`npm run basemap`). The OpenMapTiles `housenumber` layer
 * holds points with a number and no street name; each point is given to the nearest named street
 * piece within MAX_DISTANCE_M, and then to that street's index entry (the one of that name
 * whose extent holds it: two "Ringstraße" in two Stadtteile stay apart).
 */

export const HOUSENUMBER_LAYER = 'housenumber';

/** A house further than this from every named street gets no street (m). */
const MAX_DISTANCE_M = 120;
/** Grid cell for the street pieces, degrees (about 140 m × 220 m in Düren). */
const CELL = 0.002;
/** Margin of an entry's extent when looking up the entry of a house (degrees, about 150 m). */
const BOX_MARGIN = 0.002;

/** One number of an index entry: [entry row, number, lon, lat] (5 decimals, about 1 m). */
export type HousenumberRow = [number, string, number, number];

interface Segment {
  name: string;
  ax: number;
  ay: number;
  bx: number;
  by: number;
}

function lines(f: NamedFeature): Position[][] {
  const g = f.geometry;
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return [];
}

/**
 * Squared distance in metres² from p to segment s, in a local plane (x scaled by cos(lat)):
 * good to well under a metre over a few hundred metres.
 */
function dist2(px: number, py: number, s: Segment, kx: number): number {
  const ax = s.ax * kx;
  const bx = s.bx * kx;
  const x = px * kx;
  const dx = bx - ax;
  const dy = s.by - s.ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (py - s.ay) * dy) / len2)) : 0;
  const m = 111_320;
  return ((x - ax - t * dx) * m) ** 2 + ((py - s.ay - t * dy) * m) ** 2;
}

const r5 = (n: number) => Math.round(n * 1e5) / 1e5;

/** The index with the house numbers of `features` (the housenumber layer's points) added. */
export function withHousenumbers(index: NameIndex, features: Iterable<NamedFeature>): NameIndex {
  const grid = new Map<string, Segment[]>();
  const houses: { number: string; lon: number; lat: number }[] = [];
  for (const f of features) {
    if (f.layer === HOUSENUMBER_LAYER) {
      const n = f.properties.housenumber;
      const g = f.geometry;
      if (typeof n !== 'string' || n.trim() === '' || n.length > 20) continue;
      const pts =
        g.type === 'Point' ? [g.coordinates] : g.type === 'MultiPoint' ? g.coordinates : [];
      for (const [lon, lat] of pts as [number, number][])
        if (Number.isFinite(lon) && Number.isFinite(lat))
          houses.push({ number: n.trim(), lon, lat });
      continue;
    }
    if (!STREET_LAYERS.includes(f.layer)) continue;
    const name = germanName(f.properties);
    if (!name) continue;
    for (const line of lines(f)) {
      for (let i = 1; i < line.length; i++) {
        const [ax, ay] = line[i - 1] as [number, number];
        const [bx, by] = line[i] as [number, number];
        const s: Segment = { name, ax, ay, bx, by };
        // Into every cell its box touches (pieces are short: a few cells at most).
        for (
          let x = Math.floor(Math.min(ax, bx) / CELL);
          x <= Math.floor(Math.max(ax, bx) / CELL);
          x++
        )
          for (
            let y = Math.floor(Math.min(ay, by) / CELL);
            y <= Math.floor(Math.max(ay, by) / CELL);
            y++
          ) {
            const k = `${x},${y}`;
            const list = grid.get(k) ?? [];
            list.push(s);
            grid.set(k, list);
          }
      }
    }
  }
  const rowsByName = new Map<string, number[]>();
  index.entries.forEach((row, i) => {
    if (row[1] !== 'street') return;
    const list = rowsByName.get(row[0]) ?? [];
    list.push(i);
    rowsByName.set(row[0], list);
  });
  const out: HousenumberRow[] = [];
  const seen = new Set<string>();
  const max2 = MAX_DISTANCE_M ** 2;
  for (const h of houses) {
    const kx = Math.cos((h.lat * Math.PI) / 180);
    let best: Segment | null = null;
    let bestD = max2;
    const cx = Math.floor(h.lon / CELL);
    const cy = Math.floor(h.lat / CELL);
    for (let x = cx - 1; x <= cx + 1; x++)
      for (let y = cy - 1; y <= cy + 1; y++)
        for (const s of grid.get(`${x},${y}`) ?? []) {
          const d = dist2(h.lon, h.lat, s, kx);
          if (d < bestD) [best, bestD] = [s, d];
        }
    if (!best) continue;
    const row = (rowsByName.get(best.name) ?? []).find((i) => {
      const [, , , , w, s, e, n] = index.entries[i]!;
      return (
        h.lon >= w - BOX_MARGIN &&
        h.lon <= e + BOX_MARGIN &&
        h.lat >= s - BOX_MARGIN &&
        h.lat <= n + BOX_MARGIN
      );
    });
    if (row === undefined) continue;
    // A house drawn in two neighbouring tiles (their buffers overlap) is one house.
    const key = `${row}|${h.number}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([row, h.number, r5(h.lon), r5(h.lat)]);
  }
  out.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1], 'de', { numeric: true }));
  return { ...index, housenumbers: out };
}
