/**
 * Planar geometry for the generator. Everything is built in metres in a local frame of the
 * equal-area ETRS89-LAEA projection (origin at Düren's reference point), so shapes are
 * isotropic and planar areas are ellipsoidal areas. Boolean operations are Turf's (polyclip).
 */
import { difference } from '@turf/difference';
import { featureCollection, multiPolygon } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { union } from '@turf/union';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { fromLaea, toLaea } from '../../src/lib/geo/laea';
import type { Rng } from '../../src/lib/geo/prng';
import { pointInRings } from '../../src/lib/geo/point-in-ring';
import { polygonsBounds } from '../../src/lib/geo/bounds';

/** Multipolygon coordinates in local metres. */
export type MP = Position[][][];
export type Pt = [number, number];

const [OX, OY] = toLaea(6.482964, 50.801678);

export const toM = (lon: number, lat: number): Pt => {
  const [x, y] = toLaea(lon, lat);
  return [x - OX, y - OY];
};
export const toLL = (x: number, y: number): Pt => fromLaea(x + OX, y + OY);

const at = (ring: Position[], i: number): Position => ring[i] as Position;

export function ringArea(ring: Position[]): number {
  let s = 0;
  const x0 = at(ring, 0)[0] as number;
  const y0 = at(ring, 0)[1] as number;
  for (let i = 1; i + 1 < ring.length; i++) {
    const a = at(ring, i);
    const b = at(ring, i + 1);
    s +=
      ((a[0] as number) - x0) * ((b[1] as number) - y0) -
      ((b[0] as number) - x0) * ((a[1] as number) - y0);
  }
  return s / 2;
}

export function area(mp: MP): number {
  let sum = 0;
  for (const poly of mp)
    poly.forEach((ring, i) => (sum += (i === 0 ? 1 : -1) * Math.abs(ringArea(ring))));
  return sum;
}

/** The box around the shape's outer rings, in metres. */
export const bbox = (mp: MP): [number, number, number, number] => polygonsBounds(mp);

export const bboxOverlap = (p: number[], q: number[]): boolean =>
  (p[0] as number) <= (q[2] as number) &&
  (q[0] as number) <= (p[2] as number) &&
  (p[1] as number) <= (q[3] as number) &&
  (q[1] as number) <= (p[3] as number);

const asMP = (g: Polygon | MultiPolygon | undefined | null): MP =>
  !g ? [] : g.type === 'Polygon' ? [g.coordinates] : g.coordinates;

const nonEmpty = (mp: MP): boolean => mp.length > 0;

const snap = (mp: MP, g: number): MP =>
  mp.map((poly) =>
    poly.map((ring) =>
      ring.map((p) => [Math.round((p[0] as number) / g) * g, Math.round((p[1] as number) / g) * g])
    )
  );

/** Runs a polyclip operation; on its rare robustness failure retries on inputs snapped to a mm/cm grid. */
function robust(op: (inputs: MP[]) => MP, inputs: MP[]): MP {
  try {
    return op(inputs);
  } catch (err) {
    if (process.env.DEBUG_GEO) console.error('polyclip retry', String(err).slice(0, 80));
    for (const g of [0.001, 0.01, 0.05]) {
      try {
        return op(inputs.map((m) => snap(m, g)));
      } catch {
        /* next grid */
      }
    }
    throw err;
  }
}

export function inter(a: MP, b: MP): MP {
  if (!nonEmpty(a) || !nonEmpty(b) || !bboxOverlap(bbox(a), bbox(b))) return [];
  return robust(
    ([p, q]) =>
      asMP(intersect(featureCollection([multiPolygon(p as MP), multiPolygon(q as MP)]))?.geometry),
    [a, b]
  );
}

export function diff(a: MP, subtract: MP[]): MP {
  const ab = bbox(a);
  const bs = subtract.filter((b) => nonEmpty(b) && bboxOverlap(ab, bbox(b)));
  if (!nonEmpty(a) || bs.length === 0) return a;
  return robust(
    (all) => asMP(difference(featureCollection(all.map((m) => multiPolygon(m))))?.geometry),
    [a, ...bs]
  );
}

export function unite(list: MP[]): MP {
  const ok = list.filter(nonEmpty);
  if (ok.length === 0) return [];
  if (ok.length === 1) return ok[0] as MP;
  return robust(
    (all) => asMP(union(featureCollection(all.map((m) => multiPolygon(m))))?.geometry),
    ok
  );
}

/** The polygons of a multipolygon, each as its own one-part multipolygon. */
export const parts = (mp: MP): MP[] => mp.map((poly) => [poly]);

export function regularPolygon([cx, cy]: Pt, radius: number, n: number): MP {
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * (i + 0.5)) / n;
    ring.push([cx + radius * Math.cos(a), cy + radius * Math.sin(a)]);
  }
  ring.push(ring[0] as Position);
  return [[ring]];
}

export function scale(mp: MP, [cx, cy]: Pt, k: number): MP {
  return mp.map((poly) =>
    poly.map((ring) =>
      ring.map((p) => [cx + ((p[0] as number) - cx) * k, cy + ((p[1] as number) - cy) * k])
    )
  );
}

/** The part of `mp` with n·p ≤ t, n = (cos a, sin a). */
function halfPlaneCut(mp: MP, angle: number, t: number): MP {
  const [x0, y0, x1, y1] = bbox(mp);
  const big = 2 * Math.hypot(x1 - x0, y1 - y0) + 100;
  const cx = (x0 + x1) / 2,
    cy = (y0 + y1) / 2;
  const nx = Math.cos(angle),
    ny = Math.sin(angle);
  const dx = -ny,
    dy = nx;
  const sc = cx * dx + cy * dy;
  const pt = (u: number, v: number): Position => [u * nx + v * dx, u * ny + v * dy];
  const tc = cx * nx + cy * ny;
  const ring = [
    pt(tc - big, sc - big),
    pt(t, sc - big),
    pt(t, sc + big),
    pt(tc - big, sc + big),
    pt(tc - big, sc - big)
  ];
  return inter(mp, [[ring]]);
}

