/**
 * Turns each captured XPlanGML feature member into a PlanFeature (area objects), the plan's
 * PlanInfo (FP_Plan), or a count of what is skipped; geometries are reprojected to WGS84 and
 * their rings checked on the way.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { packPolygons, toGeoJSON, type CompactGeometry } from './compact';
import type { CategoryCode } from '../plan/categories';
import {
  areaOfUseText,
  isSupportedEpsg,
  parseSrsName,
  resolveCrs,
  SUPPORTED_CRS,
  type ResolvedCrs,
  type SrsName
} from './crs';
import { failFor, quoteDe, type Fail } from './errors';
import { geometryKind, readAreaGeometry, type GeometryKind } from './gml';
import { categoryFor, CODE_PROPERTIES, isOverlay } from './mapping';
import { countSkipped, type ParsedXPlan } from './parsed';
import { GeometryError } from './positions';
import type { FeatureProblem } from './problems';
import { RingRepair } from './rings';
import { XPLAN_NS } from './xml';
import { child, childrenNamed, leafText, own, type XNode } from './xnode';

/** Arc densification: chord deviation below 0.1 m (0.09 m in metres, ~0.1 m in degrees). */
const ARC_TOLERANCE_M = 0.09;

export class MemberReader {
  /** srsName of the root gml:boundedBy: the default for geometries that name none. */
  rootSrsName: string | null = null;
  private readonly fail: Fail;
  private readonly crs = new Map<string, ResolvedCrs>();
  private readonly ids = new Set<string>();

  constructor(
    private readonly file: string,
    private readonly result: ParsedXPlan
  ) {
    this.fail = failFor(file);
  }

  private readonly classNames = new Map<string, string>();

  /** One string per class name for the whole file, not tied to the text it was read from. */
  private className(name: string): string {
    let c = this.classNames.get(name);
    if (c === undefined) this.classNames.set(name, (c = own(name)));
    return c;
  }

  /** One feature member (the element inside gml:featureMember/featureMembers). */
  read(f: XNode): void {
    const { file, fail, result } = this;
    if (!XPLAN_NS.test(f.uri)) return;
    const cls = this.className(f.name);
    const id = own(f.attrs.id ?? `${cls}-${f.line}`);
    if (/_Plan$/.test(cls)) {
      if (cls === 'FP_Plan' && !result.plan) this.readPlan(f, id);
      else if (cls !== 'FP_Plan') result.otherPlans.push(cls);
      return;
    }
    const position = child(f, 'position');
    const geom = position?.children[0];
    if (!geom) {
      countSkipped(result, cls, 'none');
      return;
    }
    const kind: GeometryKind = geometryKind(geom);
    if (kind !== 'area') {
      countSkipped(result, cls, kind === 'other' ? 'other' : kind);
      return;
    }
    if (this.ids.has(id))
      fail(
        'duplicate-id',
        `Die Datei ${quoteDe(file)} enthält die Kennung (gml:id) ${quoteDe(id)} mehrfach (Zeile ${f.line}).`,
        `File "${file}": gml:id "${id}" occurs more than once (line ${f.line}).`,
        id,
        f.line
      );
    this.ids.add(id);
    const codes: Record<string, string> = {};
    for (const prop of CODE_PROPERTIES) {
      const values = childrenNamed(f, prop)
        .map(leafText)
        .filter((v) => v !== '');
      if (values.length > 0) codes[prop] = own(values.join(','));
    }
    const fs = child(f, 'flaechenschluss')?.text.trim();
    const flaechenschluss =
      fs === 'true' || fs === '1' ? true : fs === 'false' || fs === '0' ? false : null;
    const nameNode = child(f, 'name');
    const name = nameNode ? own(leafText(nameNode)) || null : null;
    const problems: FeatureProblem[] = [];
    const geometry = this.convertArea(geom, this.featureSrs(f), id, cls, problems);
    result.problems.push(...problems);
    const category: CategoryCode = categoryFor(cls, codes);
    const overlay = isOverlay(cls, flaechenschluss);
    result.features.push({
      line: f.line,
      geometry,
      area: 0,
      properties: {
        id,
        category,
        status: 'bestand',
        previous: null,
        district: null,
        name,
        xplanClass: cls,
        codes,
        ...(overlay ? { overlay: true } : {})
      }
    });
  }

