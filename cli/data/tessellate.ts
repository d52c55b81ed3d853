/**
 * Fills everything the explicit layers leave open with a Voronoi tessellation of seeds whose
 * spacing follows the real settlement pattern (small blocks where the sketch is built, fields
 * outside). Each cell is cut by the corridors and by the sketch's zones, so areas follow the
 * real land cover and every edge between two features is computed from the same input edges.
 */
import { featureCollection, point } from '@turf/helpers';
import { voronoi } from '@turf/voronoi';
import Flatbush from 'flatbush';
import { area, bbox, bboxOverlap, diff, inter, parts, unite, type MP, type Pt } from './geo';
import type { Piece } from './carve';
import type { CorridorLayer } from './corridors';
import type { Rng } from '../../src/lib/geo/prng';
import { ZONES, type Zone } from './sketch';

const TILE = 1200;

function seeds(city: MP, spacing: (p: Pt) => number, rng: Rng): Pt[] {
  const [x0, y0, x1, y1] = bbox(city);
  const cell = 45;
  const cols = Math.ceil((x1 - x0) / cell) + 1;
  const grid = new Map<number, Pt[]>();
  const out: Pt[] = [];
  for (let i = 0; i < 140_000; i++) {
    const p: Pt = [rng.range(x0, x1), rng.range(y0, y1)];
    const r = spacing(p) * 0.9;
    const gx = Math.floor((p[0] - x0) / cell),
      gy = Math.floor((p[1] - y0) / cell);
    const k = Math.ceil(r / cell);
    let ok = true;
    for (let dx = -k; dx <= k && ok; dx++)
      for (let dy = -k; dy <= k && ok; dy++)
        for (const q of grid.get((gy + dy) * cols + gx + dx) ?? [])
          if (Math.hypot(q[0] - p[0], q[1] - p[1]) < r) {
            ok = false;
            break;
          }
    if (!ok) continue;
    out.push(p);
    const key = gy * cols + gx;
    const list = grid.get(key);
    if (list) list.push(p);
    else grid.set(key, [p]);
  }
  return out;
}

/** Cuts big polygons into tiles so a bounding-box index finds only the nearby parts. */
// Like geo.ts tileUp, but on the city's grid (tiles of all layers line up), not each shape's.
function tiles(mp: MP, city: MP): MP[] {
  const [x0, y0, x1, y1] = bbox(city);
  const out: MP[] = [];
  for (let x = x0; x < x1; x += TILE)
    for (let y = y0; y < y1; y += TILE) {
      const t = inter(mp, [
        [
          [
            [x, y],
            [x + TILE, y],
            [x + TILE, y + TILE],
            [x, y + TILE],
            [x, y]
          ]
        ]
      ]);
      if (t.length) out.push(t);
    }
  return out;
}

class Index {
  private readonly items: { geom: MP; tag: number }[] = [];
  private tree: Flatbush | null = null;
  add(geom: MP, tag: number): void {
    this.items.push({ geom, tag });
  }
  finish(): void {
    this.tree = new Flatbush(Math.max(1, this.items.length));
    for (const it of this.items) {
      const [a, b, c, d] = bbox(it.geom);
      this.tree.add(a, b, c, d);
    }
    if (this.items.length === 0) this.tree.add(0, 0, 0, 0);
    this.tree.finish();
  }
  near(b: number[]): { geom: MP; tag: number }[] {
    if (!this.tree || this.items.length === 0) return [];
    return this.tree
      .search(b[0] as number, b[1] as number, b[2] as number, b[3] as number)
      .map((i) => this.items[i] as { geom: MP; tag: number });
  }
}

