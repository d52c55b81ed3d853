/**
 * Streaming XPlanGML 5.0–5.4 / 6.x reader (saxes; runs in node, in the browser and in a Web
 * Worker). One small element tree is built per feature member and turned into a PlanFeature as
 * soon as the member closes, so memory stays proportional to the largest feature.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { CategoryCode } from '../plan/categories';
import type { PlanFeature } from '../plan/types';
import {
  parseSrsName,
  isSupportedEpsg,
  resolveCrs,
  SUPPORTED_CRS,
  type ResolvedCrs,
  type SrsName
} from './crs';
import { ImportError } from './errors';
import {
  child,
  childrenNamed,
  GeometryError,
  geometryKind,
  leafText,
  readAreaGeometry,
  type GeometryKind,
  type XNode
} from './gml';
import { categoryFor, CODE_PROPERTIES, isOverlay } from './mapping';
import { cleanRing, ringSelfIntersections, toPositions, type FeatureProblem } from './validate';

export const XPLAN_NS = /^http:\/\/www\.xplanung\.de\/xplangml\/(\d+)\/(\d+)$/;

/** Arc densification: chord deviation below 0.1 m (0.09 m in metres, ~0.1 m in degrees). */
const ARC_TOLERANCE_M = 0.09;

export interface PlanInfo {
  gmlId: string;
  xplanClass: string;
  name: string | null;
  nummer: string | null;
  municipality: string | null;
  ags: string | null;
  rs: string | null;
  planArt: string | null;
  rechtsstand: string | null;
  /** ISO dates from FP_Plan (wirksamkeitsDatum, planbeschlussDatum, …). */
  dates: Record<string, string>;
  /** räumlicher Geltungsbereich in WGS84, if present. */
  geltungsbereich: Polygon | MultiPolygon | null;
}

export interface SkippedCounts {
  point: number;
  line: number;
  /** No geometry (plan, Bereich, text sections, presentation objects without position). */
  none: number;
  other: number;
}

/** Per feature, kept beside the GeoJSON: full-precision area inputs for the report. */
export interface ParsedFeature {
  feature: PlanFeature;
  /** Line in the file where the feature starts. */
  line: number;
}

export interface ParsedXPlan {
  version: string;
  /** e.g. "EPSG:25832"; the CRS of the first geometry (mixed CRSs are reprojected each). */
  sourceCrs: string | null;
  crsUsed: string[];
  plan: PlanInfo | null;
  /** Other plan objects found (e.g. BP_Plan); an FNP viewer imports FP_Plan. */
  otherPlans: string[];
  features: ParsedFeature[];
  skipped: Record<string, SkippedCounts>;
  problems: FeatureProblem[];
  notes: { de: string; en: string }[];
  bytes: number;
}

export interface ParseOptions {
  fileName: string;
  onProgress?: (fraction: number) => void;
}

const CHUNK = 1 << 20;

function quoteDe(s: string): string {
  return `„${s}“`;
}

/** Reads the encoding from the XML declaration (or BOM); UTF-8 by default. */
export function sniffEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 256); i++)
    head += String.fromCharCode(bytes[i] as number);
  const m = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return m ? (m[1] as string).toLowerCase() : 'utf-8';
}

interface CrsState {
  resolved: Map<string, ResolvedCrs>;
}

