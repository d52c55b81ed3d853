/**
 * The importer's one entry point, shared by the import CLI and the viewer's Web Worker:
 * XPlanGML (4.0, 4.1, 5.0–5.4, 6.0, 6.1; FP, BP, RP, LP and SO plans) or GeoJSON in → plan features (WGS84, plan schema), PlanMeta and a
 * validation report out. Pure: no node APIs, no DOM.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { PlanFeature, PlanLineFeature, PlanMeta } from '../plan/types';
import { ellipsoidalAreaFlat } from '../geo/area';
import { fromGeoJSON, toGeoJSON } from './compact';
import { ImportError, quoteDe as q } from './errors';
import { parseGeoJSON } from './geojson';
import { isZip, readXPlanArchive, type ArchiveEntry, type XPlanArchive } from './archive';
import { imageSize, parseWorldFile, rasterCorners, type RasterReference } from './raster';
import { isTiff, readGeoTiff, TiffRefused, type GeoTiff } from './tiff';
import { isSupportedEpsg } from './crs';
export { planRasters } from './placed-rasters';
import { buildMeta, planIdFromFileName } from './meta';
import { isByteSource, parseXPlanGML, type ByteSource } from './parse';
import { resolveSelfCrossing } from './selfcross';
import type { ParsedXPlan } from './parsed';
import {
  countProblems,
  skippedTotal as countSkippedTotal,
  summarise,
  uncheckedTopology,
  type ImportReport
} from './report';
import { checkFlaechenschluss, MAX_GAP_CHECK_FEATURES, type TopologyReport } from './topology';
import { overlapBudgetNote } from './topology-notes';

export { ImportError, isImportError, type ImportErrorCode } from './errors';
export { parseXPlanGML, type ByteSource } from './parse';
export { toGeoJSON, type CompactGeometry } from './compact';
export type { ParsedXPlan, PlanInfo, SkippedCounts } from './parsed';
export { parseGeoJSON } from './geojson';
export {
  parseSrsName,
  SUPPORTED_CRS,
  toWgs84,
  fromWgs84,
  registerDhdnGrid,
  hasDhdnGrid
} from './crs';
export { categoryFor, isOverlay, lineCategoryFor } from './mapping';
export { baugebietBilanz, type BaugebietZeile } from '../plan/baugebiet-bilanz';
export {
  bauPhrases,
  bauSentence,
  nutzungsschablone,
  nutzungsschabloneText
} from './nutzungsschablone';
export { planIdFromFileName } from './meta';
export {
  isZip,
  mimeTypeOf,
  readArchiveEntry,
  readXPlanArchive,
  type ArchiveEntry,
  type XPlanArchive
} from './archive';
export { imageSize, parseWorldFile, rasterCorners, type RasterReference } from './raster';
export { isTiff, readGeoTiff, TiffRefused, type GeoTiff } from './tiff';
export { checkFlaechenschluss } from './topology';
export type { FeatureProblem, ProblemCode } from './problems';
export type { TopologyReport, Overlap, Gap } from './topology';
export { overlapBudgetNote } from './topology-notes';
export type { ClassSummary, CategorySummary, ImportReport } from './report';

export interface ImportedPlan {
  features: PlanFeature[];
  /** Lines with a category of their own (Baugrenze, Baulinie), WGS84. */
  lines: PlanLineFeature[];
  meta: PlanMeta;
  report: ImportReport;
  /**
   * The plan's räumlicher Geltungsbereich (WGS84, 7 decimals) if the file has one; with
   * `skipTopology` a caller can run checkFlaechenschluss(base features, geltungsbereich) later.
   */
  geltungsbereich: Polygon | MultiPolygon | null;
}

/**
 * An import held compactly (see compact.ts): features are made as GeoJSON one at a time, so a
 * caller that writes them out (the CLI) never holds the whole plan as nested arrays.
 */
