import { CATEGORY_CODES, category } from '../plan/categories';
import { CHANGE_KINDS } from '../plan/change';
import type { Balance, CategoryBalance } from '../geo/engine';
import type { PlanFilter } from '../geo/filter';
import type { PlanMeta } from '../plan/types';
import { formatNumber } from '../i18n/format';
import type { Lang, Translate } from '../i18n';

/**
 * What a view shows, said in words for headings and titles: the balance heading on screen, in
 * a scene and on the handout ("Flächenbilanz – Gesamtes Plangebiet – Filter: Stand neu 2025,
 * Wohnbaufläche"), so a filtered table never reads as the whole plan.
 */

/** The filter as a short text ("Stand neu 2025, Wohnbaufläche"), or null when nothing is left out. */
export function filterText(filter: PlanFilter, t: Translate, lang: Lang): string | null {
  const parts: string[] = [];
  if (filter.status !== 'alle') parts.push(t(`describe.status.${filter.status}`));
  const shown = CATEGORY_CODES.filter((c) => filter.categories.has(c));
  if (shown.length < CATEGORY_CODES.length)
    parts.push(
      shown.length <= 3
        ? shown.length === 0
          ? t('describe.noCategory')
          : shown.map((c) => category(c).label[lang]).join(', ')
        : t('describe.categories', { n: shown.length, total: CATEGORY_CODES.length })
    );
  if (filter.changes && filter.changes.size < CHANGE_KINDS.length)
    parts.push(
      CHANGE_KINDS.filter((k) => filter.changes!.has(k))
        .map((k) => t(`compare.kind.${k}`))
        .join(', ')
    );
  if (filter.district) parts.push(t('describe.district', { name: filter.district }));
  if (filter.minArea_m2 > 0)
    parts.push(t('describe.minArea', { ha: formatNumber(filter.minArea_m2 / 10_000, lang, 1) }));
  return parts.length > 0 ? t('describe.filter', { text: parts.join(', ') }) : null;
}

/** The balance heading: scope, and the filter when one is set. */
export function balanceHeading(scope: string, filter: string | null, t: Translate): string {
  return filter ? t('balance.captionFiltered', { scope, filter }) : t('balance.caption', { scope });
}

/** Decimals of hectares for a balance of `total_m2`: whole hectares, one below 100 ha. */
export const haDecimals = (total_m2: number) => (total_m2 < 1_000_000 ? 1 : 0);

/**
 * The rows worth showing at `decimals`: rows that would read „0 ha“ are left out (slivers where
 * a region follows the plan's lines, or areas cut by the filter to a corner).
 */
export function shownRows(balance: Balance | null, decimals: number): CategoryBalance[] {
  const least = 0.5 * 10 ** -decimals * 10_000;
  return (balance?.categories ?? []).filter((r) => r.count > 0 && r.area_m2 >= least);
}

/** The share of the scope that the balance's (filtered) areas cover: 1 without a filter. */
export const totalShare = (balance: Balance) =>
  balance.scope_m2 > 0 ? balance.total.area_m2 / balance.scope_m2 : 0;

/** A link as people write it: host and path, no scheme, no trailing slash. */
const plainUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/**
 * Sources and credits written for people: who, under which licence, where to read it — each
 * licence named once, every entry whole.
 */
export function sourcesText(meta: PlanMeta, t: Translate): string {
  const credits = meta.attributions.map((a) => {
    const licence = a.text.includes(a.licence)
      ? ''
      : `, ${t('print.licence', { licence: a.licence })}`;
    const link = a.url ? ` (${plainUrl(a.url)})` : '';
    return `${a.subject}: ${a.text.replace(/\.$/, '')}${licence}${link}`;
  });
  const sources = meta.sources.map((s) => (s.url ? `${s.title} (${plainUrl(s.url)})` : s.title));
  return t('print.sources', { text: [...credits, ...sources].join('; ') });
}
