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
  const fail = (de: string, en: string) =>
    new PlanDataError({ de: `„${source}“, „plans“${de}`, en: `"${source}", "plans"${en}` }, source);
  if (!Array.isArray(list)) throw fail(' muss eine Liste sein.', ' must be a list.');
  const seen = new Set<string>();
  return list.map((entry: unknown, i): PlanPartRef => {
    const e = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const at = (de: string, en: string) =>
      fail(`, Eintrag ${i + 1}: ${de}`, `, entry ${i + 1}: ${en}`);
    if (typeof e.id !== 'string' || !PLAN_ID.test(e.id) || e.id === meta.id)
      throw at('„id“ ist keine gültige Plan-Kennung.', '"id" is not a valid plan id.');
    if (seen.has(e.id)) throw at(`„${e.id}“ steht doppelt.`, `"${e.id}" is listed twice.`);
    seen.add(e.id);
    if (e.kind !== 'BPlan') throw at('„kind“ muss „BPlan“ sein.', '"kind" must be "BPlan".');
    if (typeof e.number !== 'string' || e.number === '')
      throw at('„number“ fehlt.', '"number" is missing.');
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
