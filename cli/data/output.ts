/** Conversion to WGS84 GeoJSON (7 decimals, RFC 7946 winding) and stable, diff-friendly files. */
import { basename } from 'node:path';
import { featureCollection, polygon } from '@turf/helpers';
import { kinks } from '@turf/kinks';
import { union } from '@turf/union';
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { toLL, type MP } from './geo';
import { pointInRing } from '../../src/lib/geo/point-in-ring';
import { writeOutputFile, type OutputPolicy } from '../safe-output';

const round = (v: number): number => Math.round(v * 1e7) / 1e7;

function signed(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position,
      b = ring[i + 1] as Position;
    s += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return s / 2;
}

const same = (a: Position | undefined, b: Position | undefined): boolean =>
  !!a && !!b && a[0] === b[0] && a[1] === b[1];
/** Rings below this (deg², about 0.5 m²) are cracks left by rounding, not areas. */
const MIN_RING = 5e-11;

/** Rounds and drops repeated vertices and zero-width spikes (A→X→A); open ring, no closing vertex. */
function roundRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [round(p[0] as number), round(p[1] as number)];
    if (!same(out[out.length - 1], q)) out.push(q);
  }
  while (out.length > 1 && same(out[0], out[out.length - 1])) out.pop();
  for (let changed = true; changed && out.length >= 3;) {
    changed = false;
    for (let i = 0; i < out.length && out.length >= 3; i++) {
      const n = out.length;
      const prev = out[(i - 1 + n) % n],
        next = out[(i + 1) % n];
      if (same(prev, next)) {
        out.splice(i, 1);
        const j = i % out.length;
        out.splice(j, 1);
        changed = true;
      }
    }
  }
  // Near-collinear vertices and hairline spikes become kinks once rounded to 7 decimals; they
  // carry (almost) no area, so they go.
  for (let changed = true; changed && out.length > 3;) {
    changed = false;
    for (let i = 0; i < out.length && out.length > 3; i++) {
      const n = out.length;
      const a = out[(i - 1 + n) % n] as Position,
        b = out[i] as Position,
        c = out[(i + 1) % n] as Position;
      const tri =
        Math.abs(
          ((b[0] as number) - (a[0] as number)) * ((c[1] as number) - (a[1] as number)) -
            ((c[0] as number) - (a[0] as number)) * ((b[1] as number) - (a[1] as number))
        ) / 2;
      const ux = (a[0] as number) - (b[0] as number),
        uy = (a[1] as number) - (b[1] as number);
      const vx = (c[0] as number) - (b[0] as number),
        vy = (c[1] as number) - (b[1] as number);
      const reversal = (ux * vx + uy * vy) / (Math.hypot(ux, uy) * Math.hypot(vx, vy)) > 0.9999;
      // A reversal is only dropped when it is a hairline too (under ~0.2 m²): a long thin spike
      // is real area, and dropping it opened gaps (or overlaps, for inward spikes) of up to
      // 500 m² against the neighbours; the kink check in toGeometry repairs it instead.
      if (tri < 2.5e-12 || (reversal && tri < 2.5e-11)) {
        out.splice(i, 1);
        changed = true;
      }
    }
  }
  return out;
}

/** Splits an open ring at vertices it visits twice (pinches) into simple closed loops. */
function splitPinches(open: Position[]): Position[][] {
  const loops: Position[][] = [];
  const stack: Position[] = [];
  for (const p of [...open, open[0] as Position]) {
    const k = stack.findIndex((q) => same(q, p));
    if (k >= 0) {
      const loop = stack.splice(k);
      loop.push(p);
      if (loop.length >= 4) loops.push(loop);
    }
    stack.push(p);
  }
  return loops;
}

/**
 * Rounds to 7 decimals and orients (outer rings counter-clockwise, holes clockwise). Returns
 * simple rings: a ring that touches itself is split into its loops; loops turning the other
 * way are returned as holes.
 */
