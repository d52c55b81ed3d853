/** Reads plan.json `plans`, the Bebauungspläne a plan lists (plan/parts.ts). */
import type { BBox, PlanMeta } from './types';
import type { PlanPartRef } from './parts';
import { PLAN_ID, PlanDataError } from './validate';

const isBBox = (v: unknown): v is BBox =>
  Array.isArray(v) && v.length === 4 && v.every((x) => typeof x === 'number' && Number.isFinite(x));

/**
 * The plans listed in plan.json `plans` ([] when it lists none). An entry that is not a plan
 * reference is an error naming the entry: the folder index is written by tools, not by hand.
 */
export function parsePlanParts(meta: PlanMeta, source = `${meta.id}/plan.json`): PlanPartRef[] {
  const list = meta.plans;
  if (list === undefined) return [];
  if (!Array.isArray(list))
    throw new PlanDataError(`„${source}“: „plans“ muss eine Liste sein.`, source);
  const seen = new Set<string>();
  return list.map((entry: unknown, i): PlanPartRef => {
    const e = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const where = `„${source}“, „plans“, Eintrag ${i + 1}`;
    if (typeof e.id !== 'string' || !PLAN_ID.test(e.id) || e.id === meta.id)
      throw new PlanDataError(`${where}: „id“ ist keine gültige Plan-Kennung.`, source);
    if (seen.has(e.id)) throw new PlanDataError(`${where}: „${e.id}“ steht doppelt.`, source);
    seen.add(e.id);
    if (e.kind !== 'BPlan') throw new PlanDataError(`${where}: „kind“ muss „BPlan“ sein.`, source);
    if (typeof e.number !== 'string' || e.number === '')
      throw new PlanDataError(`${where}: „number“ fehlt.`, source);
    return {
      id: e.id,
      kind: 'BPlan',
      number: e.number,
      title: typeof e.title === 'string' ? e.title : '',
      model: e.model === true,
      ...(isBBox(e.bbox) ? { bbox: e.bbox } : {})
    };
  });
}
