/**
 * Synthetic plans and regions for tests and the benchmark (seeded, reproducible). A plan is a
 * tiling of a city-sized square near Düren by jittered grid cells with wiggly shared edges
 * (20–200 vertices per area); some cells have a hole that is filled by an island area, a few
 * islands are joined into MultiPolygons, and optional overlays lie on top.
 */
import type { Polygon, Position } from 'geojson';
import { fromLaea, toLaea } from './laea';
import { CATEGORIES, type CategoryCode } from '../plan/categories';
import type { LoadedFeature, PlanGeometry, Status } from '../plan/types';
import { ellipsoidalArea } from './area';
import { mulberry32 } from './prng';

/** Düren city centre. */
export const DUEREN: [number, number] = [6.4833, 50.8006];

export interface SyntheticOptions {
  n: number;
  seed?: number;
  /** Side of the square city in metres (default 9,220 m ≈ 85 km²). */
  side_m?: number;
  /** Every k-th cell gets a hole filled by an island area (0 = none). */
  holeEvery?: number;
  /** Number of overlay areas laid on top (not part of the tiling). */
  overlays?: number;
  /** Compute area_m2 (as readPlanFeatures does); otherwise 0 and filled by the caller. */
  computeArea?: boolean;
  /** Parcels: 4–12 vertices per area (mean 8, 0–2 per edge) instead of 20–200. */
  parcels?: boolean;
}

export const DISTRICTS = ['Nord', 'Mitte', 'Süd', 'Ost', 'West'];

/**
 * A plan of `n` areas (exactly n tiling features, plus `overlays` overlays) as LoadedFeature[].
 */
