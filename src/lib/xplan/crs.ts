/**
 * Coordinate reference systems of German plan data: reading `srsName` in every form seen in the
 * wild and reprojecting to WGS84 (lon, lat) with proj4.
 *
 * Datum choices (documented in the issue note):
 * - ETRS89 (EPSG:25832, 25833, 3044, 3045, 4647, 5650, 4258) is taken as identical to WGS84
 *   (null transformation, EPSG:1149), as every web map does; the two drift apart by < 1 m.
 * - DHDN / Gauß-Krüger (EPSG:31466–31469): through the official NTv2 grid BeTA2007 ("DHDN to
 *   ETRS89 (8)", the transformation PROJ chooses) once a caller has registered it with
 *   `registerDhdnGrid` (the CLI reads static/grids/BETA2007.gsb; the viewer fetches it from its
 *   own host); without the grid, the 7-parameter Helmert transformation EPSG:1777 "DHDN to
 *   WGS 84 (2)", +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7, good to 1–3 m.
 *
 * Axis order: projected systems are read easting first, as XPlanGML writers do in practice
 * (also for Gauß-Krüger and EPSG:3044, whose EPSG definition says northing first). Geographic
 * systems (EPSG:4326, 4258) are read lat/lon in the URN and http forms (the EPSG axis order the
 * OGC forms promise) and lon/lat in the short "EPSG:4326" form. If the first position of a file
 * lands outside Germany that way but inside with the axes swapped, the axes are swapped for the
 * whole CRS and a note goes into the report.
 */
import proj4 from 'proj4';

const GK_BASE = (zone: number) =>
  `+proj=tmerc +lat_0=0 +lon_0=${zone * 3} +k=1 +x_0=${zone * 1000000 + 500000} +y_0=0 +ellps=bessel`;
const GK = (zone: number) =>
  `${GK_BASE(zone)} +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs`;
/** The key under which the BeTA2007 grid is registered with proj4. */
const DHDN_GRID = 'BETA2007';
const GK_GRID = (zone: number) => `${GK_BASE(zone)} +nadgrids=${DHDN_GRID} +units=m +no_defs`;
/** DHDN / Gauß-Krüger zones 2–5. */
export const DHDN_EPSG: readonly number[] = [31466, 31467, 31468, 31469];
/** UTM on ETRS89; `prefix` puts the zone number in front of the easting (EPSG:4647, 5650). */
const UTM = (zone: number, prefix = false) =>
  `+proj=tmerc +lat_0=0 +lon_0=${zone * 6 - 183} +k=0.9996 ` +
  `+x_0=${(prefix ? zone * 1000000 : 0) + 500000} +y_0=0 ` +
  '+ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

interface CrsDef {
  name: string;
  proj: string;
  geographic: boolean;
}

/** Supported CRSs by EPSG code. */
export const SUPPORTED_CRS: Readonly<Record<number, CrsDef>> = {
  25832: { name: 'ETRS89 / UTM zone 32N', proj: UTM(32), geographic: false },
  25833: { name: 'ETRS89 / UTM zone 33N', proj: UTM(33), geographic: false },
  3044: { name: 'ETRS89 / ETRS-TM32', proj: UTM(32), geographic: false },
  3045: { name: 'ETRS89 / ETRS-TM33', proj: UTM(33), geographic: false },
  4647: { name: 'ETRS89 / UTM zone 32N (zE-N)', proj: UTM(32, true), geographic: false },
  5650: { name: 'ETRS89 / UTM zone 33N (zE-N)', proj: UTM(33, true), geographic: false },
  31466: { name: 'DHDN / 3-degree Gauss-Kruger zone 2', proj: GK(2), geographic: false },
  31467: { name: 'DHDN / 3-degree Gauss-Kruger zone 3', proj: GK(3), geographic: false },
  31468: { name: 'DHDN / 3-degree Gauss-Kruger zone 4', proj: GK(4), geographic: false },
  31469: { name: 'DHDN / 3-degree Gauss-Kruger zone 5', proj: GK(5), geographic: false },
  4258: {
    name: 'ETRS89 (geographic)',
    proj: '+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs',
    geographic: true
  },
  4326: { name: 'WGS 84', proj: '+proj=longlat +datum=WGS84 +no_defs', geographic: true }
};

