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

export type RegionGeometry = Polygon | MultiPolygon;

/** A region that cannot be used; `message` is German, ready to show to the user. */
export class RegionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegionError';
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value for a message: short; arrays are not stringified (deep nesting would overflow). */
const shown = (v: unknown) => (Array.isArray(v) ? 'Liste' : String(v).slice(0, 30));

function checkPosition(p: unknown, where: string): void {
  if (!Array.isArray(p) || p.length < 2)
    throw new RegionError(`${where}: Punkt ist kein Koordinatenpaar [Länge, Breite].`);
  const [lon, lat] = p as unknown[];
  if (
    typeof lon !== 'number' ||
    typeof lat !== 'number' ||
    !Number.isFinite(lon) ||
    !Number.isFinite(lat)
  )
    throw new RegionError(
      `${where}: Koordinate ist keine endliche Zahl (${shown(lon)}, ${shown(lat)}).`
    );
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90)
    throw new RegionError(
      `${where}: Koordinate (${lon}, ${lat}) liegt außerhalb von WGS84 (Länge ±180°, Breite ±90°).`
    );
}

/** Checks the rings of one polygon; returns false for a polygon without any coordinates. */
function checkPolygon(rings: unknown, where: string): boolean {
  if (!Array.isArray(rings)) throw new RegionError(`${where}: Koordinaten fehlen.`);
  if (rings.length === 0) return false;
  rings.forEach((ring: unknown, r) => {
    const w = `${where}, Ring ${r + 1}`;
    if (!Array.isArray(ring)) throw new RegionError(`${w}: ist keine Liste von Punkten.`);
    if (ring.length === 0 && r === 0 && rings.length === 1) return;
    if (ring.length < 4)
      throw new RegionError(`${w}: hat ${ring.length} Punkte, ein Ring braucht mindestens vier.`);
    ring.forEach((p: unknown, i) => checkPosition(p, `${w}, Punkt ${i + 1}`));
    const a = ring[0] as number[];
    const b = ring[ring.length - 1] as number[];
    if (a[0] !== b[0] || a[1] !== b[1])
      throw new RegionError(`${w}: ist nicht geschlossen (erster und letzter Punkt verschieden).`);
  });
  return !(rings.length === 1 && (rings[0] as unknown[]).length === 0);
}

/**
 * Checks a region geometry and returns its polygons (each a list of rings), dropping polygons
 * without coordinates. Throws `RegionError` for anything that is not a usable region.
 */
export function regionPolygons(region: unknown): Position[][][] {
  const polygons = checkedPolygons(region);
  if (crossesAntimeridian(polygons))
    throw new RegionError(
      'Die Fläche überquert die Datumsgrenze (180° Länge). Solche Flächen werden nicht unterstützt; bitte die Fläche östlich und westlich von 180° getrennt angeben.'
    );
  return polygons;
}

function tooManyVertices(n: number): RegionError {
  return new RegionError(
    `Die Fläche hat ${n.toLocaleString('de-DE')} Punkte; erlaubt sind höchstens ${MAX_REGION_VERTICES.toLocaleString('de-DE')}. Bitte die Fläche vereinfachen (z. B. im GIS mit „Vereinfachen“ auf 1 m Toleranz).`
  );
}

function checkedPolygons(region: unknown): Position[][][] {
  if (!isObject(region)) throw new RegionError('Die Fläche ist kein GeoJSON-Objekt.');
  if (Array.isArray(region.coordinates)) {
    const n = countPositions(
      region.type === 'Polygon' ? [region.coordinates] : (region.coordinates as unknown[])
    );
    if (n > MAX_REGION_VERTICES) throw tooManyVertices(n);
  }
  if (region.type === 'Polygon') {
    return checkPolygon(region.coordinates, 'Polygon') ? [region.coordinates as Position[][]] : [];
  }
  if (region.type === 'MultiPolygon') {
    if (!Array.isArray(region.coordinates))
      throw new RegionError('MultiPolygon: Koordinaten fehlen.');
    return (region.coordinates as unknown[]).filter((p, i) =>
      checkPolygon(p, `MultiPolygon, Teil ${i + 1}`)
    ) as Position[][][];
  }
  throw new RegionError(
    `Die Fläche muss ein Polygon oder MultiPolygon sein, nicht „${String(region.type)}“.`
  );
}

/**
 * A region from a GeoJSON object: a Polygon/MultiPolygon geometry, a Feature with one, or a
 * FeatureCollection (the union of all its polygons; other geometry types are an error).
 */
export function regionFromGeoJSON(json: unknown): RegionGeometry {
  if (!isObject(json)) throw new RegionError('Die Datei enthält kein GeoJSON-Objekt.');
  if (json.type === 'Feature') {
    if (!isObject(json.geometry)) throw new RegionError('Das Feature hat keine Geometrie.');
    return regionFromGeoJSON(json.geometry);
  }
  if (json.type === 'FeatureCollection') {
    if (!Array.isArray(json.features))
      throw new RegionError('Die FeatureCollection hat keine Liste „features“.');
    const polygons: Position[][][] = [];
    json.features.forEach((f: unknown, i: number) => {
      if (!isObject(f) || !isObject(f.geometry))
        throw new RegionError(`Feature Nr. ${i + 1} hat keine Geometrie.`);
      try {
        for (const p of regionPolygons(f.geometry)) polygons.push(p);
        const n = countPositions(polygons);
        if (n > MAX_REGION_VERTICES) throw tooManyVertices(n);
      } catch (e) {
        if (e instanceof RegionError) throw new RegionError(`Feature Nr. ${i + 1}: ${e.message}`);
        throw e;
      }
    });
    if (polygons.length === 0)
      throw new RegionError('Die FeatureCollection enthält keine Polygone.');
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
    throw new RegionError('Kreis: Mittelpunkt oder Radius ist keine gültige Zahl.');
  if (radius_m < 0) throw new RegionError('Kreis: der Radius darf nicht negativ sein.');
  if (!Number.isInteger(segments) || segments < 8)
    throw new RegionError('Kreis: mindestens 8 Segmente sind nötig.');
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
