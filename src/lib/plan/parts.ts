/**
 * Several plans in one place (issue 25, goal 4): a Flächennutzungsplan lists the
 * Bebauungspläne drawn above it in its plan.json (`plans`). Each listed plan is an ordinary plan
 * folder beside it (`data/<id>/` with plan.json, plan.geojson, boundary.geojson = its
 * Geltungsbereich, lines.geojson = Baugrenzen), as `npm run import` writes one; the index only
 * names it. Here the types and the plan's name; the index is read by parts-index.ts, the line
 * naming the plans at a point is written by parts-text.ts (both loaded only where needed).
 */
import type { BBox, LoadedFeature, Plan } from './types';
import type { Locale } from '../i18n/format';

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

/** "BPlan 01/377" or, for a model, "BPlan 01/377 (Modell)". */
export function partName(ref: Pick<PlanPartRef, 'number' | 'model'>, lang: Locale): string {
  const name = `BPlan ${ref.number}`;
  return ref.model ? `${name} (${lang === 'de' ? 'Modell' : 'model'})` : name;
}

/** What a point lies in: the FNP's area and, per Bebauungsplan that covers it, its area. */
export interface PlansAt {
  fnp: LoadedFeature | null;
  parts: { ref: PlanPartRef; feature: LoadedFeature }[];
}

/** A listed Bebauungsplan once loaded (its own plan folder, read whole: it is small). */
export interface LoadedPart {
  ref: PlanPartRef;
  plan: Plan;
}
