/** The import report: what was read, summed by class and category, and what was found wrong. */
import { CATEGORY_CODES, type CategoryCode } from '../plan/categories';
import type { ParsedFeature, SkippedCounts } from './parsed';
import type { FeatureProblem, ProblemCode } from './problems';
import type { TopologyReport } from './topology';

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
  /** Line features with a category of their own (Baugrenze, Baulinie). */
  lines: number;
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

/** The topology part of the report when the Flächenschluss is not checked. */
export function uncheckedTopology(): TopologyReport {
  return {
    toleranceM2: 1,
    overlapHa: 0,
    overlaps: [],
    gapHa: 0,
    gaps: [],
    extent: 'union',
    candidatePairs: 0,
    clippedPairs: 0,
    durationMs: 0
  };
}

export function skippedTotal(skipped: Record<string, SkippedCounts>): number {
  return Object.values(skipped).reduce((s, c) => s + c.point + c.line + c.none + c.other, 0);
}

/** Areas by class and (base layer only) by category, from full-precision coordinates. */
export function summarise(features: readonly ParsedFeature[]): {
  byClass: Record<string, ClassSummary>;
  byCategory: Partial<Record<CategoryCode, CategorySummary>>;
  overlays: number;
} {
  const byClass: Record<string, ClassSummary> = {};
  const byCategory: Partial<Record<CategoryCode, CategorySummary>> = {};
  for (const code of CATEGORY_CODES) byCategory[code] = { features: 0, areaHa: 0 };
  let overlays = 0;
  for (const f of features) {
    const p = f.properties;
    const ha = f.area / 10000;
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
  return { byClass, byCategory, overlays };
}

export function countProblems(
  problems: readonly FeatureProblem[]
): Partial<Record<ProblemCode, number>> {
  const counts: Partial<Record<ProblemCode, number>> = {};
  for (const p of problems) counts[p.code] = (counts[p.code] ?? 0) + 1;
  return counts;
}
