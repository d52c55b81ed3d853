/**
 * `npm run import -- bplan.gml --out data/<bplan> --part-of <fnp>`: the imported Bebauungsplan
 * is listed in the FNP's plan.json (`plans`, docs/data-model.md „FNP und Bebauungspläne
 * zusammen“), so that the viewer draws it above the FNP. The FNP is a plan folder beside the
 * BPlan's, written by `npm run import` itself: a shipped plan's plan.json (Düren's FNP) is
 * written by `npm run data:build`, which lists Düren's Bebauungspläne (cli/data/bplan.ts), and
 * is never changed here. Checked before any work; written through cli/safe-output.ts.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Polygon, MultiPolygon } from 'geojson';
import type { BBox, PlanMeta } from '../../src/lib/plan/types';
import type { PlanPartRef } from '../../src/lib/plan/parts';
import { parsePlanParts } from '../../src/lib/plan/parts-index';
import { isPlanId, parsePlanMeta, PlanDataError } from '../../src/lib/plan/validate';
import { geometryBounds, unionBounds } from '../../src/lib/geo/bounds';
import type { CompactImport } from '../../src/lib/xplan/index';
import { checkOutput, isShippedPlan, OutputRefused, type OutputPolicy } from '../safe-output';
import { writtenByImporter } from './target';

export interface Refusal {
  de: string;
  en: string;
}

/** The FNP a Bebauungsplan is linked into: its plan.json and what it says. */
export interface FnpTarget {
  id: string;
  file: string;
  meta: PlanMeta;
}

/** Only a plan.json that `npm run import` wrote is rewritten. */
export const LINK_POLICY: OutputPolicy = {
  tool: 'npm run import --part-of',
  ours: (file) => writtenByImporter(dirname(file))
};

/**
 * The FNP `fnpId` beside the BPlan's folder `bplanTarget` (absolute): it must exist, be an
 * imported plan (not a shipped one) and not be a Bebauungsplan itself.
 */
export function checkPartOf(
  fnpId: string,
  bplanTarget: string,
  cwd = process.cwd()
): FnpTarget | Refusal {
  const refuse = (de: string, en: string): Refusal => ({
    de: `Der Bebauungsplan wird nicht in „${fnpId}“ eingetragen (--part-of): ${de}`,
    en: `The development plan is not listed in "${fnpId}" (--part-of): ${en}`
  });
  if (!isPlanId(fnpId))
    return refuse('Das ist keine gültige Plan-Kennung.', 'that is not a valid plan id.');
  if (fnpId === basename(bplanTarget))
    return refuse(
      'Ein Plan kann nicht Teil von sich selbst sein.',
      'a plan cannot be part of itself.'
    );
  const dir = join(dirname(bplanTarget), fnpId);
  const file = join(dir, 'plan.json');
  let meta: PlanMeta;
  try {
    meta = parsePlanMeta(JSON.parse(readFileSync(file, 'utf8')), `${fnpId}/plan.json`);
    parsePlanParts(meta);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      return refuse(
        `Den Flächennutzungsplan gibt es nicht: In „${dir}“ liegt keine plan.json. Bitte zuerst den FNP mit „npm run import“ in einen Ordner neben dem Bebauungsplan importieren.`,
        `there is no such land-use plan: "${dir}" holds no plan.json. Import the FNP beside the development plan first.`
      );
    const why = e instanceof PlanDataError ? e.message : e instanceof Error ? e.message : String(e);
    return refuse(
      `Seine plan.json lässt sich nicht lesen: ${why}`,
      `its plan.json cannot be read.`
    );
  }
  if (isShippedPlan(dir))
    return refuse(
      'Er ist ein mitgelieferter Plan; seine plan.json schreibt „npm run data:build“, das auch die Bebauungspläne Dürens einträgt (cli/data/bplan.ts). Der Import ändert sie nicht.',
      'it ships with the viewer; its plan.json is written by "npm run data:build", which also lists Düren’s development plans (cli/data/bplan.ts). The import does not change it.'
    );
  if (
    meta.kind === 'BPlan' ||
    (meta.xplan as { planClass?: unknown } | undefined)?.planClass === 'BP_Plan'
  )
    return refuse(
      'Er ist selbst ein Bebauungsplan; eingetragen wird ein Bebauungsplan nur in einen Flächennutzungsplan.',
      'it is a development plan itself; a development plan is listed only in a land-use plan.'
    );
  try {
    checkOutput(file, 'file', { ...LINK_POLICY, cwd });
  } catch (e) {
    if (e instanceof OutputRefused) return { de: e.de, en: e.en };
    throw e;
  }
  return { id: fnpId, file, meta };
}

/**
 * The FNP's entry for an imported Bebauungsplan (its number, name and extent: the
 * Geltungsbereich, else its areas), or a refusal naming the plan type found for anything else.
 */
export function partEntry(plan: CompactImport, fileName: string): PlanPartRef | Refusal {
  const { meta } = plan;
  const planClass = (meta.xplan as { planClass?: string; nummer?: string } | undefined)?.planClass;
  if (planClass !== 'BP_Plan')
    return {
      de: `„${fileName}“ ist kein Bebauungsplan (${planClass ? `gefunden: ${planClass}` : `ein ${String(meta.format ?? 'Plan')} ohne XPlanGML-Plantyp`}); mit --part-of wird nur ein Bebauungsplan (BP_Plan) in einen Flächennutzungsplan eingetragen.`,
      en: `"${fileName}" is not a development plan (${planClass ? `found: ${planClass}` : 'no XPlanGML plan type'}); --part-of lists only a development plan (BP_Plan) in a land-use plan.`
    };
  const nummer = (meta.xplan as { nummer?: string }).nummer;
  let bbox: BBox | null = plan.geltungsbereich ? geometryBounds(plan.geltungsbereich) : null;
  if (!bbox)
    for (let i = 0; i < plan.count; i++) {
      const box = geometryBounds(plan.feature(i).geometry);
      bbox = bbox ? unionBounds([bbox, box]) : box;
    }
  return {
    id: meta.id,
    kind: 'BPlan',
    number: nummer && nummer.trim() !== '' ? nummer.trim() : meta.id,
    title: meta.title,
    model: meta.model === true,
    ...(bbox && Number.isFinite(bbox[0]) ? { bbox } : {})
  };
}

/** The FNP's plan.json with `entry` in `plans` (replacing an entry of the same id), checked. */
export function linkedMeta(fnp: PlanMeta, entry: PlanPartRef): PlanMeta {
  const others = parsePlanParts(fnp).filter((p) => p.id !== entry.id);
  const meta: PlanMeta = { ...fnp, plans: [...others, entry] };
  parsePlanParts(meta);
  return meta;
}

/** The Geltungsbereich as the viewer reads it (boundary.geojson of a listed plan). */
export function boundaryCollection(g: Polygon | MultiPolygon, meta: PlanMeta): string {
  return (
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: `Geltungsbereich ${meta.title}` }, geometry: g }
      ]
    }) + '\n'
  );
}