/** Splits `mp` by a line perpendicular to direction `angle` so that the low side has `target` m². */
export function splitByArea(mp: MP, angle: number, target: number): [MP, MP] {
  const nx = Math.cos(angle),
    ny = Math.sin(angle);
  let lo = Infinity,
    hi = -Infinity;
  for (const poly of mp)
    for (const p of poly[0] ?? []) {
      const t = (p[0] as number) * nx + (p[1] as number) * ny;
      lo = Math.min(lo, t);
      hi = Math.max(hi, t);
    }
  let cut: MP = [];
  let t = (lo + hi) / 2;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    t = mid;
    cut = halfPlaneCut(mp, angle, mid);
    const a = area(cut);
    if (Math.abs(a - target) < 0.5) break;
    if (a < target) lo = mid;
    else hi = mid;
  }
  return [cut, halfPlaneCut(mp, angle + Math.PI, -t)];
}

/** Main axis direction (radians) of a shape, from the covariance of its outer vertices. */
export function mainAxis(mp: MP): number {
  let n = 0,
    sx = 0,
    sy = 0;
  const pts: Position[] = mp.flatMap((poly) => poly[0] ?? []);
  for (const p of pts) {
    sx += p[0] as number;
    sy += p[1] as number;
    n++;
  }
  const mx = sx / n,
    my = sy / n;
  let xx = 0,
    yy = 0,
    xy = 0;
  for (const p of pts) {
    const dx = (p[0] as number) - mx,
      dy = (p[1] as number) - my;
    xx += dx * dx;
    yy += dy * dy;
    xy += dx * dy;
  }
  return 0.5 * Math.atan2(2 * xy, xx - yy);
}

/** Recursively cuts a shape into plots (each a one-polygon MP) of at most `maxArea` m². */
export function subdivide(mp: MP, rng: Rng, maxArea: number, minArea: number): MP[] {
  const out: MP[] = [];
  const stack: MP[] = parts(mp);
  while (stack.length) {
    const cur = stack.pop() as MP;
    const a = area(cur);
    if (a <= maxArea && (a < 2.2 * minArea || rng.next() < 0.35)) {
      out.push(cur);
      continue;
    }
    const axis = mainAxis(cur) + rng.range(-0.12, 0.12);
    const [p, q] = splitByArea(cur, axis, a * rng.range(0.38, 0.62));
    for (const half of [p, q]) for (const part of parts(half)) if (area(part) > 1) stack.push(part);
  }
  return out;
}

export function centroid(mp: MP): Pt {
  let sx = 0,
    sy = 0,
    sa = 0;
  for (const poly of mp) {
    const ring = poly[0] ?? [];
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = at(ring, i),
        b = at(ring, i + 1);
      const c = (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
      sx += ((a[0] as number) + (b[0] as number)) * c;
      sy += ((a[1] as number) + (b[1] as number)) * c;
      sa += c;
    }
  }
  return sa === 0 ? [0, 0] : [sx / (3 * sa), sy / (3 * sa)];
}

/** Even-odd over every ring of the shape (its holes and overlapping parts excluded). */
export const pointInMP = ([x, y]: Pt, mp: MP): boolean => pointInRings(x, y, mp.flat());

/** A point inside the shape: the centroid if it is inside, else the middle of the widest scan-line run. */
export function interiorPoint(mp: MP): Pt {
  const c = centroid(mp);
  if (pointInMP(c, mp)) return c;
  const [, y0, , y1] = bbox(mp);
  let best: Pt = c,
    bestLen = -1;
  for (let k = 1; k < 16; k++) {
    const y = y0 + ((y1 - y0) * k) / 16;
    const xs: number[] = [];
    for (const poly of mp)
      for (const ring of poly)
        for (let i = 0; i + 1 < ring.length; i++) {
          const a = at(ring, i),
            b = at(ring, i + 1);
          const ya = a[1] as number,
            yb = b[1] as number;
          if (ya > y !== yb > y)
            xs.push(
              (a[0] as number) + (((b[0] as number) - (a[0] as number)) * (y - ya)) / (yb - ya)
            );
        }
    xs.sort((p, q) => p - q);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const len = (xs[i + 1] as number) - (xs[i] as number);
      if (len > bestLen) {
        bestLen = len;
        best = [((xs[i] as number) + (xs[i + 1] as number)) / 2, y];
      }
    }
  }
  return best;
}

/** Big shapes cut into square tiles, so an operation on a small shape meets only nearby parts. */
export type Tiles = { geom: MP; box: [number, number, number, number] }[];

export function tileUp(mps: MP[], size = 1000): Tiles {
  const out: Tiles = [];
  for (const mp of mps) {
    if (!mp.length) continue;
    const [x0, y0, x1, y1] = bbox(mp);
    for (let x = x0; x < x1; x += size)
      for (let y = y0; y < y1; y += size) {
        const t = inter(mp, [
          [
            [
              [x, y],
              [x + size, y],
              [x + size, y + size],
              [x, y + size],
              [x, y]
            ]
          ]
        ]);
        if (t.length) out.push({ geom: t, box: bbox(t) });
      }
  }
  return out;
}

export const nearTiles = (tiles: Tiles, mp: MP): MP[] => {
  const b = bbox(mp);
  return tiles.filter((t) => bboxOverlap(t.box, b)).map((t) => t.geom);
};
