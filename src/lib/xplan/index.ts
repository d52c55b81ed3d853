/**
 * The importer's one entry point, shared by the import CLI and the viewer's Web Worker:
 * XPlanGML (5.0–6.x) or GeoJSON in → plan features (WGS84, plan schema), PlanMeta and a
 * validation report out. Pure: no node APIs, no DOM.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { ellipsoidalArea } from '../geo/area';
import { CATEGORY_CODES, type CategoryCode } from '../plan/categories';
import type { PlanFeature, PlanMeta } from '../plan/types';
import { ImportError } from './errors';
import { parseGeoJSON } from './geojson';
import { parseXPlanGML, type ParsedXPlan, type PlanInfo, type SkippedCounts } from './parse';
import {
  checkFlaechenschluss,
  type FeatureProblem,
  type ProblemCode,
  type TopologyReport
} from './validate';

export { ImportError, isImportError, type ImportErrorCode } from './errors';
export { parseXPlanGML, type ParsedXPlan, type PlanInfo, type SkippedCounts } from './parse';
export { parseGeoJSON } from './geojson';
export { parseSrsName, SUPPORTED_CRS, toWgs84, fromWgs84 } from './crs';
export { categoryFor, isOverlay } from './mapping';
export { checkFlaechenschluss } from './validate';
export type { FeatureProblem, ProblemCode, TopologyReport, Overlap, Gap } from './validate';

export interface ClassSummary {
  /** Area features of the class. */
  features: number;
  /** Of those, overlays (not in the Flächenschluss). */
  overlays: number;
  /** Summed ellipsoidal area (WGS84), ha, computed before coordinates are rounded. */
  areaHa: number;
}

export interface CategorySummary {
  /** Base-layer (non-overlay) features of the category. */
  features: number;
  areaHa: number;
}

export interface ImportReport {
  file: string;
  format: 'XPlanGML' | 'GeoJSON';
  /** XPlanGML version, e.g. "5.1"; null for GeoJSON. */
  version: string | null;
  sourceCrs: string | null;
  /** All CRSs met in the file (usually one). */
  crsUsed: string[];
  bytes: number;
  parseMs: number;
  totalMs: number;
  /** Area features imported (base layer + overlays). */
  features: number;
  overlays: number;
  byClass: Record<string, ClassSummary>;
  /** Base layer only: what the Flächenbilanz counts. */
  byCategory: Partial<Record<CategoryCode, CategorySummary>>;
  /** Point, line and geometry-less objects, by class: not imported, but counted. */
  skipped: Record<string, SkippedCounts>;
  skippedTotal: number;
  /** Per-feature problems (repaired, or warnings); errors stop the import instead. */
  problems: FeatureProblem[];
  problemCounts: Partial<Record<ProblemCode, number>>;
  topology: TopologyReport;
  notes: { de: string; en: string }[];
}

export interface ImportedPlan {
  features: PlanFeature[];
  meta: PlanMeta;
  report: ImportReport;
  /**
   * The plan's räumlicher Geltungsbereich (WGS84, 7 decimals) if the file has one; with
   * `skipTopology` a caller can run checkFlaechenschluss(base features, geltungsbereich) later.
   */
  geltungsbereich: Polygon | MultiPolygon | null;
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

const q = (s: string) => `„${s}“`;
const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** File name → plan id: lower case, umlauts spelt out, anything else to "-". */
export function planIdFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const id = base
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'plan';
}

