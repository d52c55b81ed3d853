/**
 * ETRS89-LAEA (EPSG:3035): Lambert azimuthal equal-area on the GRS80 ellipsoid
 * (Snyder 1987, eq. 3-12, 24-13…24-18). Equal-area, so planar areas of projected
 * coordinates are ellipsoidal areas. GRS80 and WGS84 differ by 0.1 mm in the semi-minor axis.
 */

const A = 6378137;
const F = 1 / 298.257222101;
const E2 = F * (2 - F);
const E = Math.sqrt(E2);
const LAT0 = (52 * Math.PI) / 180;
const LON0 = (10 * Math.PI) / 180;
const FALSE_EASTING = 4321000;
const FALSE_NORTHING = 3210000;

function q(sinPhi: number): number {
  const es = E * sinPhi;
  return (1 - E2) * (sinPhi / (1 - es * es) - (1 / (2 * E)) * Math.log((1 - es) / (1 + es)));
}

const QP = q(1);
const RQ = A * Math.sqrt(QP / 2);
const SIN_B1 = q(Math.sin(LAT0)) / QP;
const COS_B1 = Math.sqrt(1 - SIN_B1 * SIN_B1);
const D = (A * Math.cos(LAT0)) / Math.sqrt(1 - E2 * Math.sin(LAT0) ** 2) / (RQ * COS_B1);

/** [lon, lat] in degrees (WGS84/ETRS89) → [x, y] in metres (EPSG:3035 easting, northing). */
export function toLaea(lon: number, lat: number): [number, number] {
  const phi = (lat * Math.PI) / 180;
  const dLam = (lon * Math.PI) / 180 - LON0;
  const sinB = q(Math.sin(phi)) / QP;
  const cosB = Math.sqrt(Math.max(0, 1 - sinB * sinB));
  const cosDLam = Math.cos(dLam);
  const b = RQ * Math.sqrt(2 / (1 + SIN_B1 * sinB + COS_B1 * cosB * cosDLam));
  const x = FALSE_EASTING + b * D * cosB * Math.sin(dLam);
  const y = FALSE_NORTHING + (b / D) * (COS_B1 * sinB - SIN_B1 * cosB * cosDLam);
  return [x, y];
}

/**
 * Same as `toLaea`, writing x, y to out[offset], out[offset + 1] (no allocation; for bulk
 * projection of plans).
 */
export function toLaeaInto(lon: number, lat: number, out: Float64Array, offset: number): void {
  const phi = (lat * Math.PI) / 180;
  const dLam = (lon * Math.PI) / 180 - LON0;
  const sinPhi = Math.sin(phi);
  const es = E * sinPhi;
  const qv = (1 - E2) * (sinPhi / (1 - es * es) - (1 / (2 * E)) * Math.log((1 - es) / (1 + es)));
  const sinB = qv / QP;
  const cosB = Math.sqrt(Math.max(0, 1 - sinB * sinB));
  const cosDLam = Math.cos(dLam);
  const b = RQ * Math.sqrt(2 / (1 + SIN_B1 * sinB + COS_B1 * cosB * cosDLam));
  out[offset] = FALSE_EASTING + b * D * cosB * Math.sin(dLam);
  out[offset + 1] = FALSE_NORTHING + (b / D) * (COS_B1 * sinB - SIN_B1 * cosB * cosDLam);
}

/** [x, y] in EPSG:3035 → [lon, lat] in degrees (Snyder eq. 24-28…24-30, 3-18 iterated). */
export function fromLaea(x: number, y: number): [number, number] {
  const dx = (x - FALSE_EASTING) / D;
  const dy = (y - FALSE_NORTHING) * D;
  const rho = Math.hypot(dx, dy);
  if (rho < 1e-9) return [(LON0 * 180) / Math.PI, (LAT0 * 180) / Math.PI];
  const ce = 2 * Math.asin(rho / (2 * RQ));
  const sinCe = Math.sin(ce);
  const cosCe = Math.cos(ce);
  const sinB = cosCe * SIN_B1 + (dy * sinCe * COS_B1) / rho;
  const qv = QP * sinB;
  const lam = LON0 + Math.atan2(dx * sinCe, rho * COS_B1 * cosCe - dy * SIN_B1 * sinCe);
  let phi = Math.asin(qv / 2);
  for (let i = 0; i < 10; i++) {
    const s = Math.sin(phi);
    const es = E * s;
    const next =
      phi +
      ((1 - es * es) ** 2 / (2 * Math.cos(phi))) *
        (qv / (1 - E2) - s / (1 - es * es) + (1 / (2 * E)) * Math.log((1 - es) / (1 + es)));
    if (Math.abs(next - phi) < 1e-13) {
      phi = next;
      break;
    }
    phi = next;
  }
  return [(lam * 180) / Math.PI, (phi * 180) / Math.PI];
}