export function syntheticPlan(opts: SyntheticOptions): LoadedFeature[] {
  const {
    n,
    seed = 1,
    side_m = 9220,
    holeEvery = 0,
    overlays = 0,
    computeArea = true,
    parcels = false
  } = opts;
  const rnd = mulberry32(seed);
  const [cx, cy] = toLaea(DUEREN[0], DUEREN[1]);
  const cells = holeEvery > 0 ? Math.ceil(n / (1 + 0.5 / holeEvery)) : n;
  const gx = Math.max(1, Math.ceil(Math.sqrt(cells)));
  const gy = Math.max(1, Math.ceil(cells / gx)) + (holeEvery > 0 ? 1 : 0);
  const size = side_m / Math.max(gx, gy);
  const x0 = cx - (gx * size) / 2;
  const y0 = cy - (gy * size) / 2;
  // Jittered nodes (border nodes stay on the border).
  const node = (i: number, j: number): [number, number] => {
    const r = mulberry32(seed * 1000003 + i * 7919 + j * 104729);
    const jx = i === 0 || i === gx ? 0 : (r() - 0.5) * 0.4 * size;
    const jy = j === 0 || j === gy ? 0 : (r() - 0.5) * 0.4 * size;
    return [x0 + i * size + jx, y0 + j * size + jy];
  };
  // Vertex budget per cell: 20–200, skewed towards small (mean ≈ 65); spread over 4 edges.
  const interior = (key: number) => {
    const r = mulberry32(key);
    if (parcels) return Math.floor(r() * 3);
    return Math.floor((16 + Math.floor(180 * r() ** 3)) / 4);
  };
  /** Interior points of the edge a→b (deterministic by key, so neighbours share them). */
  const edgePoints = (
    a: [number, number],
    b: [number, number],
    key: number
  ): [number, number][] => {
    const r = mulberry32(key);
    const k = interior(key + 1);
    const amp = 0.08 * size * r();
    const waves = 1 + Math.floor(r() * 3);
    const dx = b[0] - a[0],
      dy = b[1] - a[1];
    const len = Math.hypot(dx, dy);
    const out: [number, number][] = [];
    for (let s = 1; s <= k; s++) {
      const t = s / (k + 1);
      const off = amp * Math.sin(Math.PI * t) * Math.sin(waves * Math.PI * t);
      out.push([a[0] + t * dx - (off * dy) / len, a[1] + t * dy + (off * dx) / len]);
    }
    return out;
  };
  const hKey = (i: number, j: number) => seed * 31 + (j * (gx + 1) + i) * 2;
  const vKey = (i: number, j: number) => seed * 31 + (j * (gx + 1) + i) * 2 + 1;
  const toLonLat = (ring: [number, number][]): Position[] => {
    const out = ring.map(([x, y]) => fromLaea(x, y) as Position);
    out.push([...(out[0] as Position)]);
    return out;
  };
  const features: LoadedFeature[] = [];
  // a Flächennutzungsplan: its categories, not those only a Bebauungsplan (Baugebiete,
  // Baugrenze …) or a protection overlay has
  const cats = CATEGORIES.filter((c) => !c.line && !c.overlay && !c.xplanMatch.baugebiet).map(
    (c) => c.code
  );
  const props = (category: CategoryCode, overlay = false) => ({
    id: `f${features.length}`,
    category,
    status: (rnd() < 0.8 ? 'bestand' : 'neu') as Status,
    previous: null,
    district: DISTRICTS[Math.floor(rnd() * DISTRICTS.length)] as string,
    name: null,
    ...(overlay ? { overlay: true } : {}),
    area_m2: 0
  });
  const push = (geometry: PlanGeometry, overlay = false) => {
    const p = props(cats[Math.floor(rnd() * cats.length)] as CategoryCode, overlay);
    features.push({ type: 'Feature', id: features.length, geometry, properties: p });
  };
  let pendingIsland: Position[][] | null = null;
  for (let c = 0; c < gx * gy && features.length < n; c++) {
    const i = c % gx,
      j = Math.floor(c / gx);
    const a = node(i, j),
      b = node(i + 1, j),
      d = node(i + 1, j + 1),
      e = node(i, j + 1);
    const ring: [number, number][] = [
      a,
      ...edgePoints(a, b, hKey(i, j)),
      b,
      ...edgePoints(b, d, vKey(i + 1, j)),
      d,
      ...edgePoints(e, d, hKey(i, j + 1)).reverse(),
      e,
      ...edgePoints(a, e, vKey(i, j)).reverse()
    ];
    const withHole = holeEvery > 0 && c % holeEvery === holeEvery - 1 && features.length + 2 <= n;
    if (!withHole) {
      push({ type: 'Polygon', coordinates: [toLonLat(ring)] });
      continue;
    }
    // A hole: a small wiggly octagon around the cell centre, filled by an island feature.
    const mx = (a[0] + b[0] + d[0] + e[0]) / 4,
      my = (a[1] + b[1] + d[1] + e[1]) / 4;
    const rad = 0.15 * size;
    const hole: [number, number][] = [];
    for (let s = 0; s < 24; s++) {
      const t = (2 * Math.PI * s) / 24;
      const rr = rad * (0.8 + 0.2 * Math.sin(3 * t));
      hole.push([mx + rr * Math.cos(t), my + rr * Math.sin(t)]);
    }
    const holeLL = toLonLat(hole);
    push({ type: 'Polygon', coordinates: [toLonLat(ring), [...holeLL].reverse()] });
    // Every second island waits for the next one to form a MultiPolygon.
    if (pendingIsland === null && features.length + 2 <= n) pendingIsland = [holeLL];
    else if (pendingIsland !== null) {
      push({ type: 'MultiPolygon', coordinates: [pendingIsland, [holeLL]] });
      pendingIsland = null;
    } else push({ type: 'Polygon', coordinates: [holeLL] });
  }
  if (pendingIsland) push({ type: 'Polygon', coordinates: pendingIsland });
  for (let o = 0; o < overlays; o++) {
    const x = x0 + rnd() * gx * size,
      y = y0 + rnd() * gy * size;
    const r = size * (1 + rnd() * 3);
    const ring: [number, number][] = [];
    for (let s = 0; s < 16; s++)
      ring.push([x + r * Math.cos((s * Math.PI) / 8), y + r * Math.sin((s * Math.PI) / 8)]);
    push({ type: 'Polygon', coordinates: [toLonLat(ring)] }, true);
  }
  if (computeArea) for (const f of features) f.properties.area_m2 = ellipsoidalArea(f.geometry);
  return features;
}