function detectFormat(input: string | Uint8Array, fileName: string): 'xml' | 'json' {
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

function toBytesOrString(input: string | ArrayBuffer | Uint8Array): string | Uint8Array {
  if (typeof input === 'string') return input;
  if (input instanceof Uint8Array) return input;
  return new Uint8Array(input);
}

/**
 * Imports a plan file. Throws ImportError (German `message`, English `messageEn`, `file`,
 * `featureId`, `code`) for anything that makes the plan unusable. `onProgress` receives 0..1:
 * 0–0.9 while reading (share of the bytes consumed), 1 when the checks are done.
 */
export function importPlan(
  input: string | ArrayBuffer | Uint8Array,
  fileName: string,
  onProgress?: (fraction: number) => void,
  options: ImportOptions = {}
): ImportedPlan {
  const t0 = now();
  const data = toBytesOrString(input);
  const format = detectFormat(data, fileName);
  let parsed: ParsedXPlan;
  if (format === 'json') {
    const text = typeof data === 'string' ? data : new TextDecoder('utf-8').decode(data);
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

  if (format === 'xml' && !parsed.plan && parsed.otherPlans.length > 0) {
    const others = [...new Set(parsed.otherPlans)].join(', ');
    throw new ImportError({
      code: 'not-fnp',
      file: fileName,
      de: `Die Datei ${q(fileName)} enthält keinen Flächennutzungsplan (FP_Plan), sondern ${others}. Dieser Viewer zeigt Flächennutzungspläne.`,
      en: `File "${fileName}" contains no land-use plan (FP_Plan) but ${others}. This viewer shows land-use plans.`
    });
  }

  const skippedTotal = Object.values(parsed.skipped).reduce(
    (s, c) => s + c.point + c.line + c.none + c.other,
    0
  );
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

  // Areas and summaries from full-precision coordinates.
  const byClass: Record<string, ClassSummary> = {};
  const byCategory: Partial<Record<CategoryCode, CategorySummary>> = {};
  for (const code of CATEGORY_CODES) byCategory[code] = { features: 0, areaHa: 0 };
  let overlays = 0;
  for (const { feature } of parsed.features) {
    const p = feature.properties;
    const ha = ellipsoidalArea(feature.geometry) / 10000;
    const cls = p.xplanClass ?? '(ohne XPlanung-Klasse)';
    const c = (byClass[cls] ??= { features: 0, overlays: 0, areaHa: 0 });
    c.features++;
    c.areaHa += ha;
    if (p.overlay) {
      c.overlays++;
      overlays++;
    } else {
      const cat = byCategory[p.category] as CategorySummary;
      cat.features++;
      cat.areaHa += ha;
    }
  }
  for (const code of CATEGORY_CODES) if (byCategory[code]?.features === 0) delete byCategory[code];

  const base = parsed.features.filter((f) => !f.feature.properties.overlay);
  const topology: TopologyReport = options.skipTopology
    ? {
        toleranceM2: 1,
        overlapHa: 0,
        overlaps: [],
        gapHa: 0,
        gaps: [],
        extent: 'union',
        candidatePairs: 0,
        clippedPairs: 0,
        durationMs: 0
      }
    : checkFlaechenschluss(
        base.map((f) => ({ id: f.feature.properties.id, geometry: f.feature.geometry })),
        parsed.plan?.geltungsbereich ?? null
      );

  const digits = options.precision ?? 7;
  const features: PlanFeature[] = parsed.features.map(({ feature }) => ({
    type: 'Feature',
    geometry: roundGeometry(feature.geometry, digits),
    properties: feature.properties
  }));

  const problemCounts: Partial<Record<ProblemCode, number>> = {};
  for (const p of parsed.problems) problemCounts[p.code] = (problemCounts[p.code] ?? 0) + 1;

  const report: ImportReport = {
    file: fileName,
    format: format === 'json' ? 'GeoJSON' : 'XPlanGML',
    version: format === 'json' ? null : parsed.version,
    sourceCrs: parsed.sourceCrs,
    crsUsed: parsed.crsUsed,
    bytes: parsed.bytes,
    parseMs,
    totalMs: now() - t0,
    features: features.length,
    overlays,
    byClass,
    byCategory,
    skipped: parsed.skipped,
    skippedTotal,
    problems: parsed.problems,
    problemCounts,
    topology,
    notes: parsed.notes
  };
  const meta = buildMeta(parsed.plan, report, fileName, options);
  onProgress?.(1);
  const gb = parsed.plan?.geltungsbereich ?? null;
  return { features, meta, report, geltungsbereich: gb ? roundGeometry(gb, digits) : null };
}

function buildMeta(
  plan: PlanInfo | null,
  report: ImportReport,
  fileName: string,
  options: ImportOptions
): PlanMeta {
  const round = (v: number, d = 4) => Math.round(v * 10 ** d) / 10 ** d;
  const baseName = fileName.replace(/^.*[\\/]/, '');
  const countsByClass: Record<string, number> = {};
  for (const [k, v] of Object.entries(report.byClass)) countsByClass[k] = v.features;
  const countsByCategory: Record<string, number> = {};
  for (const [k, v] of Object.entries(report.byCategory)) if (v) countsByCategory[k] = v.features;
  const skipped: Record<string, number> = {};
  for (const [k, v] of Object.entries(report.skipped))
    skipped[k] = v.point + v.line + v.none + v.other;
  const severities = { repaired: 0, warning: 0, error: 0 };
  for (const p of report.problems) severities[p.severity]++;
  const meta: PlanMeta = {
    id: options.id ?? planIdFromFileName(baseName),
    title: options.name ?? plan?.name ?? baseName.replace(/\.[^.]+$/, ''),
    municipality: plan?.municipality ?? '',
    ...(plan?.ags ? { ags: plan.ags } : {}),
    ...(plan && Object.keys(plan.dates).length > 0 ? { dates: plan.dates } : {}),
    model: false,
    ...(report.sourceCrs ? { sourceCrs: report.sourceCrs } : {}),
    sources: [{ title: baseName }],
    attributions: [],
    format: report.version ? `XPlanGML ${report.version}` : report.format,
    ...(plan
      ? {
          xplan: {
            planId: plan.gmlId,
            ...(plan.nummer ? { nummer: plan.nummer } : {}),
            ...(plan.rs ? { rs: plan.rs } : {}),
            ...(plan.planArt ? { planArt: plan.planArt } : {}),
            ...(plan.rechtsstand ? { rechtsstand: plan.rechtsstand } : {})
          }
        }
      : {}),
    counts: {
      features: report.features,
      overlays: report.overlays,
      byClass: countsByClass,
      byCategory: countsByCategory,
      skipped
    },
    validation: {
      problems: report.problemCounts,
      repaired: severities.repaired,
      warnings: severities.warning,
      overlapHa: round(report.topology.overlapHa),
      overlapCount: report.topology.overlaps.length,
      gapHa: round(report.topology.gapHa),
      gapCount: report.topology.gaps.length,
      gapExtent: report.topology.extent,
      toleranceM2: report.topology.toleranceM2
    }
  };
  return meta;
}
