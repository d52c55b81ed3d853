/**
 * Several plans in one place (issue 25, goal 4): a Flächennutzungsplan lists the
 * Bebauungspläne drawn above it in its plan.json (`plans`). Each listed plan is an ordinary plan
 * folder beside it (`data/<id>/` with plan.json, plan.geojson, boundary.geojson = its
 * Geltungsbereich, lines.geojson = Baugrenzen), as `npm run import` writes one; the index only
 * names it. Pure: parsing the index and the short text that names the plans at a point.
 */
import type { BBox, BauFestsetzungen, LoadedFeature, Plan, PlanMeta } from './types';
import { PLAN_ID, PlanDataError } from './validate';
import { category } from './categories';
import { formatNumber, type Locale } from '../i18n/format';

/** One entry of plan.json `plans`: a Bebauungsplan shown above this plan. */
export interface PlanPartRef {
  /** The plan folder under data/ (a plan id). */
  id: string;
  kind: 'BPlan';
  /** The plan's number as the city writes it, e.g. "01/377". */
  number: string;
  /** Its name, e.g. „Südliches Bahnhofsquartier“. */
  title: string;
  /** True for a modelled plan (shown as „Modell“ wherever the plan is named). */
  model: boolean;
  /** Extent of its Geltungsbereich (west, south, east, north), for placing it before it loads. */
  bbox?: BBox;
}

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

/** "BPlan 01/377" or, for a model, "BPlan 01/377 (Modell)". */
export function partName(ref: Pick<PlanPartRef, 'number' | 'model'>, lang: Locale): string {
  const name = `BPlan ${ref.number}`;
  return ref.model ? `${name} (${lang === 'de' ? 'Modell' : 'model'})` : name;
}

/** A number as the Nutzungsschablone prints it: "0,8", "2,4" (German) or "0.8". */
const ratio = (v: number, lang: Locale) =>
  formatNumber(v, lang, Math.round(v * 100) % 10 === 0 ? 1 : 2);

/** The Nutzungsschablone in a few words: "GRZ 0,8, max. 3 Vollgeschosse" ('' if nothing fixed). */
export function bauShort(bau: BauFestsetzungen | undefined, lang: Locale): string {
  if (!bau) return '';
  const out: string[] = [];
  const grz = bau.GRZ ?? bau.GRZmax;
  if (grz !== undefined) out.push(`GRZ ${ratio(grz, lang)}`);
  const gfz = bau.GFZ ?? bau.GFZmax;
  if (gfz !== undefined) out.push(`GFZ ${ratio(gfz, lang)}`);
  const storeys = (n: number) =>
    lang === 'de'
      ? `${n} ${n === 1 ? 'Vollgeschoss' : 'Vollgeschosse'}`
      : `${n} full ${n === 1 ? 'storey' : 'storeys'}`;
  if (bau.Zzwingend !== undefined)
    out.push(`${lang === 'de' ? 'genau' : 'exactly'} ${storeys(bau.Zzwingend)}`);
  else if ((bau.Z ?? bau.Zmax) !== undefined) out.push(`max. ${storeys((bau.Z ?? bau.Zmax)!)}`);
  else if (bau.Zmin !== undefined) out.push(`min. ${storeys(bau.Zmin)}`);
  return out.join(', ');
}

/** What a point lies in: the FNP's area and, per Bebauungsplan that covers it, its area. */
export interface PlansAt {
  fnp: LoadedFeature | null;
  parts: { ref: PlanPartRef; feature: LoadedFeature }[];
}

/**
 * One line naming every plan at a point, German as the city writes it:
 * „FNP: Gemischte Baufläche · BPlan 01/377 (Modell): MU, GRZ 0,6, max. 5 Vollgeschosse“.
 */
export function plansAtText(at: PlansAt, lang: Locale): string {
  const pieces: string[] = [];
  if (at.fnp) pieces.push(`FNP: ${category(at.fnp.properties.category).label[lang]}`);
  for (const { ref, feature } of at.parts) {
    const c = category(feature.properties.category);
    // A Baugebiet by its letters as the Nutzungsschablone prints them (MU), other areas by name.
    const what = c.xplanMatch.baugebiet ? c.symbol : c.label[lang];
    const values = bauShort(feature.properties.bau, lang);
    pieces.push(`${partName(ref, lang)}: ${values ? `${what}, ${values}` : what}`);
  }
  return pieces.join(' · ');
}

/** A listed Bebauungsplan once loaded (its own plan folder, read whole: it is small). */
export interface LoadedPart {
  ref: PlanPartRef;
  plan: Plan;
}