/**
 * A random star-shaped, concave region with `vertices` vertices around (x, y) in LAEA metres,
 * scaled so that its area is `area_m2`: radius 1 + a few random low harmonics (deep lobes, as
 * a hand-drawn outline) + ±5 % noise per vertex. Returned in lon/lat, counter-clockwise.
 */
export function starRegion(
  rnd: () => number,
  x: number,
  y: number,
  area_m2: number,
  vertices: number
): Polygon {
  const harmonics = [2, 3, 4, 5, 7].map((k) => ({
    k,
    a: 0.08 + 0.1 * rnd(),
    phase: 2 * Math.PI * rnd()
  }));
  const angles: number[] = [];
  const radii: number[] = [];
  for (let s = 0; s < vertices; s++) {
    const t = (2 * Math.PI * (s + 0.4 * rnd())) / vertices;
    let r = 1 + 0.1 * (rnd() - 0.5);
    for (const h of harmonics) r += h.a * Math.sin(h.k * t + h.phase);
    angles.push(t);
    radii.push(Math.max(0.1, r));
  }
  return polarPolygon(x, y, area_m2, angles, radii);
}

/** A spiky star (alternating long and short rays): a harder case, many areas cross its outline. */
// Same parameters and steps as starRegion on purpose: the tests swap one shape for the other.
export function spikyRegion(
  rnd: () => number,
  x: number,
  y: number,
  area_m2: number,
  vertices: number
): Polygon {
  const radii: number[] = [];
  for (let s = 0; s < vertices; s++)
    radii.push(s % 2 === 0 ? 0.6 + 0.4 * rnd() : 0.25 + 0.35 * rnd());
  const angles = radii.map((_, s) => (2 * Math.PI * (s + 0.3 * rnd())) / vertices);
  return polarPolygon(x, y, area_m2, angles, radii);
}

/** The polygon of vertices at (angle, radius) around (x, y) in LAEA, scaled to `area_m2`; lon/lat. */
function polarPolygon(
  x: number,
  y: number,
  area_m2: number,
  angles: readonly number[],
  radii: readonly number[]
): Polygon {
  const vertices = radii.length;
  let area = 0;
  for (let s = 0; s < vertices; s++) {
    const t = (s + 1) % vertices;
    area +=
      0.5 *
      (radii[s] as number) *
      (radii[t] as number) *
      Math.sin(((angles[t] as number) - (angles[s] as number) + 2 * Math.PI) % (2 * Math.PI));
  }
  const k = Math.sqrt(area_m2 / area);
  const ring: Position[] = radii.map((r, s) =>
    fromLaea(x + k * r * Math.cos(angles[s] as number), y + k * r * Math.sin(angles[s] as number))
  );
  ring.push([...(ring[0] as Position)]);
  return { type: 'Polygon', coordinates: [ring] };
}

/**
 * A self-intersecting star {n/k} (the "star" of a shared link that once ran for minutes): n
 * vertices on a circle of `radius_m` around (x, y) in LAEA, each joined to the one k steps on,
 * so every edge crosses about 2(k − 1) others. Lon/lat.
 */
export function crossingStar(
  x: number,
  y: number,
  radius_m: number,
  n: number,
  k: number
): Polygon {
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * ((i * k) % n)) / n;
    ring.push(fromLaea(x + radius_m * Math.cos(a), y + radius_m * Math.sin(a)));
  }
  ring.push([...(ring[0] as Position)]);
  return { type: 'Polygon', coordinates: [ring] };
}

/**
 * A random star region (see `starRegion`) with `twists` pairs of neighbouring vertices swapped:
 * each swap makes a small bow-tie, so the outline crosses itself `twists` times.
 */
export function twistedRegion(
  rnd: () => number,
  x: number,
  y: number,
  area_m2: number,
  vertices: number,
  twists: number
): Polygon {
  const ring = (starRegion(rnd, x, y, area_m2, vertices).coordinates[0] as Position[]).slice(0, -1);
  for (let t = 0; t < twists; t++) {
    const i = Math.floor(((t + 0.5) * (vertices - 2)) / twists);
    [ring[i], ring[i + 1]] = [ring[i + 1] as Position, ring[i] as Position];
  }
  ring.push([...(ring[0] as Position)]);
  return { type: 'Polygon', coordinates: [ring] };
}
