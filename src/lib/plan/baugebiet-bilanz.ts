/**
 * A Bebauungsplan's Flächenbilanz per Baugebiet (BP_BaugebietsTeilFlaeche) with the ground that
 * may be built on. Pure; the page's table is export/baugebiete.ts.
 */
import { CATEGORY_CODES, type CategoryCode } from './categories';
import type { PlanProperties } from './types';

/** One row of a Bebauungsplan's Flächenbilanz per Baugebiet. */
export interface BaugebietZeile {
  category: CategoryCode;
  features: number;
  /** Summed area of the Baugebiet's areas, m². */
  area_m2: number;
  /** Σ area × GRZ (the ground that may be built on), m²; areas without GRZ add their GR. */
  buildable_m2: number;
  /** Areas of the row with neither GRZ nor GR: their buildable ground is unknown. */
  withoutGrz: number;
}

/**
 * Flächenbilanz per Baugebiet with the GRZ-weighted buildable ground (Σ Fläche × GRZ; where only
 * a GR is fixed, the GR), over the BP_BaugebietsTeilFlaechen of the base layer. Rows in the
 * order of the category table.
 */
export function baugebietBilanz(
  features: readonly { properties: PlanProperties }[]
): BaugebietZeile[] {
  const rows = new Map<CategoryCode, BaugebietZeile>();
  for (const { properties: p } of features) {
    if (p.overlay || p.xplanClass !== 'BP_BaugebietsTeilFlaeche') continue;
    const area = p.area_m2 ?? 0;
    const row = rows.get(p.category) ?? {
      category: p.category,
      features: 0,
      area_m2: 0,
      buildable_m2: 0,
      withoutGrz: 0
    };
    row.features++;
    row.area_m2 += area;
    const grz = p.bau?.GRZ ?? p.bau?.GRZmax;
    const gr = p.bau?.GR ?? p.bau?.GRmax;
    if (grz !== undefined) row.buildable_m2 += area * Math.min(grz, 1);
    else if (gr !== undefined) row.buildable_m2 += Math.min(gr, area);
    else row.withoutGrz++;
    rows.set(p.category, row);
  }
  return CATEGORY_CODES.flatMap((c) => {
    const r = rows.get(c);
    return r ? [r] : [];
  });
}
