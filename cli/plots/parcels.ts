/**
 * Cuts an estate area into parcels the way estates are laid out: one or more estate roads run
 * along the area's main axis, and plots are strips cut perpendicular to each road on both
 * sides. Built in metres in ETRS89-LAEA (equal-area), clipped against the area with Turf.
 */
import { featureCollection, polygon as turfPolygon } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { fromLaea, toLaea } from '../../src/lib/geo/laea';
import type { Rng } from '../../src/lib/geo/prng';

export interface ParcelOptions {
  /** Target plot area range (m²); strip widths are drawn so plots fall near this range. */
  minArea: number;
  maxArea: number;
  /** Width of the estate road left between the two rows of plots (m). */
  roadWidth: number;
  /** Plot depth from the road (m) at most; wider areas get more roads. */
  maxDepth: number;
  /** Widest plot frontage along the road (m); 250 unless given. */
  maxWidth?: number;
}

type Pt = [number, number];

const outerRings = (g: Polygon | MultiPolygon): Position[][] =>
  g.type === 'Polygon' ? [g.coordinates[0]!] : g.coordinates.map((p) => p[0]!);

/** Direction (radians) of the main axis in metres, from the covariance of the outer vertices. */
function mainAxis(points: Pt[]): number {
  const mx = points.reduce((s, p) => s + p[0], 0) / points.length;
  const my = points.reduce((s, p) => s + p[1], 0) / points.length;
  let xx = 0;
  let yy = 0;
  let xy = 0;
  for (const [x, y] of points) {
    xx += (x - mx) ** 2;
    yy += (y - my) ** 2;
    xy += (x - mx) * (y - my);
  }
  return 0.5 * Math.atan2(2 * xy, xx - yy);
}

/** Keeps the largest polygon of a clip result (a strip may cut off a corner sliver). */
function largestPart(g: Polygon | MultiPolygon, areaOf: (p: Polygon) => number): Polygon {
  if (g.type === 'Polygon') return g;
  const polys: Polygon[] = g.coordinates.map((c) => ({ type: 'Polygon', coordinates: c }));
  return polys.reduce((a, b) => (areaOf(b) > areaOf(a) ? b : a));
}

const round7 = (p: Position): Position => [Number(p[0]!.toFixed(7)), Number(p[1]!.toFixed(7))];

/**
 * Parcels of `area` (lon/lat), in road order. Each is a polygon inside the area; pieces that
 * came out smaller than `minArea` or much less compact than their strip are dropped.
 */
export function parcels(
  area: Polygon | MultiPolygon,
  rng: Rng,
  opts: ParcelOptions,
  areaOf: (p: Polygon) => number
): Polygon[] {
  const pts = outerRings(area)
    .flat()
    .map((p) => toLaea(p[0]!, p[1]!) as Pt);
  const theta = mainAxis(pts);
  const [cu, su] = [Math.cos(theta), Math.sin(theta)];
  // u along the road axis, v across it
  const uv = pts.map(([x, y]) => [x * cu + y * su, -x * su + y * cu] as Pt);
  const us = uv.map((p) => p[0]);
  const vs = uv.map((p) => p[1]);
  const [u0, u1, v0, v1] = [Math.min(...us), Math.max(...us), Math.min(...vs), Math.max(...vs)];
  const toLL = (u: number, v: number): Position =>
    round7(fromLaea(u * cu - v * su, u * su + v * cu));
  const span = v1 - v0;
  const roads = Math.max(1, Math.round(span / (2 * opts.maxDepth + opts.roadWidth)));
  const band = span / roads;
  const depth = Math.max(20, (band - opts.roadWidth) / 2);
  const rows: [number, number][] = [];
  for (let r = 0; r < roads; r++) {
    const mid = v0 + band * (r + 0.5);
    rows.push([mid - opts.roadWidth / 2 - depth, mid - opts.roadWidth / 2]);
    rows.push([mid + opts.roadWidth / 2, mid + opts.roadWidth / 2 + depth]);
  }
  const areaFeature = featureCollection([
    { type: 'Feature' as const, geometry: area, properties: {} }
  ]);
  const out: Polygon[] = [];
  for (const [va, vb] of rows) {
    let u = u0;
    while (u < u1) {
      const width = Math.min(
        opts.maxWidth ?? 250,
        Math.max(18, rng.range(opts.minArea, opts.maxArea) / (vb - va))
      );
      const ub = Math.min(u1, u + width);
      const strip = turfPolygon([
        [toLL(u, va), toLL(ub, va), toLL(ub, vb), toLL(u, vb), toLL(u, va)]
      ]);
      u = ub;
      const cut = intersect(featureCollection([areaFeature.features[0]!, strip]));
      if (!cut) continue;
      const piece = largestPart(cut.geometry, areaOf);
      const a = areaOf(piece);
      const stripArea = areaOf(strip.geometry);
      if (a < opts.minArea * 0.6 || a < stripArea * 0.55) continue;
      out.push({ type: 'Polygon', coordinates: piece.coordinates.map((r) => r.map(round7)) });
    }
  }
  return out;
}

