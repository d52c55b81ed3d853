/**
 * Regions for the Flächenbilanz: checking user input, and building the regions the viewer
 * offers (map view, circle, district, Innovationsquartier, any GeoJSON file).
 *
 * A region is a GeoJSON Polygon or MultiPolygon in WGS84 (lon/lat degrees). Behaviour:
 * - no coordinates at all, or zero area → `RegionError` („hat keinen Flächeninhalt“), in
 *   PreparedRegion;
 * - more than MAX_REGION_VERTICES positions, or an edge across the antimeridian → `RegionError`
 *   (see region-clip.ts);
 * - NaN/±Infinity, out-of-range or non-numeric coordinates, rings that are not closed or have
 *   fewer than four positions → `RegionError` with a German message;
 * - self-touching rings (a vertex visited twice) are fine;
 * - self-intersecting rings (bow-tie), holes crossing their shell and overlapping parts of a
 *   MultiPolygon are resolved to their union by the non-zero winding rule (polyclip-ts, via
 *   turf.union): both lobes of a bow-tie count, overlapping parts count once.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { BBox } from './bounds';
import { countPositions, crossesAntimeridian, MAX_REGION_VERTICES } from './region-clip';
import { bilingual, inEvery, type Bilingual, type MessageKey } from '../i18n';
import { formatNumber } from '../i18n/format';

export type RegionGeometry = Polygon | MultiPolygon;

/**
 * A region that cannot be used: `message` is German, `messageEn` English, both ready to show to
 * the user (the texts are in i18n/parts/region.ts).
 */
export class RegionError extends Error {
  readonly messageEn: string;
  constructor(text: Bilingual) {
    super(text.de);
    this.messageEn = text.en;
    this.name = 'RegionError';
  }
  /** The text in both languages. */
  get text(): Bilingual {
    return { de: this.message, en: this.messageEn };
  }
}

type Vars = Record<string, string | number | Bilingual>;

/** A RegionError with the text `key` of i18n/parts/region.ts. */
export const regionError = (key: MessageKey, vars?: Vars) => new RegionError(bilingual(key, vars));

/** A count in each language's format („50.000“, „50,000“). */
export const countText = (n: number): Bilingual => inEvery((lang) => formatNumber(n, lang));

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value for a message: short; arrays are not stringified (deep nesting would overflow). */
const shown = (v: unknown): Bilingual | string =>
  Array.isArray(v) ? bilingual('region.list') : String(v).slice(0, 30);

function checkPosition(p: unknown, where: Bilingual): void {
  if (!Array.isArray(p) || p.length < 2) throw regionError('region.notPair', { where });
  const [lon, lat] = p as unknown[];
  if (
    typeof lon !== 'number' ||
    typeof lat !== 'number' ||
    !Number.isFinite(lon) ||
    !Number.isFinite(lat)
  )
    throw regionError('region.notFinite', { where, lon: shown(lon), lat: shown(lat) });
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90)
    throw regionError('region.outOfRange', { where, lon, lat });
}

/** Points closer than this (metres) to one straight line count as lying on it. */
const COLLINEAR_M = 0.01;

/**
 * Why a ring encloses nothing, or null: fewer than three different points, or all points on one
 * straight line (in lon/lat, as drawn on the map; measured in metres).
 */
export function degenerateRing(ring: readonly Position[]): Bilingual | null {
  const p0 = ring[0] as Position;
  const kx = 111_320 * Math.cos(((p0[1] as number) * Math.PI) / 180);
  const ky = 110_574;
  const x = (p: Position) => ((p[0] as number) - (p0[0] as number)) * kx;
  const y = (p: Position) => ((p[1] as number) - (p0[1] as number)) * ky;
  // The point farthest from the first, and the farthest distance from the line through both.
  let far = p0;
  let farD = 0;
  const distinct = new Set<string>();
  for (const p of ring) {
    if (distinct.size < 3) distinct.add(`${p[0]},${p[1]}`);
    const d = Math.hypot(x(p), y(p));
    if (d > farD) [far, farD] = [p, d];
  }
  if (distinct.size < 3) return bilingual('region.fewDistinct');
  let off = 0;
  const fx = x(far),
    fy = y(far);
  for (const p of ring) off = Math.max(off, Math.abs(fx * y(p) - fy * x(p)) / farD);
  if (off < COLLINEAR_M) return bilingual('region.collinear');
  return null;
}

