/**
 * Minimum sizes as an FNP draws them: a building area (W, M, G, GI, S) below MIN_BUILDING is
 * not shown on its own at 1:10,000 but joins the neighbour it shares an edge with — preferably
 * one of the same kind, else another area, else the adjoining road. Plots of the
 * Innovationsquartier join only another of its plots (it is tiled exactly).
 */
import Flatbush from 'flatbush';
import type { CategoryCode } from '../../src/lib/plan/categories';
import type { Piece } from './carve';
import { area, bbox, unite } from './geo';

export const MIN_BUILDING = 5000;
export const BUILDING = new Set<CategoryCode>([
  'wohnen',
  'gemischt',
  'gewerbe',
  'industrie',
  'sonder'
]);

function rank(s: Piece, c: Piece): number {
  // The Innovationsquartier is tiled exactly: its plots merge only among themselves.
  if (s.source === 'iq' || c.source === 'iq') return s.source === c.source ? 5 : -1;
  const sameCat = c.category === s.category;
  if (sameCat && c.source === s.source && c.name === s.name && c.previous === s.previous) return 6;
  if (sameCat && c.source === s.source) return 5;
  if (c.source === 'corridor') return 1;
  if (sameCat && c.source !== 'special') return 4;
  if (c.source === 'special') return 0;
  return BUILDING.has(c.category) ? 3 : 2;
}

/** Returns the pieces with every small building area merged into a neighbour. */
export function mergeSmall(pieces: Piece[]): { pieces: Piece[]; merged: number; left: number } {
  const index = new Flatbush(Math.max(1, pieces.length));
  for (const p of pieces) index.add(...bbox(p.geom));
  index.finish();
  const gone = new Set<Piece>();
  const small = pieces
    .filter((p) => BUILDING.has(p.category) && area(p.geom) < MIN_BUILDING)
    .sort((a, b) => area(a.geom) - area(b.geom));
  let merged = 0;
  let left = 0;
  for (const s of small) {
    if (gone.has(s) || area(s.geom) >= MIN_BUILDING) continue;
    const [x0, y0, x1, y1] = bbox(s.geom);
    const cands = index
      .search(x0 - 1, y0 - 1, x1 + 1, y1 + 1)
      .map((i) => pieces[i] as Piece)
      .filter((c) => c !== s && !gone.has(c))
      .map((c) => ({ c, r: rank(s, c), a: area(c.geom) }))
      .filter((x) => x.r >= 0)
      .sort((x, y) => y.r - x.r || y.a - x.a);
    let host: Piece | null = null;
    for (const { c } of cands) {
      const u = unite([c.geom, s.geom]);
      if (u.length === c.geom.length) {
        c.geom = u;
        host = c;
        break;
      }
    }
    if (host) {
      gone.add(s);
      merged++;
    } else {
      // No neighbour to join (an Innovationsquartier remnant cut off by a road): a green strip.
      s.category = 'gruen';
      left++;
    }
  }
  return { pieces: pieces.filter((p) => !gone.has(p)), merged, left };
}

/**
 * Farmland as an FNP draws it: neighbouring farmland pieces (same previous designation) join
 * into fields of up to MAX_FIELD, bounded by roads, settlement and forest.
 */
const MIN_FIELD = 3 * 10_000;
const MAX_FIELD = 25 * 10_000;
// The same merge loop as the small building areas above, with the farmland's own rules.
export function mergeFarmland(pieces: Piece[]): Piece[] {
  const index = new Flatbush(Math.max(1, pieces.length));
  for (const p of pieces) index.add(...bbox(p.geom));
  index.finish();
  const gone = new Set<Piece>();
  const farm = (p: Piece): boolean => p.category === 'landwirtschaft' && p.source === 'cell';
  const small = pieces
    .filter((p) => farm(p) && area(p.geom) < MIN_FIELD)
    .sort((a, b) => area(a.geom) - area(b.geom));
  for (const s of small) {
    if (gone.has(s) || area(s.geom) >= MIN_FIELD) continue;
    const [x0, y0, x1, y1] = bbox(s.geom);
    const cands = index
      .search(x0 - 1, y0 - 1, x1 + 1, y1 + 1)
      .map((i) => pieces[i] as Piece)
      .filter((c) => c !== s && !gone.has(c) && farm(c) && c.previous === s.previous)
      .map((c) => ({ c, a: area(c.geom) }))
      .filter((x) => x.a + area(s.geom) <= MAX_FIELD)
      .sort((x, y) => x.a - y.a);
    for (const { c } of cands) {
      const u = unite([c.geom, s.geom]);
      if (u.length === 1 && c.geom.length === 1) {
        c.geom = u;
        gone.add(s);
        break;
      }
    }
  }
  return pieces.filter((p) => !gone.has(p));
}