  private readPlan(f: XNode, id: string): void {
    const text = (name: string): string | null => {
      const c = child(f, name);
      const t = c ? leafText(c) : '';
      return t === '' ? null : t;
    };
    const gemeinde = child(f, 'gemeinde');
    const xpGemeinde = gemeinde?.children[0];
    const g = (name: string): string | null => {
      const c = xpGemeinde ? child(xpGemeinde, name) : undefined;
      const t = c?.text.trim() ?? '';
      return t === '' ? null : t;
    };
    const dates: Record<string, string> = {};
    const lawVersion = /^version.*Datum$/;
    const collectDates = (node: XNode) => {
      for (const c of node.children) {
        if (c.children.length === 0) {
          const t = c.text.trim();
          if (/Datum$/.test(c.name) && !lawVersion.test(c.name) && /^\d{4}-\d{2}-\d{2}/.test(t)) {
            let key = c.name;
            for (let k = 2; dates[key] !== undefined; k++) key = `${c.name}.${k}`;
            dates[key] = t.slice(0, 10);
          }
        } else if (c.name !== 'raeumlicherGeltungsbereich' && c.name !== 'boundedBy')
          collectDates(c);
      }
    };
    collectDates(f);
    let geltungsbereich: Polygon | MultiPolygon | null = null;
    const gb = child(f, 'raeumlicherGeltungsbereich')?.children[0];
    if (gb && geometryKind(gb) === 'area') {
      const ignored: FeatureProblem[] = [];
      geltungsbereich = toGeoJSON(this.convertArea(gb, this.featureSrs(f), id, f.name, ignored));
    }
    this.result.plan = {
      gmlId: id,
      xplanClass: f.name,
      name: text('name'),
      nummer: text('nummer'),
      municipality: g('gemeindeName'),
      ags: g('ags'),
      rs: g('rs'),
      planArt: text('planArt'),
      rechtsstand: text('rechtsstand'),
      dates,
      geltungsbereich
    };
  }

  private featureSrs(feature: XNode): string | null {
    const env = child(feature, 'boundedBy')?.children[0];
    return env?.attrs.srsName ?? this.rootSrsName;
  }

  /** The CRS named by `srsRaw` (cached per file); notes the CRSs used and guessed axis orders. */
  private resolve(
    srsRaw: string | null,
    first: [number, number] | null,
    featureId: string,
    line: number
  ): ResolvedCrs {
    const { file, fail, result } = this;
    const key = srsRaw ?? '';
    const hit = this.crs.get(key);
    if (hit) return hit;
    if (!srsRaw)
      fail(
        'missing-crs',
        `Die Datei ${quoteDe(file)} gibt für die Geometrie des Objekts ${quoteDe(featureId)} (Zeile ${line}) kein Koordinatenreferenzsystem an (Attribut srsName fehlt, auch in gml:boundedBy).`,
        `File "${file}", feature "${featureId}" (line ${line}): no coordinate reference system (srsName missing, also in gml:boundedBy).`,
        featureId,
        line
      );
    const srs = parseSrsName(srsRaw as string) as SrsName | null;
    if (!srs || !isSupportedEpsg(srs.epsg)) {
      const supported = Object.keys(SUPPORTED_CRS)
        .map((c) => `EPSG:${c}`)
        .join(', ');
      fail(
        'unknown-crs',
        `Die Datei ${quoteDe(file)} verwendet beim Objekt ${quoteDe(featureId)} (Zeile ${line}) das Koordinatenreferenzsystem ${quoteDe(srsRaw as string)}, das nicht unterstützt wird. Unterstützt werden: ${supported}.`,
        `File "${file}", feature "${featureId}" (line ${line}): unknown coordinate reference system "${srsRaw}". Supported: ${supported}.`,
        featureId,
        line
      );
    }
    const r = resolveCrs(srs as SrsName, first);
    this.crs.set(key, r);
    const name = `EPSG:${r.epsg}`;
    if (!result.crsUsed.includes(name)) result.crsUsed.push(name);
    result.sourceCrs ??= name;
    if (r.swapGuessed)
      result.notes.push({
        de: `Achsenreihenfolge für ${quoteDe(srsRaw as string)} aus der Lage der Koordinaten bestimmt (vertauscht gegenüber der Angabe im srsName).`,
        en: `Axis order for "${srsRaw}" inferred from the coordinates (swapped relative to what the srsName implies).`
      });
    return r;
  }