export interface CompactImport {
  count: number;
  /** Feature `i` as GeoJSON, coordinates rounded to the precision asked for, with `area_m2`. */
  feature(i: number): PlanFeature;
  /** Lines with a category of their own (Baugrenze, Baulinie), rounded like the features. */
  lines: PlanLineFeature[];
  meta: PlanMeta;
  report: ImportReport;
  geltungsbereich: Polygon | MultiPolygon | null;
  /** From an XPlanArchiv: the bytes of each placed raster image (meta.rasters), by referenzURL. */
  rasterImages?: Map<string, Uint8Array>;
  /**
   * From an XPlanArchiv: its placed GeoTIFF raster plans decoded (MapLibre cannot show TIFF), by
   * referenzURL; the caller turns them into PNG (the worker with a canvas, the CLI as a file).
   */
  rasterPixels?: Map<string, Pick<GeoTiff, 'width' | 'height' | 'rgba'>>;
}

export interface ImportOptions {
  /** Plan id (the CLI passes the output folder name); default: derived from the file name. */
  id?: string;
  /** Title; default: FP_Plan name, else the file name. */
  name?: string;
  /** Decimal places of the stored coordinates (7 ≈ 1 cm). */
  precision?: number;
  /** Skip the Flächenschluss check (overlaps/gaps). */
  skipTopology?: boolean;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function detectFormat(input: string | Uint8Array | ByteSource, fileName: string): 'xml' | 'json' {
  if (isByteSource(input)) input = input.head;
  let first = '';
  if (typeof input === 'string')
    first = input
      .replace(/^\uFEFF/, '')
      .trimStart()
      .charAt(0);
  else {
    let i = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
    while (
      i < input.length &&
      (input[i] === 0x20 || input[i] === 0x09 || input[i] === 0x0a || input[i] === 0x0d)
    )
      i++;
    first = i < input.length ? String.fromCharCode(input[i] as number) : '';
  }
  if (first === '{' || first === '[') return 'json';
  if (first === '<') return 'xml';
  return /\.(geo)?json$/i.test(fileName) ? 'json' : 'xml';
}

/** Binary formats people rename or pick by mistake, by their first bytes. */
const MAGIC: { bytes: number[]; de: string; en: string }[] = [
  {
    bytes: [0x1f, 0x8b],
    de: 'mit gzip gepackt; bitte zuerst entpacken',
    en: 'gzip-compressed; unpack it first'
  },
  { bytes: [0x89, 0x50, 0x4e, 0x47], de: 'ein PNG-Bild', en: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], de: 'ein JPEG-Bild', en: 'a JPEG image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], de: 'ein PDF-Dokument', en: 'a PDF document' }
];

function refuseBinary(input: string | Uint8Array | ByteSource, fileName: string): void {
  if (typeof input === 'string') return;
  const data = isByteSource(input) ? input.head : input;
  for (const m of MAGIC)
    if (m.bytes.every((b, i) => data[i] === b))
      throw new ImportError({
        code: 'unknown-format',
        file: fileName,
        de: `Die Datei ${q(fileName)} ist kein XPlanGML und kein GeoJSON, sondern ${m.de}.`,
        en: `File "${fileName}" is neither XPlanGML nor GeoJSON but ${m.en}.`
      });
}

/**
 * A file with plan contents but no plan object (FP_Plan, BP_Plan …) is a fragment — a WFS
 * export of single objects, a Bereich cut out of a plan: it says neither which plan nor what
 * kind of plan it is, so it is refused, naming what it holds.
 */
function refuseWithoutPlan(parsed: ParsedXPlan, fileName: string): never {
  const counts = new Map<string, number>();
  for (const f of parsed.features) {
    const c = f.properties.xplanClass ?? '';
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  for (const l of parsed.lines)
    counts.set(l.properties.xplanClass, (counts.get(l.properties.xplanClass) ?? 0) + 1);
  for (const [c, k] of Object.entries(parsed.skipped))
    counts.set(c, (counts.get(c) ?? 0) + k.point + k.line + k.none + k.other);
  const list = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([c, n]) => `${c} ${n}`);
  const more = counts.size > 6 ? ' …' : '';
  const found =
    list.length > 0
      ? `gefunden wurden nur Planinhalte (${list.join(', ')}${more})`
      : 'die Datei enthält keine Objekte';
  const foundEn =
    list.length > 0
      ? `only plan contents were found (${list.join(', ')}${more})`
      : 'the file holds no objects';
  throw new ImportError({
    code: 'no-plan',
    file: fileName,
    de: `Die Datei ${q(fileName)} enthält kein Planobjekt (FP_Plan, BP_Plan, RP_Plan, LP_Plan oder SO_Plan), sondern ist ein Ausschnitt: ${found}. Ohne Planobjekt ist unklar, welcher Plan es ist; bitte den vollständigen Plan als XPlanGML exportieren.`,
    en: `File "${fileName}" contains no plan object (FP_Plan, BP_Plan, RP_Plan, LP_Plan or SO_Plan) but is a fragment: ${foundEn}. Please export the complete plan as XPlanGML.`
  });
}

/** Longest accepted id and name: longer ones are garbage or an attack, never a plan's text. */
export const MAX_ID_LENGTH = 200;
export const MAX_NAME_LENGTH = 1000;

function checkTexts(parsed: ParsedXPlan, file: string): void {
  for (const { properties, line } of parsed.features) {
    const { id, name } = properties;
    const at = line ? ` (Zeile ${line})` : '';
    if (id.length > MAX_ID_LENGTH)
      throw new ImportError({
        code: 'too-long',
        file,
        featureId: id.slice(0, 40),
        de: `Die Datei ${q(file)} enthält eine Kennung mit ${id.length} Zeichen${at} („${id.slice(0, 40)}…“); erlaubt sind höchstens ${MAX_ID_LENGTH}.`,
        en: `File "${file}" has an id of ${id.length} characters; at most ${MAX_ID_LENGTH} are allowed.`
      });
    if (name && name.length > MAX_NAME_LENGTH)
      throw new ImportError({
        code: 'too-long',
        file,
        featureId: id,
        de: `Die Datei ${q(file)} enthält beim Objekt ${q(id)}${at} einen Namen mit ${name.length} Zeichen; erlaubt sind höchstens ${MAX_NAME_LENGTH}.`,
        en: `File "${file}", feature "${id}": name of ${name.length} characters; at most ${MAX_NAME_LENGTH} are allowed.`
      });
  }
}

function roundGeometry(g: Polygon | MultiPolygon, digits: number): Polygon | MultiPolygon {
  const f = 10 ** digits;
  const r = (p: Position): Position => [
    Math.round((p[0] as number) * f) / f,
    Math.round((p[1] as number) * f) / f
  ];
  if (g.type === 'Polygon')
    return { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(r)) };
  return {
    type: 'MultiPolygon',
    coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(r)))
  };
}

