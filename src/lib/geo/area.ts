import type { MultiPolygon, Polygon, Position } from 'geojson';
import { toLaeaInto } from './laea';

/**
 * Longest edge, in degrees of latitude/longitude, projected as a straight line. Longer edges
 * are split at points on the great circle between their ends (a geodesic to within ~f × its
 * bulge, i.e. well below a millimetre here), so that the straight pieces in the projection stay
 * within millimetres of the geodesic that PostGIS and GeographicLib integrate along.
 */
const MAX_EDGE_DEG = 0.002;

/** A growable flat [x0, y0, x1, y1, …] buffer; `length` numbers of `data` are in use. */
export interface FlatBuffer {
  data: Float64Array;
  length: number;
}

export function flatBuffer(capacity = 1024): FlatBuffer {
  return { data: new Float64Array(capacity), length: 0 };
}

function reserve(buf: FlatBuffer, extra: number) {
  if (buf.length + extra <= buf.data.length) return;
  let n = buf.data.length * 2;
  while (n < buf.length + extra) n *= 2;
  const data = new Float64Array(n);
  data.set(buf.data.subarray(0, buf.length));
  buf.data = data;
}

/** How many numbers `projectRingInto` appends for this ring (to allocate once for a plan). */
export function projectedLength(ring: Position[]): number {
  let n = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i] as Position;
    const next = ring[i + 1];
    let steps = 1;
    if (next) {
      const dLon = (next[0] as number) - (p[0] as number);
      const dLat = (next[1] as number) - (p[1] as number);
      steps = Math.max(1, Math.ceil(Math.max(Math.abs(dLon), Math.abs(dLat)) / MAX_EDGE_DEG));
    }
    n += 2 * steps;
  }
  return n;
}

/**
 * Appends a ring (lon/lat degrees) projected to EPSG:3035 to `buf`, with long edges densified
 * (the closing vertex included, as in the input). Returns the number of numbers appended.
 */
export function projectRingInto(ring: Position[], buf: FlatBuffer): number {
  const start = buf.length;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i] as Position;
    const lon = p[0] as number;
    const lat = p[1] as number;
    const next = ring[i + 1];
    if (next) appendEdge(buf, lon, lat, (next[0] as number) - lon, (next[1] as number) - lat);
    else appendEdge(buf, lon, lat, 0, 0);
  }
  return buf.length - start;
}

/**
 * Appends the vertex (lon, lat) projected, and the densifying points of its edge towards
 * (lon + dLon, lat + dLat) if that is longer than MAX_EDGE_DEG: the one step of both ring forms.
 */
function appendEdge(buf: FlatBuffer, lon: number, lat: number, dLon: number, dLat: number) {
  const steps = Math.max(1, Math.ceil(Math.max(Math.abs(dLon), Math.abs(dLat)) / MAX_EDGE_DEG));
  reserve(buf, 2 * steps);
  toLaeaInto(lon, lat, buf.data, buf.length);
  buf.length += 2;
  if (steps > 1)
    greatCircle(lon, lat, lon + dLon, lat + dLat, steps, (x, y) => {
      toLaeaInto(x, y, buf.data, buf.length);
      buf.length += 2;
    });
}

const RAD = Math.PI / 180;

const lonlat: [number, number] = [0, 0];

/**
 * The points dividing the great circle a→b into `steps` equal parts, k = 1 … steps−1; calls
 * `emit(lon, lat)` for each. Longitudes stay continuous with the input (no jump at ±180°).
 */
function greatCircle(
  lonA: number,
  latA: number,
  lonB: number,
  latB: number,
  steps: number,
  emit: (lon: number, lat: number) => void
) {
  const ax = Math.cos(latA * RAD) * Math.cos(lonA * RAD);
  const ay = Math.cos(latA * RAD) * Math.sin(lonA * RAD);
  const az = Math.sin(latA * RAD);
  const bx = Math.cos(latB * RAD) * Math.cos(lonB * RAD);
  const by = Math.cos(latB * RAD) * Math.sin(lonB * RAD);
  const bz = Math.sin(latB * RAD);
  const omega = Math.atan2(
    Math.hypot(ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx),
    ax * bx + ay * by + az * bz
  );
  const sinOmega = Math.sin(omega);
  for (let s = 1; s < steps; s++) {
    const t = s / steps;
    if (sinOmega < 1e-12) {
      lonlat[0] = lonA + (lonB - lonA) * t;
      lonlat[1] = latA + (latB - latA) * t;
    } else {
      const p = Math.sin((1 - t) * omega) / sinOmega;
      const q = Math.sin(t * omega) / sinOmega;
      const x = p * ax + q * bx;
      const y = p * ay + q * by;
      const z = p * az + q * bz;
      lonlat[1] = Math.atan2(z, Math.hypot(x, y)) / RAD;
      const lon = Math.atan2(y, x) / RAD;
      lonlat[0] = lon + 360 * Math.round((lonA + (lonB - lonA) * t - lon) / 360);
    }
    emit(lonlat[0], lonlat[1]);
  }
}