/** Checks the rings of one polygon; returns false for a polygon without any coordinates. */
function checkPolygon(rings: unknown, where: Bilingual): boolean {
  if (!Array.isArray(rings)) throw regionError('region.noCoordinates', { where });
  if (rings.length === 0) return false;
  rings.forEach((ring: unknown, r) => {
    const w = bilingual('region.ring', { where, n: r + 1 });
    if (!Array.isArray(ring)) throw regionError('region.notPoints', { where: w });
    if (ring.length === 0 && r === 0 && rings.length === 1) return;
    if (ring.length < 4) throw regionError('region.fewPoints', { where: w, n: ring.length });
    ring.forEach((p: unknown, i) =>
      checkPosition(p, bilingual('region.point', { where: w, n: i + 1 }))
    );
    const a = ring[0] as number[];
    const b = ring[ring.length - 1] as number[];
    if (a[0] !== b[0] || a[1] !== b[1]) throw regionError('region.notClosed', { where: w });
    const flat = degenerateRing(ring as Position[]);
    if (flat) throw regionError('region.flat', { where: w, reason: flat });
  });
  return !(rings.length === 1 && (rings[0] as unknown[]).length === 0);
}

/**
 * Checks a region geometry and returns its polygons (each a list of rings), dropping polygons
 * without coordinates. Throws `RegionError` for anything that is not a usable region.
 */
export function regionPolygons(region: unknown): Position[][][] {
  const polygons = checkedPolygons(region);
  if (crossesAntimeridian(polygons)) throw regionError('region.antimeridian');
  return polygons;
}

const tooManyVertices = (n: number) =>
  regionError('region.tooManyPoints', { n: countText(n), max: countText(MAX_REGION_VERTICES) });

function checkedPolygons(region: unknown): Position[][][] {
  if (!isObject(region)) throw regionError('region.notObject');
  if (Array.isArray(region.coordinates)) {
    const n = countPositions(
      region.type === 'Polygon' ? [region.coordinates] : (region.coordinates as unknown[])
    );
    if (n > MAX_REGION_VERTICES) throw tooManyVertices(n);
  }
  if (region.type === 'Polygon') {
    return checkPolygon(region.coordinates, bilingual('region.polygon'))
      ? [region.coordinates as Position[][]]
      : [];
  }
  if (region.type === 'MultiPolygon') {
    if (!Array.isArray(region.coordinates))
      throw regionError('region.noCoordinates', { where: 'MultiPolygon' });
    return (region.coordinates as unknown[]).filter((p, i) =>
      checkPolygon(p, bilingual('region.part', { n: i + 1 }))
    ) as Position[][][];
  }
  throw regionError('region.wrongType', { type: String(region.type).slice(0, 30) });
}

/**
 * A region from a GeoJSON object: a Polygon/MultiPolygon geometry, a Feature with one, or a
 * FeatureCollection (the union of all its polygons; other geometry types are an error).
 */
export function regionFromGeoJSON(json: unknown): RegionGeometry {
  if (!isObject(json)) throw regionError('region.fileNotObject');
  if (json.type === 'Feature') {
    if (!isObject(json.geometry)) throw regionError('region.featureNoGeometry');
    return regionFromGeoJSON(json.geometry);
  }
  if (json.type === 'FeatureCollection') {
    if (!Array.isArray(json.features)) throw regionError('region.noFeatures');
    const polygons: Position[][][] = [];
    json.features.forEach((f: unknown, i: number) => {
      if (!isObject(f) || !isObject(f.geometry))
        throw regionError('region.featureNrNoGeometry', { n: i + 1 });
      try {
        for (const p of regionPolygons(f.geometry)) polygons.push(p);
        const n = countPositions(polygons);
        if (n > MAX_REGION_VERTICES) throw tooManyVertices(n);
      } catch (e) {
        if (e instanceof RegionError)
          throw regionError('region.feature', { n: i + 1, detail: e.text });
        throw e;
      }
    });
    if (polygons.length === 0) throw regionError('region.noPolygons');
    return polygons.length === 1
      ? { type: 'Polygon', coordinates: polygons[0] as Position[][] }
      : { type: 'MultiPolygon', coordinates: polygons };
  }
  regionPolygons(json);
  return json as unknown as RegionGeometry;
}

/** The map view (west, south, east, north in degrees) as a region. */
export function bboxRegion(bbox: BBox): Polygon {
  const [w, s, e, n] = bbox;
  return {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s]
      ]
    ]
  };
}

/** A district (Stadtteil) by name from the plan's districts layer, or null if not found. */
export function districtRegion(
  districts: FeatureCollection<RegionGeometry, { name: string }> | null,
  name: string
): RegionGeometry | null {
  const parts = (districts?.features ?? []).filter(
    (f: Feature<RegionGeometry, { name: string }>) => f.properties?.name === name
  );
  if (parts.length === 0) return null;
  return regionFromGeoJSON({ type: 'FeatureCollection', features: parts });
}

// WGS84 (the circle is measured on the ellipsoid, like the areas).
const WGS_A = 6378137;
const WGS_F = 1 / 298.257223563;
const WGS_B = WGS_A * (1 - WGS_F);