  /** Converts an area geometry into compact WGS84 geometry with ring checks. */
  private convertArea(
    geom: XNode,
    inheritedSrs: string | null,
    featureId: string,
    xplanClass: string | undefined,
    problems: FeatureProblem[]
  ): CompactGeometry {
    const { file, fail } = this;
    let raw;
    try {
      raw = readAreaGeometry(geom, {
        srsName: inheritedSrs,
        arcTolerance: (srs) => {
          const p = srs ? parseSrsName(srs) : null;
          return p && SUPPORTED_CRS[p.epsg]?.geographic
            ? ARC_TOLERANCE_M / 111_320
            : ARC_TOLERANCE_M;
        }
      });
    } catch (e) {
      if (e instanceof GeometryError)
        fail(
          e.code,
          `Die Datei ${quoteDe(file)} enthält beim Objekt ${quoteDe(featureId)} (Zeile ${e.line}) eine ungültige Geometrie: ${e.de}.`,
          `File "${file}", feature "${featureId}" (line ${e.line}): invalid geometry: ${e.en}.`,
          featureId,
          e.line
        );
      throw e;
    }
    const repair = new RingRepair(featureId, xplanClass, problems);
    const polygons: number[][][] = raw.map((poly) =>
      poly.rings.map((flat, ringIndex) =>
        repair.ring(flat, ringIndex === 0, {
          crs: (first) => this.resolve(poly.srsName, first, featureId, geom.line),
          tooShort: (n, distinct) => {
            const what = ringIndex === 0 ? 'Außenring' : `Innenring ${ringIndex}`;
            const whatEn = ringIndex === 0 ? 'exterior ring' : `interior ring ${ringIndex}`;
            return fail(
              'ring-too-short',
              `Die Datei ${quoteDe(file)} enthält beim Objekt ${quoteDe(featureId)} (Zeile ${geom.line}) einen ${what} mit ${n} Stützpunkten, davon ${distinct} verschiedene; eine Fläche braucht mindestens drei verschiedene Punkte und vier Stützpunkte.`,
              `File "${file}", feature "${featureId}" (line ${geom.line}): ${whatEn} has ${n} positions, ${distinct} distinct; an area needs at least three distinct points and four positions.`,
              featureId,
              geom.line
            );
          },
          outsideArea: (x, y, epsg, lon, lat) =>
            fail(
              'outside-crs-area',
              `Die Datei ${quoteDe(file)} enthält beim Objekt ${quoteDe(featureId)} (Zeile ${geom.line}) Koordinaten außerhalb des Gültigkeitsbereichs von EPSG:${epsg} (${areaOfUseText(epsg, 'de')}): ${x} ${y} ergäbe Länge ${lon.toFixed(3)}°, Breite ${lat.toFixed(3)}°. Vermutlich ist im srsName das falsche Koordinatenreferenzsystem angegeben.`,
              `File "${file}", feature "${featureId}" (line ${geom.line}): coordinates outside the area of use of EPSG:${epsg} (${areaOfUseText(epsg, 'en')}): ${x} ${y} would be lon ${lon.toFixed(3)}, lat ${lat.toFixed(3)}. The srsName probably names the wrong CRS.`,
              featureId,
              geom.line
            ),
          untransformable: (x, y, epsg) =>
            fail(
              'invalid-coordinates',
              `Die Datei ${quoteDe(file)} enthält beim Objekt ${quoteDe(featureId)} Koordinaten, die sich nicht umrechnen lassen (${x} ${y} in EPSG:${epsg}).`,
              `File "${file}", feature "${featureId}": coordinates cannot be transformed (${x} ${y} in EPSG:${epsg}).`,
              featureId,
              geom.line
            )
        })
      )
    );
    repair.report();
    return packPolygons(polygons, this.result.pool);
  }
}