/** AdV URNs (German surveying authorities), e.g. `urn:adv:crs:ETRS89_UTM32`. */
const ADV: Record<string, { epsg: number; latFirst: boolean }> = {
  ETRS89_UTM32: { epsg: 25832, latFirst: false },
  ETRS89_UTM33: { epsg: 25833, latFirst: false },
  DE_DHDN_3GK2: { epsg: 31466, latFirst: false },
  DE_DHDN_3GK3: { epsg: 31467, latFirst: false },
  DE_DHDN_3GK4: { epsg: 31468, latFirst: false },
  DE_DHDN_3GK5: { epsg: 31469, latFirst: false },
  'ETRS89_LAT-LON': { epsg: 4258, latFirst: true },
  ETRS89_LAT_LON: { epsg: 4258, latFirst: true }
};

export interface SrsName {
  /** The srsName exactly as written in the file. */
  raw: string;
  epsg: number;
  /** True where the form promises the EPSG axis order (URN and http forms). */
  authorityAxisOrder: boolean;
  /** Forced lon/lat order (CRS84). */
  lonLat?: boolean;
}

/**
 * Reads an srsName: `EPSG:25832`, `urn:ogc:def:crs:EPSG::25832`, `urn:ogc:def:crs:EPSG:6.9:25832`,
 * `urn:x-ogc:def:crs:EPSG:25832`, `http://www.opengis.net/def/crs/EPSG/0/25832`,
 * `http://www.opengis.net/gml/srs/epsg.xml#25832`, `urn:adv:crs:ETRS89_UTM32`, `CRS:84`.
 * Returns null when the string names no EPSG code at all.
 */
export function parseSrsName(raw: string): SrsName | null {
  const s = raw.trim();
  let m = /^EPSG:+(\d+)$/i.exec(s);
  if (m) return { raw, epsg: Number(m[1]), authorityAxisOrder: false };
  m = /^urn:(?:x-)?ogc:def:crs:EPSG:(?:[\d.]*:)?(\d+)$/i.exec(s);
  if (m) return { raw, epsg: Number(m[1]), authorityAxisOrder: true };
  m = /^https?:\/\/www\.opengis\.net\/def\/crs\/EPSG\/[\d.]+\/(\d+)$/i.exec(s);
  if (m) return { raw, epsg: Number(m[1]), authorityAxisOrder: true };
  m = /^https?:\/\/www\.opengis\.net\/gml\/srs\/epsg\.xml#(\d+)$/i.exec(s);
  if (m) return { raw, epsg: Number(m[1]), authorityAxisOrder: false };
  if (
    /^(?:CRS:?84|urn:ogc:def:crs:OGC:[\d.]*:CRS84|https?:\/\/www\.opengis\.net\/def\/crs\/OGC\/[\d.]+\/CRS84)$/i.test(
      s
    )
  )
    return { raw, epsg: 4326, authorityAxisOrder: false, lonLat: true };
  m = /^urn:adv:crs:([A-Za-z0-9_-]+)/i.exec(s);
  if (m) {
    const adv = ADV[(m[1] as string).toUpperCase()];
    if (adv) return { raw, epsg: adv.epsg, authorityAxisOrder: adv.latFirst };
  }
  return null;
}

export function isSupportedEpsg(epsg: number): boolean {
  return Object.prototype.hasOwnProperty.call(SUPPORTED_CRS, epsg);
}

export type Transform = (x: number, y: number) => [number, number];

const converters = new Map<number, proj4.Converter>();
let dhdnGrid = false;

/**
 * Registers the BeTA2007 NTv2 grid (the bytes of BETA2007.gsb): from then on DHDN coordinates
 * are transformed through it. Call once, before importing.
 */
export function registerDhdnGrid(gsb: ArrayBuffer): void {
  proj4.nadgrid(DHDN_GRID, gsb);
  dhdnGrid = true;
  for (const epsg of DHDN_EPSG) converters.delete(epsg);
}

/** Whether DHDN is transformed through the BeTA2007 grid (else by the Helmert parameters). */
export function hasDhdnGrid(): boolean {
  return dhdnGrid;
}