export function cleanRings(
  ring: Position[],
  outer: boolean
): { outers: Position[][]; holes: Position[][] } {
  const res = { outers: [] as Position[][], holes: [] as Position[][] };
  const open = roundRing(ring);
  if (open.length < 3) return res;
  const whole = signed([...open, open[0] as Position]);
  for (const loop of splitPinches(open)) {
    const a = signed(loop);
    if (Math.abs(a) < MIN_RING) continue;
    const asOuter = a > 0 === whole > 0 ? outer : !outer;
    if (signed(loop) > 0 !== asOuter) loop.reverse();
    (asOuter ? res.outers : res.holes).push(loop);
  }
  return res;
}

export function cleanRing(ring: Position[], outer: boolean): Position[] | null {
  const { outers, holes } = cleanRings(ring, outer);
  const list = outer ? outers : holes;
  return list.length === 1 ? (list[0] as Position[]) : null;
}

/** Local metres → lon/lat geometry (Polygon when it has one part). */
export function toGeometry(mp: MP): Polygon | MultiPolygon | null {
  const polys: Position[][][] = [];
  for (const poly of mp) {
    const outers: Position[][] = [];
    const holes: Position[][] = [];
    poly.forEach((ring, i) => {
      const r = cleanRings(
        ring.map((p) => toLL(p[0] as number, p[1] as number)),
        i === 0
      );
      outers.push(...r.outers);
      holes.push(...r.holes);
    });
    const parts: Position[][][] = outers.sort((a, b) => signed(b) - signed(a)).map((o) => [o]);
    for (const h of holes) {
      const host = parts.find((p) => inRing(h, p[0] as Position[]));
      if (host) host.push(h);
    }
    polys.push(...parts);
  }
  if (polys.length === 0) return null;
  const repaired = polys.flatMap((p) =>
    kinks(polygon(p)).features.length === 0 ? [p] : repair(p)
  );
  polys.length = 0;
  polys.push(...repaired);
  if (polys.length === 0) return null;
  if (polys.length === 1) return { type: 'Polygon', coordinates: polys[0] as Position[][] };
  return { type: 'MultiPolygon', coordinates: polys };
}

/** Resolves a self-touching or hairline-crossing polygon with polyclip, then cleans again. */
function repair(poly: Position[][]): Position[][][] {
  const u = union(featureCollection([polygon(poly), polygon(poly)]))?.geometry;
  if (!u) return [];
  const out: Position[][][] = [];
  for (const p of u.type === 'Polygon' ? [u.coordinates] : u.coordinates) {
    const outer = cleanRings(p[0] as Position[], true).outers;
    const holes = p.slice(1).flatMap((h) => cleanRings(h, false).holes);
    for (const o of outer) out.push([o, ...holes.filter((h) => inRing(h, o))]);
  }
  return out;
}

/** True if some vertex of `inner` that is not on `outer`'s vertex list lies inside `outer`. */
function inRing(inner: Position[], outer: Position[]): boolean {
  const probe = inner.find((p) => !outer.some((q) => same(p, q))) ?? inner[0];
  if (!probe) return false;
  return pointInRing(probe[0] as number, probe[1] as number, outer);
}

export interface OutFeature {
  properties: Record<string, unknown>;
  geometry: Polygon | MultiPolygon | MultiLineString | { type: 'Point'; coordinates: Position };
}

/** The files the data builds (data:build, data:scenes) write into a plan folder. */
export const DATA_FILES = [
  'boundary.geojson',
  'plan.geojson',
  'innovationsquartier.geojson',
  'districts.geojson',
  'places.geojson',
  'plan.json',
  'scenes.json',
  // a Bebauungsplan's Baugrenzen (cli/data/bplan.ts)
  'lines.geojson'
];

/** The data builds make the shipped plan: they may write there, and only their own files. */
export const DATA_POLICY: OutputPolicy = {
  tool: 'npm run data:build',
  shippedPlans: true,
  ours: (file) => DATA_FILES.includes(basename(file))
};

/** A FeatureCollection with one feature per line. */
export function writeCollection(file: string, features: OutFeature[]): void {
  const lines = features.map((f) =>
    JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry })
  );
  writeOutputFile(
    file,
    `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`,
    DATA_POLICY
  );
}

export function writeJson(file: string, value: unknown): void {
  writeOutputFile(file, JSON.stringify(value, null, 2) + '\n', DATA_POLICY);
}