function toBytesOrString(
  input: string | ArrayBuffer | Uint8Array | ByteSource
): string | Uint8Array | ByteSource {
  if (typeof input === 'string' || input instanceof Uint8Array || isByteSource(input)) return input;
  return new Uint8Array(input);
}

/** All bytes of a source in one array (GeoJSON is parsed whole anyway). */
function allBytes(source: ByteSource): Uint8Array {
  const out = new Uint8Array(source.byteLength);
  let at = 0;
  for (const piece of source.chunks()) {
    out.set(piece.subarray(0, Math.min(piece.byteLength, out.byteLength - at)), at);
    at += piece.byteLength;
  }
  return out;
}

/**
 * Imports a plan file and returns every feature as GeoJSON. Throws ImportError (German `message`, English `messageEn`, `file`,
 * `featureId`, `code`) for anything that makes the plan unusable. `onProgress` receives 0..1:
 * 0–0.9 while reading (share of the bytes consumed), 1 when the checks are done.
 */
export function importPlan(
  input: string | ArrayBuffer | Uint8Array | ByteSource,
  fileName: string,
  onProgress?: (fraction: number) => void,
  options: ImportOptions = {}
): ImportedPlan {
  const c = importPlanCompact(input, fileName, onProgress, options);
  const features = new Array<PlanFeature>(c.count);
  for (let i = 0; i < c.count; i++) features[i] = c.feature(i);
  return {
    features,
    lines: c.lines,
    meta: c.meta,
    report: c.report,
    geltungsbereich: c.geltungsbereich
  };
}

/**
 * An XPlanArchiv (ZIP): its XPlanGML file is imported (messages name it as „archiv.zip/plan.gml“),
 * the attachments are listed in plan.json (`archive.attachments`) and the report's notes.
 */