/**
 * Vincenty's direct geodesic problem (accurate to well below a millimetre for distances of
 * up to some thousand kilometres): the point at `dist` metres from (lon, lat) in direction
 * `azimuth` (radians, clockwise from north).
 */
export function geodesicDestination(
  lon: number,
  lat: number,
  azimuth: number,
  dist: number
): [number, number] {
  const sinA1 = Math.sin(azimuth);
  const cosA1 = Math.cos(azimuth);
  const tanU1 = (1 - WGS_F) * Math.tan((lat * Math.PI) / 180);
  const cosU1 = 1 / Math.sqrt(1 + tanU1 * tanU1);
  const sinU1 = tanU1 * cosU1;
  const sigma1 = Math.atan2(tanU1, cosA1);
  const sinAlpha = cosU1 * sinA1;
  const cos2Alpha = 1 - sinAlpha * sinAlpha;
  const u2 = (cos2Alpha * (WGS_A * WGS_A - WGS_B * WGS_B)) / (WGS_B * WGS_B);
  const A = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
  const B = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
  let sigma = dist / (WGS_B * A);
  let cos2SigmaM = 0;
  let sinSigma = 0;
  let cosSigma = 1;
  for (let i = 0; i < 100; i++) {
    cos2SigmaM = Math.cos(2 * sigma1 + sigma);
    sinSigma = Math.sin(sigma);
    cosSigma = Math.cos(sigma);
    const dSigma =
      B *
      sinSigma *
      (cos2SigmaM +
        (B / 4) *
          (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM) -
            (B / 6) *
              cos2SigmaM *
              (-3 + 4 * sinSigma * sinSigma) *
              (-3 + 4 * cos2SigmaM * cos2SigmaM)));
    const next = dist / (WGS_B * A) + dSigma;
    const done = Math.abs(next - sigma) < 1e-14;
    sigma = next;
    if (done) break;
  }
  cos2SigmaM = Math.cos(2 * sigma1 + sigma);
  sinSigma = Math.sin(sigma);
  cosSigma = Math.cos(sigma);
  const x = sinU1 * sinSigma - cosU1 * cosSigma * cosA1;
  const lat2 = Math.atan2(
    sinU1 * cosSigma + cosU1 * sinSigma * cosA1,
    (1 - WGS_F) * Math.sqrt(sinAlpha * sinAlpha + x * x)
  );
  const lambda = Math.atan2(sinSigma * sinA1, cosU1 * cosSigma - sinU1 * sinSigma * cosA1);
  const C = (WGS_F / 16) * cos2Alpha * (4 + WGS_F * (4 - 3 * cos2Alpha));
  const L =
    lambda -
    (1 - C) *
      WGS_F *
      sinAlpha *
      (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
  return [lon + (L * 180) / Math.PI, (lat2 * 180) / Math.PI];
}

/**
 * A circle of `radius_m` metres on the ground (geodesic distance on WGS84) around (lon, lat),
 * as a polygon of `segments` vertices (counter-clockwise). The vertices sit slightly outside
 * the circle, at r·√(θ / sin θ) with θ = 2π/segments, so that the polygon's area equals πr²
 * (to ~10⁻⁸ for radii up to some kilometres) instead of falling short by θ²/6; with the default
 * 256 segments the outline deviates from the true circle by less than 0.03 % of r.
 */
export function circleRegion(lon: number, lat: number, radius_m: number, segments = 256): Polygon {
  if (![lon, lat, radius_m].every(Number.isFinite) || Math.abs(lon) > 180 || Math.abs(lat) > 90)
    throw regionError('region.circleInvalid');
  if (radius_m < 0) throw regionError('region.circleNegative');
  if (!Number.isInteger(segments) || segments < 8) throw regionError('region.circleSegments');
  if (radius_m === 0) return { type: 'Polygon', coordinates: [] };
  const theta = (2 * Math.PI) / segments;
  const r = radius_m * Math.sqrt(theta / Math.sin(theta));
  const ring: Position[] = [];
  for (let i = 0; i < segments; i++) {
    // Counter-clockwise in lon/lat: azimuth runs from east towards north.
    ring.push(geodesicDestination(lon, lat, Math.PI / 2 - i * theta, r));
  }
  ring.push([...(ring[0] as Position)]);
  return { type: 'Polygon', coordinates: [ring] };
}

/** A region as the user drew it or a link gives it: a polygon ring or a circle. */
export type Region =
  | { kind: 'polygon'; ring: [number, number][] }
  | { kind: 'circle'; center: [number, number]; radius_m: number };

/** The region as a polygon (a circle becomes a fine polygon). */
export function regionGeometry(region: Region): Polygon {
  if (region.kind === 'circle')
    return circleRegion(region.center[0], region.center[1], region.radius_m);
  const ring = region.ring.map(([lon, lat]) => [lon, lat]);
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}
