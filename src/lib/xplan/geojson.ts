/**
 * GeoJSON import: RFC 7946 (WGS84) or a legacy `crs` member naming a supported CRS
 * (e.g. urn:ogc:def:crs:EPSG::25832), which is reprojected. Properties: kept when they already
 * follow the plan schema (id + category), mapped from xplanClass/codes where present, else
 * category `sonstige`. Point and line features are skipped and counted.
 */
import { isCategoryCode, type CategoryCode } from '../plan/categories';
import { isSafeKey } from '../plan/validate';
import type { PlanProperties, Status } from '../plan/types';
import { packPolygons } from './compact';
import {
  areaOfUseText,
  isSupportedEpsg,
  parseSrsName,
  resolveCrs,
  SUPPORTED_CRS,
  type ResolvedCrs
} from './crs';
import { ImportError, quoteDe as q } from './errors';
import { categoryFor, CODE_PROPERTIES, isOverlay } from './mapping';
import { countSkipped, emptyParsed, type ParsedXPlan, type SkippedCounts } from './parsed';
import type { FeatureProblem } from './problems';
import { RingRepair } from './rings';
import { splitFeatureCollection } from './json-features';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A position for a message: short, and never recursing into deeply nested arrays. */
function shownPosition(pos: unknown): string {
  if (!Array.isArray(pos)) return String(pos).slice(0, 40);
  if (pos.some(Array.isArray)) return 'weitere Verschachtelung statt Zahlen';
  return `[${pos
    .slice(0, 3)
    .map((v) => String(v).slice(0, 20))
    .join(', ')}${pos.length > 3 ? ', …' : ''}]`;
}