function importArchive(
  bytes: Uint8Array,
  fileName: string,
  onProgress: ((fraction: number) => void) | undefined,
  options: ImportOptions
): CompactImport {
  const archive = readXPlanArchive(bytes, fileName);
  const [first, ...others] = archive.plans as [XPlanArchivePlan, ...XPlanArchivePlan[]];
  const c = importPlanCompact(first.data, `${fileName}/${first.name}`, onProgress, {
    ...options,
    id: options.id ?? planIdFromFileName(fileName)
  });
  const attachments: ArchiveEntry[] = archive.attachments;
  placeRasters(c, archive);
  c.meta.archive = { file: fileName.replace(/^.*[\\/]/, ''), plan: first.name, attachments };
  if (others.length > 0)
    c.report.notes.push({
      de: `Das Archiv enthält weitere XPlanGML-Dateien (${others.map((o) => o.name).join(', ')}); eingelesen wurde ${first.name}.`,
      en: `The archive holds further XPlanGML files (${others.map((o) => o.name).join(', ')}); ${first.name} was imported.`
    });
  if (attachments.length > 0)
    c.report.notes.push({
      de: `Anlagen im Archiv: ${attachments.map((a) => a.name).join(', ')}.`,
      en: `Attachments in the archive: ${attachments.map((a) => a.name).join(', ')}.`
    });
  return c;
}
type XPlanArchivePlan = { name: string; data: Uint8Array };

/** A raster plan as plan.json lists it; `corners` where the archive holds image and world file. */
export interface PlacedRaster extends RasterReference {
  /** WGS84 [lon, lat]: top left, top right, bottom right, bottom left (MapLibre image source). */
  corners?: [number, number][];
}

/**
 * Georeferences the plan's raster images found in the archive (image and world file, matched by
 * file name; a world file beside the image counts too) and hands their bytes on (`rasterImages`),
 * so a caller can show or write them. A GeoTIFF places itself (its GeoTIFF tags, else a world
 * file; its GeoKey's EPSG code, else the plan's) and is handed on decoded (`rasterPixels`); one
 * that cannot be shown is named in the report's notes.
 */
function placeRasters(c: CompactImport, archive: XPlanArchive): void {
  const rasters = c.meta.rasters as PlacedRaster[] | undefined;
  const epsg = Number(/^EPSG:(\d+)$/.exec(c.report.sourceCrs ?? '')?.[1]);
  if (!rasters) return;
  const byName = new Map([...archive.files].map(([name, data]) => [baseName(name), data]));
  const note = (de: string, en: string) => c.report.notes.push({ de, en });
  for (const r of rasters) {
    const image = byName.get(baseName(r.referenzURL));
    if (!image) continue;
    const world = [r.georefURL, ...besideWorldFiles(r.referenzURL)]
      .map((n) => (n ? byName.get(baseName(n)) : undefined))
      .find((w) => w !== undefined);
    const worldNumbers = world ? parseWorldFile(new TextDecoder().decode(world)) : null;
    let corners: [number, number][] | null = null;
    if (isTiff(image)) {
      let tiff: GeoTiff;
      try {
        tiff = readGeoTiff(image, baseName(r.referenzURL));
      } catch (e) {
        if (!(e instanceof TiffRefused)) throw e;
        note(e.de, e.en);
        continue;
      }
      const crs = tiff.epsg ?? epsg;
      const transform = tiff.transform ?? worldNumbers;
      const name = `„${baseName(r.referenzURL)}“`;
      if (!transform) {
        note(
          `Der Rasterplan ${name} wird nicht gezeigt: Er hat weder GeoTIFF-Georeferenzierung noch eine World-Datei.`,
          `Raster plan "${baseName(r.referenzURL)}" is not shown: it has neither GeoTIFF georeferencing nor a world file.`
        );
        continue;
      }
      if (!isSupportedEpsg(crs)) {
        note(
          `Der Rasterplan ${name} wird nicht gezeigt: Sein Koordinatensystem ${Number.isFinite(crs) ? `EPSG:${crs}` : '(keines angegeben)'} wird nicht unterstützt.`,
          `Raster plan "${baseName(r.referenzURL)}" is not shown: its coordinate system ${Number.isFinite(crs) ? `EPSG:${crs}` : '(none given)'} is not supported.`
        );
        continue;
      }
      corners = rasterCorners(transform, tiff.width, tiff.height, crs);
      if (corners) (c.rasterPixels ??= new Map()).set(r.referenzURL, tiff);
    } else {
      const size = imageSize(image);
      if (!worldNumbers || !size || !Number.isFinite(epsg)) continue;
      corners = rasterCorners(worldNumbers, size.width, size.height, epsg);
      if (corners) (c.rasterImages ??= new Map()).set(r.referenzURL, image);
    }
    if (corners) r.corners = corners.map(([lon, lat]) => [round7(lon), round7(lat)]);
  }
}
/** The usual names of an image's world file beside it: plan.tif → plan.tfw, plan.tifw, plan.wld. */
function besideWorldFiles(image: string): string[] {
  const m = /^(.*)\.([a-z0-9]+)$/i.exec(image);
  if (!m) return [];
  const [, stem, ext] = m as unknown as [string, string, string];
  return [`${stem}.${ext[0]}${ext[ext.length - 1]}w`, `${stem}.${ext}w`, `${stem}.wld`];
}
const baseName = (path: string) => path.replace(/^.*[\\/]/, '');
const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

