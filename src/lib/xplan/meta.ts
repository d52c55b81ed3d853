/** PlanMeta (plan.json) of an imported plan: its identity, sources, counts and validation. */
import type { PlanMeta } from '../plan/types';
import type { PlanInfo } from './parsed';
import type { ImportReport } from './report';

/** `generator` in plan.json of every imported plan: how the import CLI recognises its own output. */
export const IMPORT_GENERATOR = 'FNP-Viewer import';

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

export function buildMeta(
  plan: PlanInfo | null,
  report: ImportReport,
  fileName: string,
  options: { id?: string; name?: string }
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
    generator: IMPORT_GENERATOR,
    ...(report.sourceCrs ? { sourceCrs: report.sourceCrs } : {}),
    sources: [{ title: baseName }],
    attributions: [],
    format: report.version ? `XPlanGML ${report.version}` : report.format,
    ...(plan
      ? {
          xplan: {
            planId: plan.gmlId,
            planClass: plan.xplanClass,
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
