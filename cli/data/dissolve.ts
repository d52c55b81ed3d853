/**
 * Generalisation as an FNP draws it: neighbouring pieces that an FNP would not tell apart —
 * same category, same previous designation (so the same status), same name and same district —
 * become one area. What is left as the border between two areas is then a change of use, a
 * main road, a railway, the river or a district line, not the edge of a tessellation cell.
 * Pieces touching only at a corner stay apart (their union would pinch). Kept as they are:
 * the Innovationsquartier's plots and the estates' plots (they are plots on purpose), and new
 * building land (each new area is counted and named in the published figures on its own).
 */
import Flatbush from 'flatbush';
import type { CategoryCode } from '../../src/lib/plan/categories';
import type { Piece } from './carve';
import { polygon } from '@turf/helpers';
import { kinks } from '@turf/kinks';
import type { Position } from 'geojson';
import { toLL, unite, type MP } from './geo';
import { cleanRings } from './output';
import { BUILDING } from './merge';

export type Placed = Piece & { district: string | null };

/** Two pieces join when they share at least this much boundary (m); less is a corner. */
const MIN_SHARED = 1;
/** Boundary segments this close (m) to each other's line count as one edge. */
const TOL = 0.05;

const isNew = (p: Piece): boolean =>
  BUILDING.has(p.category) && !(p.previous && BUILDING.has(p.previous as CategoryCode));

/** The dissolve key, or null for a piece that keeps its own outline. */
function keyOf(p: Placed): string | null {
  if (p.source === 'iq' || p.source === 'special' || isNew(p)) return null;
  return JSON.stringify([p.category, p.previous, p.name, p.district]);
}

interface Seg {
  owner: number;
  ax: number;
  ay: number;
  bx: number;
  by: number;
}

function segmentsOf(geom: MP, owner: number): Seg[] {
  const out: Seg[] = [];
  for (const poly of geom)
    for (const ring of poly)
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i] as number[],
          b = ring[i + 1] as number[];
        const s = {
          owner,
          ax: a[0] as number,
          ay: a[1] as number,
          bx: b[0] as number,
          by: b[1] as number
        };
        if (s.ax !== s.bx || s.ay !== s.by) out.push(s);
      }
  return out;
}

/** Length (m) along which two segments lie on one another (0 unless collinear within TOL). */
export function sharedLength(s: Seg, t: Seg): number {
  const dx = s.bx - s.ax,
    dy = s.by - s.ay;
  const len = Math.hypot(dx, dy);
  const ux = dx / len,
    uy = dy / len;
  const off = (x: number, y: number): number => Math.abs((x - s.ax) * uy - (y - s.ay) * ux);
  if (off(t.ax, t.ay) > TOL || off(t.bx, t.by) > TOL) return 0;
  const p = (t.ax - s.ax) * ux + (t.ay - s.ay) * uy;
  const q = (t.bx - s.ax) * ux + (t.by - s.ay) * uy;
  return Math.max(0, Math.min(len, Math.max(p, q)) - Math.max(0, Math.min(p, q)));
}

/** Boundary length each pair of pieces shares, keyed `i,j` (i < j), for pieces with a key. */
function sharedEdges(pieces: Placed[], keys: (string | null)[]): Map<string, number> {
  const segs = pieces.flatMap((p, i) => (keys[i] === null ? [] : segmentsOf(p.geom, i)));
  const index = new Flatbush(Math.max(1, segs.length));
  for (const s of segs)
    index.add(
      Math.min(s.ax, s.bx) - TOL,
      Math.min(s.ay, s.by) - TOL,
      Math.max(s.ax, s.bx) + TOL,
      Math.max(s.ay, s.by) + TOL
    );
  index.finish();
  const shared = new Map<string, number>();
  for (const s of segs) {
    const box = [
      Math.min(s.ax, s.bx),
      Math.min(s.ay, s.by),
      Math.max(s.ax, s.bx),
      Math.max(s.ay, s.by)
    ] as const;
    for (const k of index.search(...box)) {
      const t = segs[k] as Seg;
      if (t.owner <= s.owner || keys[t.owner] !== keys[s.owner]) continue;
      const l = sharedLength(s, t);
      if (l > 0) {
        const id = `${s.owner},${t.owner}`;
        shared.set(id, (shared.get(id) ?? 0) + l);
      }
    }
  }
  return shared;
}

