import { category } from '../plan/categories';
import type { Balance } from '../geo/engine';
import type { LoadedFeature } from '../plan/types';
import type { Translate, Lang } from '../i18n';
import { csvNumber, germanCsv } from '../csv';
import { totalShare } from './describe';

/**
 * The Flächenbilanz and the area list as German Excel CSV: the rows the panels show, hectares
 * with two decimals and shares in percent with one (as on screen), decimal comma.
 */
export function balanceCsv(balance: Balance, t: Translate, lang: Lang): string {
  const rows = balance.categories
    .filter((r) => r.count > 0)
    .map((r) => [
      category(r.category).label[lang],
      csvNumber(r.area_m2 / 10_000, 2),
      csvNumber(r.share * 100, 1),
      r.count
    ]);
  return germanCsv(
    [t('csv.category'), t('csv.areaHa'), t('csv.sharePct'), t('csv.count')],
    [
      ...rows,
      [
        t('balance.total'),
        csvNumber(balance.total.area_m2 / 10_000, 2),
        csvNumber(totalShare(balance) * 100, 1),
        balance.total.count
      ]
    ]
  );
}

export function areaListCsv(features: readonly LoadedFeature[], t: Translate, lang: Lang): string {
  return germanCsv(
    [
      t('csv.id'),
      t('csv.name'),
      t('csv.category'),
      t('csv.status'),
      t('csv.district'),
      t('csv.areaHa')
    ],
    features.map((f) => {
      const p = f.properties;
      return [
        p.id,
        p.name,
        category(p.category).label[lang],
        p.status,
        p.district,
        csvNumber(p.area_m2 / 10_000, 2)
      ];
    })
  );
}
