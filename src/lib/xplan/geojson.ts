/**
 * GeoJSON import: RFC 7946 (WGS84) or a legacy `crs` member naming a supported CRS
 * (e.g. urn:ogc:def:crs:EPSG::25832), which is reprojected. Properties: kept when they already
 * follow the plan schema (id + category), mapped from xplanClass/codes where present, else
 * category `sonstige`. Point and line features are skipped and counted.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { isCategoryCode, type CategoryCode } from '../plan/categories';
import type { PlanFeature, PlanProperties, Status } from '../plan/types';
import { isSupportedEpsg, parseSrsName, resolveCrs, SUPPORTED_CRS, type ResolvedCrs } from './crs';
import { ImportError } from './errors';
import { categoryFor, CODE_PROPERTIES, isOverlay } from './mapping';
import type { ParsedXPlan, SkippedCounts } from './parse';
import { cleanRing, ringSelfIntersections, toPositions, type FeatureProblem } from './validate';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const q = (s: string) => `„${s}“`;

export function parseGeoJSON(text: string, file: string): ParsedXPlan {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new ImportError({
      code: 'not-json',
      file,
      de: `Die Datei ${q(file)} ist kein gültiges JSON und damit kein GeoJSON (${detail}).`,
      en: `File "${file}" is not valid JSON, hence not GeoJSON (${detail}).`
    });
  }
  const features: unknown[] | null = isObject(json)
    ? json.type === 'FeatureCollection' && Array.isArray(json.features)
      ? json.features
      : json.type === 'Feature'
        ? [json]
        : null
    : null;
  if (!features)
    throw new ImportError({
      code: 'not-geojson',
      file,
      de: `Die Datei ${q(file)} ist kein GeoJSON: Es fehlt eine FeatureCollection mit „features“.`,
      en: `File "${file}" is not GeoJSON: no FeatureCollection with "features".`
    });

  const result: ParsedXPlan = {
    version: '',
    sourceCrs: 'EPSG:4326',
    crsUsed: ['EPSG:4326'],
    plan: null,
    otherPlans: [],
    features: [],
    skipped: {},
    problems: [],
    notes: [],
    bytes: text.length
  };

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
  const seen = new Set<string>();

  features.forEach((f, i) => {
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
    let id =
      typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : `feature-${i + 1}`;
    if (seen.has(id)) id = `${id}-${i + 1}`;
    seen.add(id);
    const xplanClass = typeof p.xplanClass === 'string' ? p.xplanClass : undefined;
    const g = f.geometry;
    const type = isObject(g) ? g.type : null;
    const skipKey = xplanClass ?? '(GeoJSON)';
    const skip = (kind: keyof SkippedCounts) => {
      const s = (result.skipped[skipKey] ??= { point: 0, line: 0, none: 0, other: 0 });
      s[kind]++;
    };
    if (type === 'Point' || type === 'MultiPoint') return skip('point');
    if (type === 'LineString' || type === 'MultiLineString') return skip('line');
    if (type !== 'Polygon' && type !== 'MultiPolygon')
      return skip(type === null ? 'none' : 'other');

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
    let dup = 0,
      closed = 0,
      reversed = 0;
    const outPolys: Position[][][] = (polys as unknown[]).map((rings) => {
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
                de: `Die Datei ${q(file)} enthält beim Objekt ${q(id)} eine ungültige Koordinate (${JSON.stringify(pos)}).`,
                en: `File "${file}", feature "${id}": invalid position ${JSON.stringify(pos)}.`
              });
            flat.push(pos[0], pos[1]);
          }
        const cleaned = cleanRing(flat);
        if (cleaned.distinct < 3)
          throw new ImportError({
            code: 'ring-too-short',
            file,
            featureId: id,
            de: `Die Datei ${q(file)} enthält beim Objekt ${q(id)} einen Ring mit ${flat.length / 2} Stützpunkten, davon ${cleaned.distinct} verschiedene; eine Fläche braucht mindestens drei verschiedene Punkte und vier Stützpunkte.`,
            en: `File "${file}", feature "${id}": ring has ${flat.length / 2} positions, ${cleaned.distinct} distinct; an area needs at least three distinct points and four positions.`
          });
        dup += cleaned.duplicatesRemoved;
        if (cleaned.closed) closed++;
        if (!resolved) {
          const srs = crsRaw ? parseSrsName(crsRaw) : null;
          resolved = resolveCrs(
            srs
              ? { ...srs, authorityAxisOrder: false }
              : { raw: 'EPSG:4326', epsg, authorityAxisOrder: false },
            [cleaned.ring[0] as number, cleaned.ring[1] as number]
          );
          if (resolved.swapGuessed)
            result.notes.push({
              de: 'Achsenreihenfolge aus der Lage der Koordinaten bestimmt (Rechts- und Hochwert bzw. Länge und Breite vertauscht).',
              en: 'Axis order inferred from the coordinates (swapped).'
            });
        }
        const r = resolved as ResolvedCrs;
        const hits = ringSelfIntersections(cleaned.ring, 1);
        const out: number[] = new Array(cleaned.ring.length);
        for (let k = 0; k < cleaned.ring.length; k += 2) {
          const [lon, lat] = r.transform(cleaned.ring[k] as number, cleaned.ring[k + 1] as number);
          out[k] = lon;
          out[k + 1] = lat;
        }
        if (hits.length > 0) {
          const h = hits[0] as [number, number];
          problems.push({
            featureId: id,
            xplanClass,
            code: 'self-intersection',
            severity: 'warning',
            de: 'Der Rand schneidet oder berührt sich selbst; die Fläche wird unverändert übernommen, ihr Flächeninhalt kann abweichen.',
            en: 'The boundary crosses or touches itself; kept unchanged, its area may be off.',
            location: r.transform(h[0], h[1])
          });
        }
        const oriented = toPositions(out, ringIndex === 0);
        if (oriented.reversed) reversed++;
        return oriented.ring;
      });
    });
    if (dup > 0)
      problems.push({
        featureId: id,
        xplanClass,
        code: 'duplicate-points',
        severity: 'repaired',
        de: `${dup} doppelte aufeinanderfolgende Stützpunkte entfernt.`,
        en: `${dup} duplicate consecutive positions removed.`
      });
    if (closed > 0)
      problems.push({
        featureId: id,
        xplanClass,
        code: 'unclosed-ring',
        severity: 'repaired',
        de: `${closed} nicht geschlossene(r) Ring(e) geschlossen.`,
        en: `${closed} unclosed ring(s) closed.`
      });
    if (reversed > 0)
      problems.push({
        featureId: id,
        xplanClass,
        code: 'winding',
        severity: 'repaired',
        de: `Umlaufsinn von ${reversed} Ring(en) umgekehrt.`,
        en: `Orientation of ${reversed} ring(s) reversed.`
      });
    result.problems.push(...problems);

    const geometry: Polygon | MultiPolygon =
      outPolys.length === 1
        ? { type: 'Polygon', coordinates: outPolys[0] as Position[][] }
        : { type: 'MultiPolygon', coordinates: outPolys };

    // Codes: a `codes` object, or flat XPlanung attributes as GDAL writes them.
    const codes: Record<string, string> = {};
    if (isObject(p.codes)) {
      for (const [k, v] of Object.entries(p.codes))
        if (typeof v === 'string' || typeof v === 'number') codes[k] = String(v);
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
    const feature: PlanFeature = { type: 'Feature', geometry, properties };
    result.features.push({ feature, line: 0 });
  });
  if (!resolved) result.sourceCrs = crsRaw ? result.sourceCrs : 'EPSG:4326';
  return result;
}