/**
 * True if a shape would not be written as one simple polygon: several parts, or, once rounded
 * like the written file (output.ts), a ring that falls apart or rings that touch or cross (a
 * hole touching the outline). Exactly what the data test calls a self-intersection.
 */
function pinched(mp: MP): boolean {
  if (mp.length !== 1) return true;
  const rings: Position[][] = [];
  for (const [k, ring] of (mp[0] as MP[number]).entries()) {
    const r = cleanRings(
      ring.map((p) => toLL(p[0] as number, p[1] as number)),
      k === 0
    );
    const list = k === 0 ? r.outers : r.holes;
    if (r.outers.length + r.holes.length !== 1 || list.length !== 1) {
      // A hole rounded away is a crack, not a pinch; anything else does not survive writing.
      if (k > 0 && r.outers.length + r.holes.length === 0) continue;
      return true;
    }
    rings.push(list[0] as Position[]);
  }
  return kinks(polygon(rings)).features.length > 0;
}

/**
 * The shapes a group of neighbours becomes: one, unless their union would pinch (written, a
 * hole touching its outline is a self-intersection). Then shapes are joined pairwise along
 * shared edges for as long as some pair's union does not pinch; the shapes left over are
 * neighbours that cannot be drawn as one simple area.
 */
function joinGroup(members: number[], geomOf: (i: number) => MP, adj: Map<number, number[]>): MP[] {
  const whole = unite(members.map(geomOf));
  if (!pinched(whole)) return [whole];
  const shapeOf = new Map<number, number>();
  const shapes = members.map((m, k) => {
    shapeOf.set(m, k);
    return { geom: geomOf(m), members: [m], version: 0 };
  });
  const alive = new Set(shapes.keys());
  // Pairs found to pinch, with the versions of both shapes at the time.
  const failed = new Set<string>();
  const neighbours = (a: number): number[] => {
    const near = new Set<number>();
    for (const m of shapes[a]?.members ?? [])
      for (const n of adj.get(m) ?? []) {
        const b = shapeOf.get(n);
        if (b !== undefined && b !== a && alive.has(b)) near.add(b);
      }
    return [...near].sort((x, y) => x - y);
  };
  for (let progress = true; progress;) {
    progress = false;
    for (const a of [...alive]) {
      for (let grown = alive.has(a); grown;) {
        grown = false;
        const sa = shapes[a] as (typeof shapes)[number];
        for (const b of neighbours(a)) {
          const sb = shapes[b] as (typeof shapes)[number];
          const tag = `${a}:${sa.version},${b}:${sb.version}`;
          if (failed.has(tag)) continue;
          const u = unite([sa.geom, sb.geom]);
          if (pinched(u)) {
            failed.add(tag);
            continue;
          }
          sa.geom = u;
          sa.members.push(...sb.members);
          sa.version++;
          for (const m of sb.members) shapeOf.set(m, a);
          alive.delete(b);
          grown = progress = true;
          break;
        }
      }
    }
  }
  return [...alive].map((a) => (shapes[a] as (typeof shapes)[number]).geom);
}

/** Joins neighbouring pieces with equal keys; order follows the first piece of each group. */
export function dissolve(pieces: Placed[]): { pieces: Placed[]; joined: number } {
  const keys = pieces.map(keyOf);
  const parent = pieces.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const adj = new Map<number, number[]>();
  const link = (i: number, j: number): void => {
    const l = adj.get(i);
    if (l) l.push(j);
    else adj.set(i, [j]);
  };
  for (const [id, len] of sharedEdges(pieces, keys)) {
    if (len < MIN_SHARED) continue;
    const [i, j] = id.split(',').map(Number) as [number, number];
    link(i, j);
    link(j, i);
    const a = find(i),
      b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const groups = new Map<number, number[]>();
  pieces.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const geomOf = (i: number): MP => (pieces[i] as Placed).geom;
  const out: Placed[] = [];
  for (const [root, members] of [...groups].sort((x, y) => x[0] - y[0])) {
    const first = pieces[root] as Placed;
    if (members.length === 1) out.push(first);
    else for (const geom of joinGroup(members, geomOf, adj)) out.push({ ...first, geom });
  }
  return { pieces: out, joined: pieces.length - out.length };
}