/** Area of the part of `part` between u = a and u = b (u along `theta`), and that piece. */
function slab(
  part: Polygon,
  theta: number,
  [a, b]: [number, number],
  [v0, v1]: [number, number],
  areaOf: (p: Polygon) => number
): { area: number; piece: Polygon | null } {
  const [cu, su] = [Math.cos(theta), Math.sin(theta)];
  const toLL = (u: number, v: number): Position =>
    round7(fromLaea(u * cu - v * su, u * su + v * cu));
  const box = turfPolygon([[toLL(a, v0), toLL(b, v0), toLL(b, v1), toLL(a, v1), toLL(a, v0)]]);
  const cut = intersect(
    featureCollection([{ type: 'Feature' as const, geometry: part, properties: {} }, box])
  );
  if (!cut) return { area: 0, piece: null };
  const piece = largestPart(cut.geometry, areaOf);
  return { area: areaOf(piece), piece };
}

/**
 * Lots of a new estate, the way large estates are sold: each part of the area (the plan's
 * corridors cut estates into parts) is marketed whole up to `wholeUpTo` m², larger parts are
 * cut across their main axis into lots of about equal area near `lotArea` (drawn per part), so
 * neighbouring lots share a boundary and can be bought together; parts under `minPart` m² carry
 * no lot.
 */
export function estateLots(
  area: Polygon | MultiPolygon,
  rng: Rng,
  opts: { wholeUpTo: number; minPart: number; lotArea: [number, number] },
  areaOf: (p: Polygon) => number
): Polygon[] {
  const parts: Polygon[] =
    area.type === 'Polygon'
      ? [area]
      : area.coordinates.map((c) => ({ type: 'Polygon', coordinates: c }));
  const out: Polygon[] = [];
  for (const part of parts) {
    const a = areaOf(part);
    if (a < opts.minPart) continue;
    const rounded: Polygon = {
      type: 'Polygon',
      coordinates: part.coordinates.map((r) => r.map(round7))
    };
    if (a <= opts.wholeUpTo) {
      out.push(rounded);
      continue;
    }
    const pts = part.coordinates[0]!.map((p) => toLaea(p[0]!, p[1]!) as Pt);
    const theta = mainAxis(pts);
    const [cu, su] = [Math.cos(theta), Math.sin(theta)];
    const us = pts.map(([x, y]) => x * cu + y * su);
    const vs = pts.map(([x, y]) => -x * su + y * cu);
    const v: [number, number] = [Math.min(...vs) - 5, Math.max(...vs) + 5];
    const [u0, u1] = [Math.min(...us) - 5, Math.max(...us) + 5];
    const k = Math.max(2, Math.round(a / rng.range(...opts.lotArea)));
    let from = u0;
    for (let i = 1; i <= k; i++) {
      let to = u1;
      if (i < k) {
        // bisect the cut so that the slab from `from` holds a/k
        let [lo, hi] = [from, u1];
        for (let it = 0; it < 30; it++) {
          const mid = (lo + hi) / 2;
          if (slab(part, theta, [from, mid], v, areaOf).area < a / k) lo = mid;
          else hi = mid;
        }
        to = (lo + hi) / 2;
      }
      const { piece } = slab(part, theta, [from, to], v, areaOf);
      if (piece && areaOf(piece) >= opts.minPart)
        out.push({ type: 'Polygon', coordinates: piece.coordinates.map((r) => r.map(round7)) });
      from = to;
    }
  }
  return out;
}