/**
 * A ring with edges longer than `maxDeg` split along the great circle (the geodesic to well
 * below a millimetre at city scale). Used before clipping in lon/lat (e.g. polyclip-ts), so that
 * straight lon/lat pieces follow the same edges the area computation integrates along.
 */
export function densifyRing(ring: Position[], maxDeg = 0.001): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as Position;
    out.push([a[0] as number, a[1] as number]);
    const b = ring[i + 1];
    if (!b) continue;
    const steps = Math.ceil(
      Math.max(
        Math.abs((b[0] as number) - (a[0] as number)),
        Math.abs((b[1] as number) - (a[1] as number))
      ) / maxDeg
    );
    if (steps > 1)
      greatCircle(
        a[0] as number,
        a[1] as number,
        b[0] as number,
        b[1] as number,
        steps,
        (lon, lat) => out.push([lon, lat])
      );
  }
  return out;
}

/** Projects a ring (lon/lat degrees) to EPSG:3035 as a flat [x0, y0, x1, y1, …] array. */
export function projectRing(ring: Position[]): number[] {
  const buf = flatBuffer(2 * ring.length + 16);
  projectRingInto(ring, buf);
  return Array.from(buf.data.subarray(0, buf.length));
}

/**
 * Signed shoelace area of flat[start … end) (a ring; the closing vertex may be repeated or
 * not); positive when counter-clockwise. Computed relative to the first vertex: EPSG:3035
 * coordinates are ~4·10⁶ m, and products of absolute coordinates would lose ~0.1 m² to
 * rounding on a small 100-vertex area.
 */
export function signedRingArea(flat: ArrayLike<number>, start = 0, end = flat.length): number {
  if (end - start < 6) return 0;
  const x0 = flat[start] as number;
  const y0 = flat[start + 1] as number;
  let sum = 0;
  for (let i = start + 2; i + 3 < end; i += 2) {
    const ax = (flat[i] as number) - x0;
    const ay = (flat[i + 1] as number) - y0;
    const bx = (flat[i + 2] as number) - x0;
    const by = (flat[i + 3] as number) - y0;
    sum += ax * by - bx * ay;
  }
  return sum / 2;
}

const scratch = flatBuffer(4096);

function polygonArea(rings: Position[][]): number {
  let area = 0;
  rings.forEach((ring, i) => {
    scratch.length = 0;
    projectRingInto(ring, scratch);
    const a = Math.abs(signedRingArea(scratch.data, 0, scratch.length));
    area += i === 0 ? a : -a;
  });
  return area;
}

/**
 * Area on the WGS84 ellipsoid in square metres (holes subtracted, multipolygons summed),
 * independent of ring winding: rings are projected to the equal-area EPSG:3035 (GRS80; the
 * difference to WGS84 is 0.1 mm in the semi-minor axis) with long edges densified, then the
 * planar shoelace area is taken. Agrees with GeographicLib/PostGIS `ST_Area(geography)` to
 * ~10⁻⁷ relative (tests/unit/area.test.ts).
 */
export function ellipsoidalArea(geometry: Polygon | MultiPolygon): number {
  if (geometry.type === 'Polygon') return polygonArea(geometry.coordinates);
  return geometry.coordinates.reduce((sum, polygon) => sum + polygonArea(polygon), 0);
}

/**
 * As `projectRingInto`, for a ring given as flat lon/lat numbers flat[start … end) (the
 * importer's compact geometry); identical arithmetic, so both give the same area.
 */
export function projectFlatRingInto(
  flat: ArrayLike<number>,
  start: number,
  end: number,
  buf: FlatBuffer
): number {
  const from = buf.length;
  for (let i = start; i + 1 < end; i += 2) {
    const lon = flat[i] as number;
    const lat = flat[i + 1] as number;
    if (i + 3 < end)
      appendEdge(buf, lon, lat, (flat[i + 2] as number) - lon, (flat[i + 3] as number) - lat);
    else appendEdge(buf, lon, lat, 0, 0);
  }
  return buf.length - from;
}

/**
 * `ellipsoidalArea` of a geometry held as flat lon/lat rings: `ringEnds` (exclusive, in
 * numbers) and `polyEnds` (exclusive, in rings; the first ring of each polygon is its exterior).
 */
export function ellipsoidalAreaFlat(
  coords: ArrayLike<number>,
  ringEnds: readonly number[],
  polyEnds: readonly number[]
): number {
  let area = 0;
  let r = 0;
  for (const polyEnd of polyEnds) {
    let polygon = 0;
    for (let first = r; r < polyEnd; r++) {
      scratch.length = 0;
      projectFlatRingInto(
        coords,
        r === 0 ? 0 : (ringEnds[r - 1] as number),
        ringEnds[r] as number,
        scratch
      );
      const a = Math.abs(signedRingArea(scratch.data, 0, scratch.length));
      polygon += r === first ? a : -a;
    }
    area += polygon;
  }
  return area;
}