export function parseXPlanGML(input: string | Uint8Array, options: ParseOptions): ParsedXPlan {
  const file = options.fileName;
  const onProgress = options.onProgress;
  const parser = new SaxesParser({ xmlns: true, position: true });

  const result: ParsedXPlan = {
    version: '',
    sourceCrs: null,
    crsUsed: [],
    plan: null,
    otherPlans: [],
    features: [],
    skipped: {},
    problems: [],
    notes: [],
    bytes: typeof input === 'string' ? input.length : input.byteLength
  };
  const crs: CrsState = { resolved: new Map() };

  let sawRoot = false;
  let depth = 0;
  /** Stack of captured nodes; empty while not inside a feature or root boundedBy. */
  const stack: XNode[] = [];
  let captureDepth = -1;
  let rootSrsName: string | null = null;
  let featureContainerDepth = -1;
  const ids = new Set<string>();

  const fail = (
    code: ImportError['code'],
    de: string,
    en: string,
    featureId: string | null = null,
    line: number | null = null
  ): never => {
    throw new ImportError({ code, file, de, en, featureId, line });
  };

  const skip = (cls: string, kind: keyof SkippedCounts) => {
    const s = (result.skipped[cls] ??= { point: 0, line: 0, none: 0, other: 0 });
    s[kind]++;
  };

  const resolve = (
    srsRaw: string | null,
    first: [number, number] | null,
    featureId: string,
    line: number
  ): ResolvedCrs => {
    const key = srsRaw ?? '';
    const hit = crs.resolved.get(key);
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
    crs.resolved.set(key, r);
    const name = `EPSG:${r.epsg}`;
    if (!result.crsUsed.includes(name)) result.crsUsed.push(name);
    result.sourceCrs ??= name;
    if (r.swapGuessed)
      result.notes.push({
        de: `Achsenreihenfolge für ${quoteDe(srsRaw as string)} aus der Lage der Koordinaten bestimmt (vertauscht gegenüber der Angabe im srsName).`,
        en: `Axis order for "${srsRaw}" inferred from the coordinates (swapped relative to what the srsName implies).`
      });
    return r;
  };

  /** Converts an area geometry into a GeoJSON geometry in WGS84 with ring checks. */
  const convertArea = (
    geom: XNode,
    inheritedSrs: string | null,
    featureId: string,
    xplanClass: string | undefined,
    problems: FeatureProblem[]
  ): Polygon | MultiPolygon => {
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
    const polygons: Position[][][] = [];
    let dup = 0,
      closed = 0,
      reversed = 0;
    for (const poly of raw) {
      const rings: Position[][] = [];
      poly.rings.forEach((flat, ringIndex) => {
        const cleaned = cleanRing(flat);
        if (cleaned.distinct < 3) {
          const n = flat.length / 2;
          const what = ringIndex === 0 ? 'Außenring' : `Innenring ${ringIndex}`;
          const whatEn = ringIndex === 0 ? 'exterior ring' : `interior ring ${ringIndex}`;
          fail(
            'ring-too-short',
            `Die Datei ${quoteDe(file)} enthält beim Objekt ${quoteDe(featureId)} (Zeile ${geom.line}) einen ${what} mit ${n} Stützpunkten, davon ${cleaned.distinct} verschiedene; eine Fläche braucht mindestens drei verschiedene Punkte und vier Stützpunkte.`,
            `File "${file}", feature "${featureId}" (line ${geom.line}): ${whatEn} has ${n} positions, ${cleaned.distinct} distinct; an area needs at least three distinct points and four positions.`,
            featureId,
            geom.line
          );
        }
        dup += cleaned.duplicatesRemoved;
        if (cleaned.closed) closed++;
        const first: [number, number] = [cleaned.ring[0] as number, cleaned.ring[1] as number];
        const r = resolve(poly.srsName, first, featureId, geom.line);
        const hits = ringSelfIntersections(cleaned.ring, 1);
        const ring = cleaned.ring;
        const out = new Array<number>(ring.length);
        for (let i = 0; i < ring.length; i += 2) {
          const [lon, lat] = r.transform(ring[i] as number, ring[i + 1] as number);
          if (!Number.isFinite(lon) || !Number.isFinite(lat))
            fail(
              'invalid-coordinates',
              `Die Datei ${quoteDe(file)} enthält beim Objekt ${quoteDe(featureId)} Koordinaten, die sich nicht umrechnen lassen (${ring[i]} ${ring[i + 1]} in EPSG:${r.epsg}).`,
              `File "${file}", feature "${featureId}": coordinates cannot be transformed (${ring[i]} ${ring[i + 1]} in EPSG:${r.epsg}).`,
              featureId,
              geom.line
            );
          out[i] = lon;
          out[i + 1] = lat;
        }
        if (hits.length > 0) {
          const h = hits[0] as [number, number];
          problems.push({
            featureId,
            xplanClass,
            code: 'self-intersection',
            severity: 'warning',
            de: `Der Rand schneidet oder berührt sich selbst (bei ${h[0]} ${h[1]}); die Fläche wird unverändert übernommen, ihr Flächeninhalt kann abweichen.`,
            en: `The boundary crosses or touches itself (near ${h[0]} ${h[1]}); kept unchanged, its area may be off.`,
            location: r.transform(h[0], h[1])
          });
        }
        const oriented = toPositions(out, ringIndex === 0);
        if (oriented.reversed) reversed++;
        rings.push(oriented.ring);
      });
      polygons.push(rings);
    }
    if (dup > 0)
      problems.push({
        featureId,
        xplanClass,
        code: 'duplicate-points',
        severity: 'repaired',
        de: `${dup} doppelte aufeinanderfolgende Stützpunkte entfernt.`,
        en: `${dup} duplicate consecutive positions removed.`
      });
    if (closed > 0)
      problems.push({
        featureId,
        xplanClass,
        code: 'unclosed-ring',
        severity: 'repaired',
        de: `${closed === 1 ? 'Ein nicht geschlossener Ring wurde' : `${closed} nicht geschlossene Ringe wurden`} geschlossen.`,
        en: `${closed} unclosed ring(s) closed.`
      });
    if (reversed > 0)
      problems.push({
        featureId,
        xplanClass,
        code: 'winding',
        severity: 'repaired',
        de: `Umlaufsinn von ${reversed === 1 ? 'einem Ring' : `${reversed} Ringen`} umgekehrt (Außenring gegen, Innenringe im Uhrzeigersinn).`,
        en: `Orientation of ${reversed} ring(s) reversed (exterior counter-clockwise, interiors clockwise).`
      });
    if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0] as Position[][] };
    return { type: 'MultiPolygon', coordinates: polygons };
  };

  const featureSrs = (feature: XNode): string | null => {
    const env = child(feature, 'boundedBy')?.children[0];
    return env?.attrs.srsName ?? rootSrsName;
  };

  const handlePlan = (f: XNode, id: string) => {
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
      geltungsbereich = convertArea(gb, featureSrs(f), id, f.name, ignored);
    }
    result.plan = {
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
  };

  const handleFeature = (f: XNode) => {
    if (!XPLAN_NS.test(f.uri)) return;
    const cls = f.name;
    const id = f.attrs.id ?? `${cls}-${f.line}`;
    if (/_Plan$/.test(cls)) {
      if (cls === 'FP_Plan' && !result.plan) handlePlan(f, id);
      else if (cls !== 'FP_Plan') result.otherPlans.push(cls);
      return;
    }
    const position = child(f, 'position');
    const geom = position?.children[0];
    if (!geom) {
      skip(cls, 'none');
      return;
    }
    const kind: GeometryKind = geometryKind(geom);
    if (kind !== 'area') {
      skip(cls, kind === 'other' ? 'other' : kind);
      return;
    }
    if (ids.has(id))
      fail(
        'duplicate-id',
        `Die Datei ${quoteDe(file)} enthält die Kennung (gml:id) ${quoteDe(id)} mehrfach (Zeile ${f.line}).`,
        `File "${file}": gml:id "${id}" occurs more than once (line ${f.line}).`,
        id,
        f.line
      );
    ids.add(id);
    const codes: Record<string, string> = {};
    for (const prop of CODE_PROPERTIES) {
      const values = childrenNamed(f, prop)
        .map(leafText)
        .filter((v) => v !== '');
      if (values.length > 0) codes[prop] = values.join(',');
    }
    const fs = child(f, 'flaechenschluss')?.text.trim();
    const flaechenschluss =
      fs === 'true' || fs === '1' ? true : fs === 'false' || fs === '0' ? false : null;
    const nameNode = child(f, 'name');
    const name = nameNode ? leafText(nameNode) || null : null;
    const problems: FeatureProblem[] = [];
    const geometry = convertArea(geom, featureSrs(f), id, cls, problems);
    result.problems.push(...problems);
    const category: CategoryCode = categoryFor(cls, codes);
    const overlay = isOverlay(cls, flaechenschluss);
    result.features.push({
      line: f.line,
      feature: {
        type: 'Feature',
        geometry,
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
      }
    });
  };

  parser.on('opentag', (tag: SaxesTagNS) => {
    if (!sawRoot) {
      sawRoot = true;
      const m = XPLAN_NS.exec(tag.uri);
      if (tag.local !== 'XPlanAuszug' || !m) {
        if (tag.local === 'XPlanAuszug' || /xplanung\.de/.test(tag.uri)) {
          fail(
            'unsupported-version',
            `Die Datei ${quoteDe(file)} ist in einer nicht unterstützten XPlanGML-Fassung (Wurzelelement ${quoteDe(tag.local)}, Namensraum ${quoteDe(tag.uri)}); unterstützt werden XPlanGML 5.0 bis 6.x mit dem Wurzelelement „XPlanAuszug“.`,
            `File "${file}" uses an unsupported XPlanGML version or root (root "${tag.local}", namespace "${tag.uri}"); supported: XPlanGML 5.0–6.x with root "XPlanAuszug".`,
            null,
            parser.line
          );
        }
        const ns = tag.uri ? ` (Namensraum ${quoteDe(tag.uri)})` : '';
        fail(
          'not-xplangml',
          `Die Datei ${quoteDe(file)} ist kein XPlanGML: Wurzelelement ${quoteDe(tag.local)}${ns} statt „XPlanAuszug“.`,
          `File "${file}" is not XPlanGML: root element "${tag.local}"${tag.uri ? ` (namespace "${tag.uri}")` : ''} instead of "XPlanAuszug".`,
          null,
          parser.line
        );
      }
      const major = Number(m![1]);
      const minor = Number(m![2]);
      if (major < 5 || major > 6)
        fail(
          'unsupported-version',
          `Die Datei ${quoteDe(file)} ist XPlanGML ${major}.${minor}; unterstützt werden die Fassungen 5.0 bis 6.x.`,
          `File "${file}" is XPlanGML ${major}.${minor}; supported versions are 5.0 to 6.x.`,
          null,
          parser.line
        );
      result.version = `${major}.${minor}`;
      depth = 1;
      return;
    }
    depth++;
    if (captureDepth < 0) {
      // Direct children of the root: boundedBy (captured), featureMember(s) (container).
      if (depth === 2 && tag.local === 'boundedBy') captureDepth = depth;
      else if (depth === 2 && (tag.local === 'featureMember' || tag.local === 'featureMembers')) {
        featureContainerDepth = depth;
        return;
      } else if (featureContainerDepth > 0 && depth === featureContainerDepth + 1)
        captureDepth = depth;
      else return;
    }
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.local] = a.value;
    const node: XNode = {
      name: tag.local,
      uri: tag.uri,
      attrs,
      children: [],
      text: '',
      line: parser.line
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    stack.push(node);
  });

  parser.on('text', (t: string) => {
    const top = stack[stack.length - 1];
    // Only leaves carry values; whitespace between child elements is not kept.
    if (top && top.children.length === 0) top.text += t;
  });

  parser.on('closetag', () => {
    if (captureDepth > 0) {
      const node = stack.pop();
      if (depth === captureDepth && node) {
        captureDepth = -1;
        if (depth === 2 && node.name === 'boundedBy') {
          rootSrsName = node.children[0]?.attrs.srsName ?? null;
        } else {
          handleFeature(node);
        }
      }
    }
    if (depth === featureContainerDepth) featureContainerDepth = -1;
    depth--;
  });

  let head = '';
  let lastError: Error | null = null;
  parser.on('error', (err: Error) => {
    lastError = err;
    throw err;
  });

  const xmlFail = (err: Error, atEnd: boolean): never => {
    const msg = err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    const line = parser.line;
    const col = parser.column;
    if (!sawRoot) {
      const start = head.replace(/^\uFEFF/, '').trimStart();
      if (!start.startsWith('<')) {
        const shown = start.slice(0, 30).replace(/\s+/g, ' ');
        return fail(
          'not-xml',
          `Die Datei ${quoteDe(file)} ist keine XML-Datei und damit kein XPlanGML: Sie beginnt mit ${quoteDe(shown + (start.length > 30 ? '…' : ''))} statt mit einer XML-Deklaration oder einem Element.`,
          `File "${file}" is not an XML file, hence not XPlanGML: it starts with "${shown}" instead of an XML declaration or element.`,
          null,
          1
        );
      }
      return fail(
        'not-xml',
        `Die Datei ${quoteDe(file)} ist keine gültige XML-Datei und damit kein XPlanGML (Zeile ${line}, Spalte ${col}: ${translateSaxes(msg)}).`,
        `File "${file}" is not a valid XML file, hence not XPlanGML (line ${line}, column ${col}: ${msg})`,
        null,
        line
      );
    }
    if (atEnd && /unclosed tag|unexpected end/i.test(msg)) {
      const open = stack[stack.length - 1];
      const where = open ? ` im Element ${quoteDe(open.name)}` : '';
      return fail(
        'truncated-xml',
        `Die Datei ${quoteDe(file)} ist unvollständig: Sie endet in Zeile ${line}${where}, bevor alle Elemente geschlossen sind. Vermutlich wurde sie beim Kopieren oder Herunterladen abgeschnitten.`,
        `File "${file}" is truncated: it ends at line ${line}${open ? ` inside element "${open.name}"` : ''} before all elements are closed.`,
        null,
        line
      );
    }
    return fail(
      'xml-syntax',
      `Die Datei ${quoteDe(file)} ist kein gültiges XML (Zeile ${line}, Spalte ${col}: ${translateSaxes(msg)}).`,
      `File "${file}" is not well-formed XML (line ${line}, column ${col}: ${msg}).`,
      null,
      line
    );
  };

  const run = (fn: () => void, atEnd: boolean) => {
    try {
      fn();
    } catch (e) {
      if (e instanceof ImportError) throw e;
      if (e === lastError && e instanceof Error) xmlFail(e, atEnd);
      throw e;
    }
  };

  if (typeof input === 'string') {
    head = input.slice(0, 200);
    const total = input.length;
    for (let i = 0; i < total; i += CHUNK) {
      const part = input.slice(i, i + CHUNK);
      run(() => parser.write(part), false);
      onProgress?.(Math.min(1, (i + part.length) / total));
    }
  } else {
    const encoding = sniffEncoding(input);
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(encoding, { fatal: true });
    } catch {
      return fail(
        'encoding',
        `Die Datei ${quoteDe(file)} verwendet die Zeichenkodierung ${quoteDe(encoding)}, die nicht unterstützt wird.`,
        `File "${file}" uses the unsupported character encoding "${encoding}".`
      );
    }
    const total = input.byteLength;
    for (let i = 0; i < total; i += CHUNK) {
      const end = Math.min(total, i + CHUNK);
      let text: string;
      try {
        text = decoder.decode(input.subarray(i, end), { stream: end < total });
      } catch {
        return fail(
          'encoding',
          `Die Datei ${quoteDe(file)} ist nicht in der angegebenen Zeichenkodierung ${quoteDe(encoding)} gespeichert (ungültige Bytefolge nach etwa ${i} Bytes).`,
          `File "${file}" is not valid ${encoding} (invalid byte sequence after about ${i} bytes).`
        );
      }
      if (i === 0) head = text.slice(0, 200);
      run(() => parser.write(text), false);
      onProgress?.(end / total);
    }
  }
  run(() => parser.close(), true);
  if (!sawRoot)
    fail(
      'not-xml',
      `Die Datei ${quoteDe(file)} ist leer oder enthält kein XML-Element und ist damit kein XPlanGML.`,
      `File "${file}" is empty or contains no XML element, hence not XPlanGML.`
    );
  return result;
}

/** German rendering of the saxes messages a user is likely to meet. */
function translateSaxes(msg: string): string {
  const table: [RegExp, string][] = [
    [/text data outside of root node/, 'Text außerhalb des Wurzelelements'],
    [/document must contain a root element/, 'kein Wurzelelement'],
    [/unexpected close tag/, 'unerwartetes schließendes Tag'],
    [/unclosed tag/, 'nicht geschlossenes Tag'],
    [/unbound namespace prefix/, 'nicht deklariertes Namensraum-Präfix'],
    [/disallowed character/, 'unzulässiges Zeichen'],
    [/unexpected end/, 'unerwartetes Dateiende'],
    [/documents may contain only one root/, 'mehr als ein Wurzelelement'],
    [/attribute without value/, 'Attribut ohne Wert'],
    [/unquoted attribute value/, 'Attributwert ohne Anführungszeichen']
  ];
  for (const [re, de] of table) if (re.test(msg)) return `${de} – ${msg}`;
  return msg;
}