function converter(epsg: number): proj4.Converter {
  let c = converters.get(epsg);
  if (!c) {
    const def = SUPPORTED_CRS[epsg];
    if (!def) throw new Error(`unsupported EPSG:${epsg}`);
    const proj = dhdnGrid && DHDN_EPSG.includes(epsg) ? GK_GRID(epsg - 31464) : def.proj;
    c = proj4(proj, 'EPSG:4326');
    converters.set(epsg, c);
  }
  return c;
}

/** Forward transform of one supported CRS to WGS84 [lon, lat], input in (easting, northing) / (lon, lat). */
export function toWgs84(epsg: number): Transform {
  const def = SUPPORTED_CRS[epsg];
  if (!def) throw new Error(`unsupported EPSG:${epsg}`);
  if (epsg === 4326) return (x, y) => [x, y];
  const c = converter(epsg);
  // proj4 answers a two-number array with a new one of two numbers
  return (x, y) => c.forward([x, y]) as [number, number];
}

/** Inverse: WGS84 [lon, lat] to the CRS (easting, northing); used by tests and fixtures. */
export function fromWgs84(epsg: number): Transform {
  if (epsg === 4326) return (x, y) => [x, y];
  const c = converter(epsg);
  return (lon, lat) => {
    const r = c.inverse([lon, lat]) as number[];
    return [r[0] as number, r[1] as number];
  };
}

/** Generous box around Germany for the axis-order plausibility check. */
export function inGermany(lon: number, lat: number): boolean {
  return lon >= 5.3 && lon <= 15.6 && lat >= 47 && lat <= 55.3;
}

export interface ResolvedCrs {
  epsg: number;
  /** Axes swapped relative to (easting, northing)/(lon, lat) order. */
  swap: boolean;
  /** Swap decided by the plausibility check rather than by the form of the srsName. */
  swapGuessed: boolean;
  transform: Transform;
}

/**
 * Decides the axis order for a CRS from the srsName form and the first position read in it,
 * returning the transform of file order (a, b) to WGS84 (lon, lat).
 */
export function resolveCrs(srs: SrsName, first: [number, number] | null): ResolvedCrs {
  const def = SUPPORTED_CRS[srs.epsg];
  if (!def) throw new Error(`unsupported EPSG:${srs.epsg}`);
  const t = toWgs84(srs.epsg);
  let swap = def.geographic && srs.authorityAxisOrder && !srs.lonLat;
  let swapGuessed = false;
  if (first) {
    const [a, b] = first;
    const asIs = swap ? t(b, a) : t(a, b);
    if (!inGermany(asIs[0], asIs[1])) {
      const other = swap ? t(a, b) : t(b, a);
      if (inGermany(other[0], other[1])) {
        swap = !swap;
        swapGuessed = true;
      }
    }
  }
  return { epsg: srs.epsg, swap, swapGuessed, transform: swap ? (a, b) => t(b, a) : t };
}

/**
 * Area of use (west, south, east, north in degrees) of each supported CRS. All of them are used
 * for German plans, often beyond their zone (a Düren plan in Gauß-Krüger zone 5 is exact), so
 * the projected ones share one box: Germany with its neighbours. Coordinates in the wrong CRS
 * (e.g. Gauß-Krüger values read as UTM, which would place a plan in Asia) fall outside.
 */
const GERMANY_WIDE = [0, 42, 24, 60] as const;
const AREA_OF_USE: Readonly<Record<number, readonly [number, number, number, number]>> = {
  4258: [-40, 25, 45, 85],
  4326: [-180, -90, 180, 90]
};

export function areaOfUse(epsg: number): readonly [number, number, number, number] {
  return AREA_OF_USE[epsg] ?? GERMANY_WIDE;
}

export function inAreaOfUse(epsg: number, lon: number, lat: number): boolean {
  const [w, s, e, n] = areaOfUse(epsg);
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

/** "Länge 0° bis 18°, Breite 35° bis 72°" for messages. */
export function areaOfUseText(epsg: number, lang: 'de' | 'en'): string {
  const [w, s, e, n] = areaOfUse(epsg);
  return lang === 'de'
    ? `Länge ${w}° bis ${e}°, Breite ${s}° bis ${n}°`
    : `longitude ${w}° to ${e}°, latitude ${s}° to ${n}°`;
}

export const epsgName = (epsg: number) => `EPSG:${epsg}`;