/** As `importPlan`, with the features kept compact (see CompactImport). */
export function importPlanCompact(
  input: string | ArrayBuffer | Uint8Array | ByteSource,
  fileName: string,
  onProgress?: (fraction: number) => void,
  options: ImportOptions = {}
): CompactImport {
  const t0 = now();
  const data = toBytesOrString(input);
  if (typeof data !== 'string' && isZip(isByteSource(data) ? data.head : data))
    return importArchive(isByteSource(data) ? allBytes(data) : data, fileName, onProgress, options);
  refuseBinary(data, fileName);
  const format = detectFormat(data, fileName);
  let parsed: ParsedXPlan;
  if (format === 'json') {
    const text =
      typeof data === 'string'
        ? data
        : new TextDecoder('utf-8').decode(isByteSource(data) ? allBytes(data) : data);
    parsed = parseGeoJSON(text, fileName);
    parsed.bytes = typeof data === 'string' ? data.length : data.byteLength;
    onProgress?.(0.9);
  } else {
    parsed = parseXPlanGML(data, {
      fileName,
      onProgress: onProgress ? (f) => onProgress(f * 0.9) : undefined
    });
  }
  const parseMs = now() - t0;

  if (format === 'xml' && !parsed.plan) refuseWithoutPlan(parsed, fileName);
  if (parsed.otherPlans.length > 0) {
    const others = parsed.otherPlans.join(', ');
    parsed.notes.push({
      de: `Die Datei enthält weitere Pläne (${others}); ihre Inhalte sind mit eingelesen, die Angaben zum Plan (Name, Datum) stammen aus dem ersten (${parsed.plan?.xplanClass ?? ''}).`,
      en: `The file holds further plans (${others}); their contents are imported too, the plan details (name, dates) come from the first (${parsed.plan?.xplanClass ?? ''}).`
    });
  }

  const skippedTotal = countSkippedTotal(parsed.skipped);
  if (parsed.features.length === 0) {
    const geo = Object.entries(parsed.skipped)
      .filter(([, c]) => c.point + c.line > 0)
      .map(([k, c]) => `${k} ${c.point + c.line}`);
    const extraDe =
      geo.length > 0 ? ` Nur Punkt- und Linienobjekte gefunden (${geo.join(', ')}).` : '';
    const extraEn = geo.length > 0 ? ` Only point and line objects found (${geo.join(', ')}).` : '';
    throw new ImportError({
      code: 'empty-plan',
      file: fileName,
      de: `Die Datei ${q(fileName)} enthält keine Flächen: kein Planinhalt mit Flächengeometrie.${extraDe}`,
      en: `File "${fileName}" contains no areas: no plan content with area geometry.${extraEn}`
    });
  }

  checkTexts(parsed, fileName);
  const crossing = new Set(
    parsed.problems.filter((p) => p.code === 'self-intersection').map((p) => p.featureId)
  );
  for (const f of parsed.features) {
    if (crossing.has(f.properties.id)) {
      const resolved = resolveSelfCrossing(toGeoJSON(f.geometry));
      if (resolved) f.geometry = fromGeoJSON(resolved, parsed.pool);
    }
    // From the unrounded coordinates: they are cut to `precision` places only when written.
    const g = f.geometry;
    f.area = ellipsoidalAreaFlat(g.coords, g.ringEnds, g.polyEnds);
  }

  const { byClass, byCategory, overlays } = summarise(parsed.features);

  const base = parsed.features.filter((f) => !f.properties.overlay);
  const topology: TopologyReport = options.skipTopology
    ? uncheckedTopology()
    : checkFlaechenschluss(
        base.map((f) => ({ id: f.properties.id, geometry: f.geometry })),
        parsed.plan?.geltungsbereich ?? null
      );

  if (topology.failedPairs)
    parsed.notes.push({
      de: `Bei ${topology.failedPairs} Paaren von Flächen ließ sich die Überlappung nicht genau berechnen (die Geometrie-Bibliothek gab auf); sie fehlen in der Überlappungsprüfung.`,
      en: `For ${topology.failedPairs} pairs of areas the overlap could not be computed exactly (the geometry library gave up); they are missing from the overlap check.`
    });
  const budgetNote = overlapBudgetNote(topology);
  if (budgetNote) parsed.notes.push(budgetNote);
  if (topology.gapsFailed)
    parsed.notes.push({
      de: 'Lücken im Flächenschluss konnten nicht berechnet werden (die Geometrie-Bibliothek gab bei der Vereinigung aller Flächen auf).',
      en: 'Gaps in the Flächenschluss could not be computed (the geometry library gave up on the union of all areas).'
    });
  if (topology.gapsUnchecked && base.length > MAX_GAP_CHECK_FEATURES)
    parsed.notes.push({
      de: `Lücken im Flächenschluss wurden nicht geprüft: Der Plan hat mehr als ${MAX_GAP_CHECK_FEATURES.toLocaleString('de-DE')} Flächen. Überlappungen wurden geprüft.`,
      en: `Gaps in the Flächenschluss were not checked: the plan has more than ${MAX_GAP_CHECK_FEATURES} areas. Overlaps were checked.`
    });
  const digits = options.precision ?? 7;
  const all = parsed.features;
  const feature = (i: number): PlanFeature => {
    const f = all[i];
    if (!f) throw new RangeError(`feature ${i} of ${all.length}`);
    return {
      type: 'Feature',
      geometry: toGeoJSON(f.geometry, digits),
      properties: { ...f.properties, area_m2: Math.round(f.area * 100) / 100 }
    };
  };

  const lines: PlanLineFeature[] = parsed.lines.map((l) => {
    const f = 10 ** digits;
    const coordinates = l.parts.map((flat) => {
      const out: Position[] = [];
      for (let k = 0; k + 1 < flat.length; k += 2)
        out.push([
          Math.round((flat[k] as number) * f) / f,
          Math.round((flat[k + 1] as number) * f) / f
        ]);
      return out;
    });
    return {
      type: 'Feature',
      geometry: { type: 'MultiLineString', coordinates },
      properties: l.properties
    };
  });

  const report: ImportReport = {
    file: fileName,
    format: format === 'json' ? 'GeoJSON' : 'XPlanGML',
    version: format === 'json' ? null : parsed.version,
    sourceCrs: parsed.sourceCrs,
    crsUsed: parsed.crsUsed,
    bytes: parsed.bytes,
    parseMs,
    totalMs: now() - t0,
    features: all.length,
    lines: lines.length,
    overlays,
    byClass,
    byCategory,
    skipped: parsed.skipped,
    skippedTotal,
    problems: parsed.problems,
    problemCounts: countProblems(parsed.problems),
    topology,
    notes: parsed.notes
  };
  const meta = buildMeta(parsed.plan, report, fileName, options);
  if (parsed.rasters.length > 0) meta.rasters = parsed.rasters.map((r) => ({ ...r }));
  onProgress?.(1);
  const gb = parsed.plan?.geltungsbereich ?? null;
  return {
    count: all.length,
    feature,
    lines,
    meta,
    report,
    geltungsbereich: gb ? roundGeometry(gb, digits) : null
  };
}
