import type { FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { AccessKind, AccessPoint } from '../plan/plots';
import { pointInPolygons } from './point-in-ring';

/**
 * Straight-line ("Luftlinie") distances on the WGS84 ellipsoid, for the plots' access points.
 * Vincenty's inverse formula: sub-millimetre on the ellipsoid for the short distances of a city;
 * tests check it against GeographicLib (Karney), an independent method.
 */

const A = 6378137;
const F = 1 / 298.257223563;
const B = A * (1 - F);

const rad = (d: number) => (d * Math.PI) / 180;

/** Ellipsoidal distance in metres between two lon/lat points (degrees). */
export function geodesicDistance(lon1: number, lat1: number, lon2: number, lat2: number): number {
  if (lon1 === lon2 && lat1 === lat2) return 0;
  const L = rad(lon2 - lon1);
  const U1 = Math.atan((1 - F) * Math.tan(rad(lat1)));
  const U2 = Math.atan((1 - F) * Math.tan(rad(lat2)));
  const sinU1 = Math.sin(U1);
  const cosU1 = Math.cos(U1);
  const sinU2 = Math.sin(U2);
  const cosU2 = Math.cos(U2);
  let lambda = L;
  let sinSigma = 0;
  let cosSigma = 0;
  let sigma = 0;
  let cos2Alpha = 0;
  let cos2SigmaM = 0;
  for (let i = 0; i < 200; i++) {
    const sinLambda = Math.sin(lambda);
    const cosLambda = Math.cos(lambda);
    sinSigma = Math.hypot(cosU2 * sinLambda, cosU1 * sinU2 - sinU1 * cosU2 * cosLambda);
    if (sinSigma === 0) return 0;
    cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
    sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinLambda) / sinSigma;
    cos2Alpha = 1 - sinAlpha * sinAlpha;
    cos2SigmaM = cos2Alpha === 0 ? 0 : cosSigma - (2 * sinU1 * sinU2) / cos2Alpha;
    const C = (F / 16) * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
    const previous = lambda;
    lambda =
      L +
      (1 - C) *
        F *
        sinAlpha *
        (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM ** 2)));
    if (Math.abs(lambda - previous) < 1e-12) break;
  }
  const u2 = (cos2Alpha * (A * A - B * B)) / (B * B);
  const bigA = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
  const bigB = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
  const deltaSigma =
    bigB *
    sinSigma *
    (cos2SigmaM +
      (bigB / 4) *
        (cosSigma * (-1 + 2 * cos2SigmaM ** 2) -
          (bigB / 6) * cos2SigmaM * (-3 + 4 * sinSigma ** 2) * (-3 + 4 * cos2SigmaM ** 2)));
  return B * bigA * (sigma - deltaSigma);
}

export interface NamedPoint {
  name: string;
  lon: number;
  lat: number;
}

/** The nearest of `points` to (lon, lat) with its distance in whole metres; null if none. */
export function nearest<P extends NamedPoint>(
  lon: number,
  lat: number,
  points: readonly P[]
): { point: P; distance_m: number } | null {
  let best: { point: P; distance_m: number } | null = null;
  for (const p of points) {
    const d = geodesicDistance(lon, lat, p.lon, p.lat);
    if (!best || d < best.distance_m) best = { point: p, distance_m: d };
  }
  return best && { point: best.point, distance_m: Math.round(best.distance_m) };
}

/** A named point with its kind (places.geojson `kind`, a stop's `bahnhof`/`haltestelle`). */
export type KindPoint = NamedPoint & { kind: string };

/** What a plot's access distances are measured to (CLI: places.geojson and the stop list). */
export interface AccessSources {
  /** places.geojson: kind `anschlussstelle` (A4 junctions), `bahnhof` (the Hauptbahnhof). */
  places: KindPoint[];
  /** Rail stations (`bahnhof`) and bus stops (`haltestelle`), with their DB/HAFAS id if known. */
  stops: (KindPoint & { id?: string })[];
}

/** The points of places.geojson with their kind ('' when it has none). */
export function placePoints(
  places: FeatureCollection<Point, { name: string; kind?: string }>
): KindPoint[] {
  return places.features.map((f) => ({
    name: f.properties.name,
    kind: f.properties.kind ?? '',
    lon: f.geometry.coordinates[0]!,
    lat: f.geometry.coordinates[1]!
  }));
}

