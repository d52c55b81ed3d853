import { category, type CategoryCode } from '../plan/categories';
import type { PlanProperties } from '../plan/types';
import { baugebietBilanz } from '../plan/baugebiet-bilanz';
import { formatHa, formatNumber, formatPercent } from '../i18n/format';
import type { Lang, Translate } from '../i18n';

/**
 * A Bebauungsplan's Flächenbilanz per Baugebiet as the page and the print sheet show it: every
 * cell already text in the viewer's language, so screen and paper say the same.
 */
export interface BaugebietTable {
  title: string;
  /** Baugebiet · Fläche · Anteil am Plan · GRZ · davon überbaubar (GRZ). */
  head: [string, string, string, string, string];
  /** One row per Baugebiet; `category` for the swatch and for tests. */
  rows: { category: CategoryCode; cells: [string, string, string, string, string] }[];
  total: [string, string, string, string, string];
}

/**
 * The table, or null when the plan has no Baugebiet (an FNP). Share: of the plan's counted area
 * (every area that is not an overlay). GRZ: the area-weighted GRZ of the row (Σ Fläche × GRZ /
 * Σ Fläche), „–“ where no area fixes one; where only some do, the buildable ground is a lower
 * bound („mind.“).
 */
export function baugebietTable(
  features: readonly { properties: PlanProperties }[],
  t: Translate,
  lang: Lang
): BaugebietTable | null {
  const rows = baugebietBilanz(features);
  if (rows.length === 0) return null;
  let plan_m2 = 0;
  for (const { properties: p } of features) if (!p.overlay) plan_m2 += p.area_m2 ?? 0;
  const share = (m2: number) => formatPercent(plan_m2 > 0 ? m2 / plan_m2 : 0, lang);
  const cells = (
    label: string,
    area_m2: number,
    buildable_m2: number,
    features: number,
    withoutGrz: number
  ): [string, string, string, string, string] => {
    const none = withoutGrz === features;
    const partial = withoutGrz > 0 && !none;
    return [
      label,
      formatHa(area_m2, lang),
      share(area_m2),
      none || partial || area_m2 <= 0 ? '–' : formatNumber(buildable_m2 / area_m2, lang, 2),
      none
        ? '–'
        : partial
          ? t('baugebiete.atLeast', { ha: formatHa(buildable_m2, lang) })
          : formatHa(buildable_m2, lang)
    ];
  };
  const sum = rows.reduce(
    (s, r) => ({
      area: s.area + r.area_m2,
      buildable: s.buildable + r.buildable_m2,
      features: s.features + r.features,
      without: s.without + r.withoutGrz
    }),
    { area: 0, buildable: 0, features: 0, without: 0 }
  );
  return {
    title: t('baugebiete.title'),
    head: [
      t('baugebiete.baugebiet'),
      t('balance.area'),
      t('baugebiete.share'),
      t('baugebiete.grz'),
      t('baugebiete.buildable')
    ],
    rows: rows.map((r) => {
      const c = category(r.category);
      return {
        category: r.category,
        cells: cells(
          `${c.label[lang]} (${c.symbol})`,
          r.area_m2,
          r.buildable_m2,
          r.features,
          r.withoutGrz
        )
      };
    }),
    total: cells(t('balance.total'), sum.area, sum.buildable, sum.features, sum.without)
  };
}