/** Merges parts below `min` m² into a neighbouring piece of the same cell (shared edge). */
function absorbTiny(pieces: Piece[], min: number): Piece[] {
  const big = pieces.filter((p) => area(p.geom) >= min);
  const small = pieces.filter((p) => area(p.geom) < min);
  for (const s of small) {
    const sb = bbox(s.geom);
    const host = big
      .filter((b) => bboxOverlap(bbox(b.geom), sb))
      .map((b) => ({ b, u: unite([b.geom, s.geom]) }))
      .find(({ b, u }) => u.length === b.geom.length);
    if (host) host.b.geom = host.u;
    else big.push(s);
  }
  return big;
}

/** Sketch parts below this (m²) inside one cell join a neighbouring part instead of standing alone. */
const MIN_ZONE_PART = 2500;

export function tessellate(
  city: MP,
  iq: MP,
  corridors: CorridorLayer[],
  outlines: MP[],
  zones: Record<Zone, MP>,
  spacing: (p: Pt) => number,
  rng: Rng
): { pieces: Piece[]; seedCount: number } {
  const pts = seeds(city, spacing, rng);
  const [x0, y0, x1, y1] = bbox(city);
  const vor = voronoi(featureCollection(pts.map((p) => point(p))), {
    bbox: [x0 - 500, y0 - 500, x1 + 500, y1 + 500]
  });
  const corrIndex = new Index();
  corridors.forEach((c, k) => tiles(c.geom, city).forEach((t) => corrIndex.add(t, k)));
  corrIndex.finish();
  const blockIndex = new Index();
  blockIndex.add(iq, -1);
  for (const o of outlines) blockIndex.add(o, -1);
  blockIndex.finish();
  const zoneIndex = new Index();
  ZONES.forEach((z, k) => tiles(zones[z], city).forEach((t) => zoneIndex.add(t, k)));
  zoneIndex.finish();
  const out: Piece[] = [];
  for (const f of vor.features) {
    if (!f) continue;
    const cell = inter([f.geometry.coordinates], city);
    if (!cell.length) continue;
    const cb = bbox(cell);
    const blocks = blockIndex.near(cb).map((b) => b.geom);
    const free = diff(cell, blocks);
    if (!free.length) continue;
    const near = corrIndex.near(cb);
    const local: Piece[] = [];
    const byLayer = new Map<number, MP[]>();
    for (const n of near) {
      const piece = inter(free, n.geom);
      if (piece.length) byLayer.set(n.tag, [...(byLayer.get(n.tag) ?? []), piece]);
    }
    for (const [k, list] of [...byLayer.entries()].sort((a, b) => a[0] - b[0])) {
      const c = corridors[k] as CorridorLayer;
      for (const part of parts(unite(list)))
        local.push({
          geom: part,
          category: c.category,
          previous: c.category,
          name: c.name,
          source: 'corridor'
        });
    }
    let rest = diff(
      free,
      near.map((n) => n.geom)
    );
    const cellParts: Piece[] = [];
    /** A cell's remaining land: farmland before and after, in its zone (if any). */
    const farmland = (geom: Piece['geom'], zone: Piece['zone']): Piece => ({
      geom,
      category: 'landwirtschaft',
      previous: 'landwirtschaft',
      name: null,
      source: 'cell',
      zone
    });
    const nearZones = zoneIndex.near(cb);
    ZONES.forEach((z, k) => {
      const tilesOfZone = nearZones.filter((n) => n.tag === k).map((n) => n.geom);
      if (!tilesOfZone.length || !rest.length) return;
      const piece = inter(rest, unite(tilesOfZone));
      if (!piece.length) return;
      for (const part of parts(piece)) cellParts.push(farmland(part, z));
      rest = diff(rest, tilesOfZone);
    });
    for (const part of parts(rest)) cellParts.push(farmland(part, null));
    out.push(
      ...absorbTiny(
        local.filter((p) => area(p.geom) > 1),
        300
      )
    );
    out.push(
      ...absorbTiny(
        cellParts.filter((p) => area(p.geom) > 1),
        MIN_ZONE_PART
      )
    );
  }
  return { pieces: out, seedCount: pts.length };
}