/**
 * Access sources from places.geojson alone (the browser has no stop list): its stations and bus
 * stops are the plan build's stops (cli/data/places.ts), with the Hauptbahnhof in place of the
 * stop list's station „Düren“.
 */
export function accessSourcesFromPlaces(places: KindPoint[]): AccessSources {
  return {
    places,
    stops: places.filter((p) => p.kind === 'bahnhof' || p.kind === 'haltestelle')
  };
}

/** The points of each kind, sorted out once per list of sources (not once per plot). */
const CANDIDATES = new WeakMap<AccessSources, Record<AccessKind, NamedPoint[]>>();
function candidatesOf(s: AccessSources): Record<AccessKind, NamedPoint[]> {
  let c = CANDIDATES.get(s);
  if (!c) {
    c = {
      a4: s.places.filter((p) => p.kind === 'anschlussstelle'),
      hbf: s.places.filter((p) => p.kind === 'bahnhof' && /hauptbahnhof/i.test(p.name)),
      bahnhof: s.stops.filter((p) => p.kind === 'bahnhof'),
      haltestelle: s.stops.filter((p) => p.kind === 'haltestelle')
    };
    CANDIDATES.set(s, c);
  }
  return c;
}

/** Nearest A4 junction, Hauptbahnhof, rail station and bus stop of (lon, lat), straight line. */
export function accessFor(
  lon: number,
  lat: number,
  s: AccessSources
): Partial<Record<AccessKind, AccessPoint>> {
  const candidates = candidatesOf(s);
  const out: Partial<Record<AccessKind, AccessPoint>> = {};
  for (const kind of Object.keys(candidates) as AccessKind[]) {
    const hit = nearest(lon, lat, candidates[kind]);
    if (hit)
      out[kind] = {
        name: hit.point.name,
        distance_m: hit.distance_m,
        lon: hit.point.lon,
        lat: hit.point.lat
      };
  }
  return out;
}

function ringCentroid(ring: Position[]): { x: number; y: number; a: number } {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    const cross = xj * yi - xi * yj;
    a += cross;
    x += (xj + xi) * cross;
    y += (yj + yi) * cross;
  }
  return { x, y, a: a / 2 };
}

/**
 * Area centroid of a plot's outer ring(s) in degrees; plots are small and convex-ish, so the
 * planar centroid in lon/lat lies inside them and is the point distances are measured from.
 */
export function plotCentre(g: Polygon | MultiPolygon): [number, number] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let a = 0;
  let x = 0;
  let y = 0;
  for (const p of polys) {
    const c = ringCentroid(p[0]!);
    a += c.a;
    x += c.x;
    y += c.y;
  }
  if (a === 0) {
    const first = polys[0]![0]![0]!;
    return [first[0]!, first[1]!];
  }
  return [x / (6 * a), y / (6 * a)];
}

/** True if (lon, lat) lies inside the (multi)polygon, holes excluded. */
export function pointInGeometry(lon: number, lat: number, g: Polygon | MultiPolygon): boolean {
  return pointInPolygons(lon, lat, g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
}

/**
 * A point inside a plot: its centroid when that lies inside, else the middle of the widest
 * inside stretch of the horizontal line through the centroid (an L- or U-shaped plot). For the
 * plan area a plot lies in, and for labels.
 */
export function interiorPoint(g: Polygon | MultiPolygon): [number, number] {
  const c = plotCentre(g);
  if (pointInGeometry(c[0], c[1], g)) return c;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best: [number, number] = c;
  let widest = -1;
  for (const p of polys) {
    const ys = p[0]!.map((q) => q[1]!);
    const y = Math.min(Math.max(c[1], Math.min(...ys)), Math.max(...ys));
    // try the centroid's latitude first, then the middle of the part
    for (const yy of [y, (Math.min(...ys) + Math.max(...ys)) / 2]) {
      const xs: number[] = [];
      for (const ring of p)
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i] as [number, number];
          const [xj, yj] = ring[j] as [number, number];
          if (yi > yy !== yj > yy) xs.push(((xj - xi) * (yy - yi)) / (yj - yi) + xi);
        }
      xs.sort((a, b) => a - b);
      for (let i = 0; i + 1 < xs.length; i += 2)
        if (xs[i + 1]! - xs[i]! > widest) {
          widest = xs[i + 1]! - xs[i]!;
          best = [(xs[i]! + xs[i + 1]!) / 2, yy];
        }
    }
  }
  return best;
}