export function parseGeoJSON(text: string, file: string): ParsedXPlan {
  // Windows tools write a UTF-8 byte order mark; JSON.parse does not accept one.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parseWhole = (): unknown => {
    try {
      return JSON.parse(body);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      throw new ImportError({
        code: 'not-json',
        file,
        de: `Die Datei ${q(file)} ist kein gültiges JSON und damit kein GeoJSON (${detail}).`,
        en: `File "${file}" is not valid JSON, hence not GeoJSON (${detail}).`
      });
    }
  };
  // A FeatureCollection is read one feature at a time (json-features.ts); anything else whole.
  const split = splitFeatureCollection(body);
  const parts = split && isObject(split.head) && split.head.type === 'FeatureCollection';
  const json: unknown = parts ? split.head : parseWhole();
  const whole: unknown[] | null = parts
    ? null
    : isObject(json)
      ? json.type === 'FeatureCollection' && Array.isArray(json.features)
        ? json.features
        : json.type === 'Feature'
          ? [json]
          : null
      : null;
  const count = parts ? split.count : (whole?.length ?? 0);
  const featureAt = (i: number): unknown => {
    if (!parts) return whole![i];
    try {
      return split.feature(i);
    } catch (e) {
      // A broken element: the whole text is not JSON; say so as for any other such file.
      parseWhole();
      throw e;
    }
  };
  if (!parts && !whole)
    throw new ImportError({
      code: 'not-geojson',
      file,
      de: `Die Datei ${q(file)} ist kein GeoJSON: Es fehlt eine FeatureCollection mit „features“.`,
      en: `File "${file}" is not GeoJSON: no FeatureCollection with "features".`
    });

  const result = emptyParsed(text.length);
  result.sourceCrs = 'EPSG:4326';
  result.crsUsed = ['EPSG:4326'];

  // Legacy GeoJSON 2008 crs member; RFC 7946 files have none (WGS84 lon/lat).
  let epsg = 4326;
  const crsMember = isObject(json) ? json.crs : undefined;
  let crsRaw: string | null = null;
  if (
    isObject(crsMember) &&
    isObject(crsMember.properties) &&
    typeof crsMember.properties.name === 'string'
  ) {
    crsRaw = crsMember.properties.name;
    const srs = parseSrsName(crsRaw);
    if (!srs || !isSupportedEpsg(srs.epsg)) {
      const supported = Object.keys(SUPPORTED_CRS)
        .map((c) => `EPSG:${c}`)
        .join(', ');
      throw new ImportError({
        code: 'unknown-crs',
        file,
        de: `Die Datei ${q(file)} gibt das Koordinatenreferenzsystem ${q(crsRaw)} an, das nicht unterstützt wird. Unterstützt werden: ${supported}.`,
        en: `File "${file}" names the unsupported coordinate reference system "${crsRaw}". Supported: ${supported}.`
      });
    }
    epsg = srs.epsg;
    result.sourceCrs = `EPSG:${epsg}`;
    result.crsUsed = [result.sourceCrs];
  }
  let resolved: ResolvedCrs | null = null;
  const resolveOnce = (first: [number, number]): ResolvedCrs => {
    const srs = crsRaw ? parseSrsName(crsRaw) : null;
    const r = resolveCrs(
      srs
        ? { ...srs, authorityAxisOrder: false }
        : { raw: 'EPSG:4326', epsg, authorityAxisOrder: false },
      first
    );
    if (r.swapGuessed)
      result.notes.push({
        de: 'Achsenreihenfolge aus der Lage der Koordinaten bestimmt (Rechts- und Hochwert bzw. Länge und Breite vertauscht).',
        en: 'Axis order inferred from the coordinates (swapped).'
      });
    return r;
  };
  const seen = new Set<string>();

  for (let i = 0; i < count; i++) {
    const f = featureAt(i);
    const where = `Objekt Nr. ${i + 1}`;
    if (!isObject(f) || f.type !== 'Feature') {
      throw new ImportError({
        code: 'not-geojson',
        file,
        de: `Die Datei ${q(file)}, ${where}: kein gültiges GeoJSON-Feature.`,
        en: `File "${file}", feature no. ${i + 1}: not a valid GeoJSON feature.`
      });
    }
    const p = isObject(f.properties) ? f.properties : {};
    const rawId = p.id ?? p.gml_id ?? f.id;
    const id =
      typeof rawId === 'string' || typeof rawId === 'number'
        ? String(rawId).trim()
        : `feature-${i + 1}`;
    if (id === '')
      throw new ImportError({
        code: 'invalid-id',
        file,
        de: `Die Datei ${q(file)}, ${where}: Die Kennung (id) ist leer.`,
        en: `File "${file}", feature no. ${i + 1}: the id is empty.`
      });
    // As for XPlanGML's gml:id: a second area with the same id is an error, not renamed.
    if (seen.has(id))
      throw new ImportError({
        code: 'duplicate-id',
        file,
        featureId: id,
        de: `Die Datei ${q(file)} enthält die Kennung (id) ${q(id)} mehrfach (${where}).`,
        en: `File "${file}": id "${id}" occurs more than once (feature no. ${i + 1}).`
      });
    seen.add(id);
    const xplanClass = typeof p.xplanClass === 'string' ? p.xplanClass : undefined;
    const g = f.geometry;
    const type = isObject(g) ? g.type : null;
    const skipKey = xplanClass ?? '(GeoJSON)';
    const skip = (kind: keyof SkippedCounts) => countSkipped(result, skipKey, kind);
    if (type === 'Point' || type === 'MultiPoint') {
      skip('point');
      continue;
    }
    if (type === 'LineString' || type === 'MultiLineString') {
      skip('line');
      continue;
    }
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      skip(type === null ? 'none' : 'other');
      continue;
    }

    const coords = (g as Json).coordinates;
    const polys: unknown = type === 'Polygon' ? [coords] : coords;
    if (!Array.isArray(polys))
      throw new ImportError({
        code: 'invalid-coordinates',
        file,
        featureId: id,
        de: `Die Datei ${q(file)} enthält beim Objekt ${q(id)} keine gültigen Koordinaten.`,
        en: `File "${file}", feature "${id}": invalid coordinates.`
      });

    const problems: FeatureProblem[] = [];
    const repair = new RingRepair(id, xplanClass, problems);
    const outPolys: number[][][] = (polys as unknown[]).map((rings) => {
      if (!Array.isArray(rings) || rings.length === 0)
        throw new ImportError({
          code: 'invalid-coordinates',
          file,
          featureId: id,
          de: `Die Datei ${q(file)} enthält beim Objekt ${q(id)} ein Polygon ohne Ringe.`,
          en: `File "${file}", feature "${id}": polygon without rings.`
        });
      return rings.map((ring: unknown, ringIndex: number) => {
        const flat: number[] = [];
        if (Array.isArray(ring))
          for (const pos of ring) {
            if (
              !Array.isArray(pos) ||
              typeof pos[0] !== 'number' ||
              typeof pos[1] !== 'number' ||
              !Number.isFinite(pos[0]) ||
              !Number.isFinite(pos[1])
            )
              throw new ImportError({
                code: 'invalid-coordinates',
                file,
                featureId: id,
                de: `Die Datei ${q(file)} enthält beim Objekt ${q(id)} eine ungültige Koordinate (${shownPosition(pos)}; erwartet: [Rechtswert, Hochwert] oder [Länge, Breite] als Zahlen).`,
                en: `File "${file}", feature "${id}": invalid position (${shownPosition(pos)}).`
              });
            flat.push(pos[0], pos[1]);
          }
        return repair.ring(flat, ringIndex === 0, {
          crs: (first) => (resolved ??= resolveOnce(first)),
          tooShort: (n, distinct) => {
            throw new ImportError({
              code: 'ring-too-short',
              file,
              featureId: id,
              de: `Die Datei ${q(file)} enthält beim Objekt ${q(id)} einen Ring mit ${n} Stützpunkten, davon ${distinct} verschiedene; eine Fläche braucht mindestens drei verschiedene Punkte und vier Stützpunkte.`,
              en: `File "${file}", feature "${id}": ring has ${n} positions, ${distinct} distinct; an area needs at least three distinct points and four positions.`
            });
          },
          outsideArea: (x, y, epsg, lon, lat) => {
            throw new ImportError({
              code: 'outside-crs-area',
              file,
              featureId: id,
              de: `Die Datei ${q(file)} enthält beim Objekt ${q(id)} Koordinaten außerhalb des Gültigkeitsbereichs von EPSG:${epsg} (${areaOfUseText(epsg, 'de')}): ${x} ${y}${epsg === 4326 ? '' : ` ergäbe Länge ${lon.toFixed(3)}°, Breite ${lat.toFixed(3)}°`}.`,
              en: `File "${file}", feature "${id}": coordinates outside the area of use of EPSG:${epsg} (${areaOfUseText(epsg, 'en')}): ${x} ${y}.`
            });
          },
          untransformable: (x, y, epsg) => {
            throw new ImportError({
              code: 'invalid-coordinates',
              file,
              featureId: id,
              de: `Die Datei ${q(file)} enthält beim Objekt ${q(id)} Koordinaten, die sich nicht umrechnen lassen (${x} ${y} in EPSG:${epsg}).`,
              en: `File "${file}", feature "${id}": coordinates cannot be transformed (${x} ${y} in EPSG:${epsg}).`
            });
          }
        });
      });
    });
    repair.report();
    result.problems.push(...problems);

    const geometry = packPolygons(outPolys, result.pool);

    // Codes: a `codes` object, or flat XPlanung attributes as GDAL writes them.
    const codes: Record<string, string> = {};
    if (isObject(p.codes)) {
      for (const [k, v] of Object.entries(p.codes))
        if (isSafeKey(k) && (typeof v === 'string' || typeof v === 'number')) codes[k] = String(v);
    } else {
      for (const k of CODE_PROPERTIES) {
        const v = p[k];
        if (typeof v === 'string' || typeof v === 'number') codes[k] = String(v);
      }
    }
    const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
    let properties: PlanProperties;
    if (isCategoryCode(p.category)) {
      properties = {
        id,
        category: p.category,
        status: p.status === 'neu' ? 'neu' : ('bestand' as Status),
        previous: isCategoryCode(p.previous) ? p.previous : null,
        district: text(p.district),
        name: text(p.name),
        ...(xplanClass ? { xplanClass } : {}),
        ...(Object.keys(codes).length > 0 ? { codes } : {}),
        ...(p.overlay === true ? { overlay: true } : {})
      };
    } else {
      const category: CategoryCode = xplanClass ? categoryFor(xplanClass, codes) : 'sonstige';
      const fs = p.flaechenschluss;
      const flaechenschluss =
        fs === true || fs === 'true' ? true : fs === false || fs === 'false' ? false : null;
      const overlay =
        p.overlay === true ||
        (xplanClass ? isOverlay(xplanClass, flaechenschluss) : flaechenschluss === false);
      properties = {
        id,
        category,
        status: 'bestand',
        previous: null,
        district: null,
        name: text(p.name),
        ...(xplanClass ? { xplanClass } : {}),
        ...(Object.keys(codes).length > 0 ? { codes } : {}),
        ...(overlay ? { overlay: true } : {})
      };
    }
    result.features.push({ properties, geometry, line: 0, area: 0 });
  }
  if (!resolved) result.sourceCrs = crsRaw ? result.sourceCrs : 'EPSG:4326';
  return result;
}
