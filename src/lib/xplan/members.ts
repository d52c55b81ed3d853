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
  DHDN_EPSG,
  hasDhdnGrid,
  isSupportedEpsg,
  parseSrsName,
  resolveCrs,
  SUPPORTED_CRS,
  type ResolvedCrs,
  type SrsName
} from './crs';
import { failFor, quoteDe, type Fail } from './errors';
import { geometryKind, readAreaGeometry, readLineGeometry, type GeometryKind } from './gml';
import { readBau } from './bau';
import { categoryFor, CODE_PROPERTIES, isOverlay, lineCategoryFor } from './mapping';
import { hasSeparateBesondere } from './versions';
import { countSkipped, type ParsedXPlan } from './parsed';
import { GeometryError } from './positions';
import type { FeatureProblem } from './problems';
import { RingRepair } from './rings';
import { XPLAN_NS } from './xml';
import { child, childrenNamed, leafText, own, type XNode } from './xnode';

/**
 * Arc densification: chords deviate from the arc by at most 0.2 mm (in degrees: 0.2 mm at the
 * equator). The area a chord cuts off is about 2/3 · deviation · arc length, so an 8 m circle
 * (201.06 m²) loses under 0.007 m²; real plans' arcs (street corners) gain some dozen points.
 */
export const ARC_TOLERANCE_M = 0.0002;

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
    if (/^(?:FP|BP|RP|LP|SO)_Plan$/.test(cls)) {
      if (!result.plan) this.readPlan(f, id);
      else result.otherPlans.push(cls);
      return;
    }
    if (/_TextAbschnitt$/.test(cls)) this.readText(f, id);
    for (const scan of childrenNamed(f, 'refScan')) this.readRaster(scan);
    const position = child(f, 'position');
    const geom = position?.children[0];
    if (!geom) {
      countSkipped(result, cls, 'none');
      return;
    }
    const kind: GeometryKind = geometryKind(geom);
    const lineCategory = kind === 'line' ? lineCategoryFor(cls) : null;
    if (lineCategory) {
      this.readLine(f, geom, id, cls, lineCategory);
      return;
    }
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
    const codes = this.readCodes(f);
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
    const bau = readBau(f);
    const textRefs = this.hrefs(f, 'refTextInhalt');
    result.features.push({
      line: f.line,
      geometry,
      area: 0,
      ...(textRefs.length > 0 ? { textRefs } : {}),
      properties: {
        id,
        category,
        status: 'bestand',
        previous: null,
        district: null,
        name,
        xplanClass: cls,
        codes,
        ...(overlay ? { overlay: true } : {}),
        ...(bau ? { bau } : {})
      }
    });
  }

  /** Code-list values (direct children); 4.x special purposes joined to zweckbestimmung as in 5.x. */
  private readCodes(f: XNode): Record<string, string> {
    const codes: Record<string, string> = {};
    const merge = hasSeparateBesondere(this.result.version);
    const values = (prop: string) =>
      childrenNamed(f, prop)
        .map(leafText)
        .filter((v) => v !== '');
    for (const prop of CODE_PROPERTIES) {
      if (merge && prop === 'besondereZweckbestimmung') continue;
      const v = values(prop);
      if (merge && prop === 'zweckbestimmung') v.push(...values('besondereZweckbestimmung'));
      if (v.length > 0) codes[prop] = own(v.join(','));
    }
    return codes;
  }

  /** The gml:ids that `name` children refer to (xlink:href="#id"). */
  private hrefs(f: XNode, name: string): string[] {
    return childrenNamed(f, name)
      .map((c) => c.attrs.href ?? '')
      .filter((h) => h.startsWith('#'))
      .map((h) => own(h.slice(1)));
  }

  /** A raster plan (refScan/XP_ExterneReferenz): its image and world file, once each. */
  private readRaster(scan: XNode): void {
    const ref = scan.children[0];
    if (!ref) return;
    const url = child(ref, 'referenzURL')?.text.trim() ?? '';
    if (url === '' || this.result.rasters.some((r) => r.referenzURL === url)) return;
    const georef = child(ref, 'georefURL')?.text.trim() ?? '';
    this.result.rasters.push({
      referenzURL: own(url),
      georefURL: georef === '' ? null : own(georef)
    });
  }

  /** A text section (textliche Festsetzung): kept by gml:id for the areas that refer to it. */
  private readText(f: XNode, id: string): void {
    const textNode = child(f, 'text');
    const text = textNode ? textNode.text.trim() : '';
    const keyNode = child(f, 'schluessel');
    const schluessel = keyNode ? keyNode.text.trim() : '';
    if (text === '' && schluessel === '') return;
    this.result.texts.set(id, {
      schluessel: schluessel === '' ? null : own(schluessel),
      text: own(text)
    });
  }

  /** A line with a category of its own (Baugrenze, Baulinie), reprojected to WGS84. */
  private readLine(f: XNode, geom: XNode, id: string, cls: string, category: CategoryCode): void {
    const { file, fail } = this;
    const raw = this.readGeometry(id, () =>
      readLineGeometry(geom, {
        srsName: this.featureSrs(f),
        arcTolerance: (srs) => this.arcTolerance(srs)
      })
    );
    const parts = raw.map((l) => {
      const crs = this.resolve(
        l.srsName,
        [l.points[0] as number, l.points[1] as number],
        id,
        geom.line
      );
      const out: number[] = [];
      for (let i = 0; i + 1 < l.points.length; i += 2) {
        const [lon, lat] = crs.transform(l.points[i] as number, l.points[i + 1] as number);
        if (!Number.isFinite(lon) || !Number.isFinite(lat))
          fail(
            'invalid-coordinates',
            `Die Datei ${quoteDe(file)} enthält beim Objekt ${quoteDe(id)} Koordinaten, die sich nicht umrechnen lassen (${l.points[i]} ${l.points[i + 1]} in EPSG:${crs.epsg}).`,
            `File "${file}", feature "${id}": coordinates cannot be transformed (${l.points[i]} ${l.points[i + 1]} in EPSG:${crs.epsg}).`,
            id,
            geom.line
          );
        out.push(lon, lat);
      }
      return out;
    });
    if (parts.length === 0) {
      countSkipped(this.result, cls, 'line');
      return;
    }
    const nameNode = child(f, 'name');
    this.result.lines.push({
      line: f.line,
      parts,
      properties: {
        id,
        category,
        xplanClass: cls,
        name: nameNode ? own(leafText(nameNode)) || null : null
      }
    });
  }

  /** After the last member: each area gets the text sections it refers to (they may come later). */
  finish(): void {
    const { texts } = this.result;
    for (const f of this.result.features) {
      if (!f.textRefs) continue;
      const found = f.textRefs.map((r) => texts.get(r)).filter((t) => t !== undefined);
      if (found.length > 0) f.properties.texte = found;
    }
  }

  /** Runs a geometry reader; its GeometryError becomes the ImportError naming file and feature. */
  private readGeometry<T>(featureId: string, read: () => T): T {
    try {
      return read();
    } catch (e) {
      if (e instanceof GeometryError)
        this.fail(
          e.code,
          `Die Datei ${quoteDe(this.file)} enthält beim Objekt ${quoteDe(featureId)} (Zeile ${e.line}) eine ungültige Geometrie: ${e.de}.`,
          `File "${this.file}", feature "${featureId}" (line ${e.line}): invalid geometry: ${e.en}.`,
          featureId,
          e.line
        );
      throw e;
    }
  }

  private arcTolerance(srs: string | null): number {
    const p = srs ? parseSrsName(srs) : null;
    return p && SUPPORTED_CRS[p.epsg]?.geographic ? ARC_TOLERANCE_M / 111_320 : ARC_TOLERANCE_M;
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
    if (!result.crsUsed.includes(name)) {
      result.crsUsed.push(name);
      if (DHDN_EPSG.includes(r.epsg))
        result.notes.push(
          hasDhdnGrid()
            ? {
                de: `${name} (DHDN, Gauß-Krüger) umgerechnet mit dem amtlichen Transformationsgitter BeTA2007.`,
                en: `${name} (DHDN, Gauss-Krüger) transformed with the official BeTA2007 grid.`
              }
            : {
                de: `${name} (DHDN, Gauß-Krüger) umgerechnet mit sieben Helmert-Parametern (genau auf 1–3 m); das Transformationsgitter BeTA2007 war nicht geladen.`,
                en: `${name} (DHDN, Gauss-Krüger) transformed with seven Helmert parameters (good to 1–3 m); the BeTA2007 grid was not loaded.`
              }
        );
    }
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
    const raw = this.readGeometry(featureId, () =>
      readAreaGeometry(geom, {
        srsName: inheritedSrs,
        arcTolerance: (srs) => this.arcTolerance(srs)
      })
    );
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
