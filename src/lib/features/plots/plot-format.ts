/**
 * How a plot's attributes read, the one place for it: the details, the cards, the comparison
 * table and the exposé PDF all use these, so units are the same on screen and on paper.
 */
import '../../i18n/parts/plots-mode';
import type { Lang, Translate } from '$lib/i18n';
import { category } from '$lib/plan/categories';
import { partName } from '$lib/plan/parts';
import type { LoadedFeature } from '$lib/plan/types';
import {
  UTILITIES,
  type AccessKind,
  type PlotProperties,
  type RoadDistance
} from '$lib/plan/plots';
import { formatHa, formatM2, formatNumber } from '$lib/i18n/format';
import { ROAD_SPEEDS_KMH } from '$lib/geo/road-graph';

/** Size as the finder shows it: hectares from 1 ha ("2,83 ha"), else m² ("4.250 m²"). */
export const sizeText = (m2: number, lang: Lang) =>
  m2 >= 10_000 ? formatHa(m2, lang) : formatM2(m2, lang);

/** Both units: "28.345 m² (2,83 ha)". */
export const sizeBoth = (m2: number, lang: Lang) => `${formatM2(m2, lang)} (${formatHa(m2, lang)})`;

/** Distance: "850 m", "3,9 km". */
export const distanceText = (m: number, lang: Lang) =>
  m >= 1000 ? `${formatNumber(m / 1000, lang, 1)} km` : `${formatNumber(m, lang)} m`;

export const dateText = (iso: string, lang: Lang) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB', {
    timeZone: 'UTC'
  });

export function priceText(p: PlotProperties, t: Translate, lang: Lang) {
  return p.priceIndication_eur_m2 !== undefined
    ? t('plots.attr.priceValue', { value: formatNumber(p.priceIndication_eur_m2, lang) })
    : t('plots.attr.none');
}

export function limitsText(p: PlotProperties, t: Translate, lang: Lang) {
  const l = p.limits;
  const parts = [
    l?.maxHeight_m !== undefined
      ? t('plots.attr.height', { value: formatNumber(l.maxHeight_m, lang) })
      : '',
    l?.grz !== undefined ? t('plots.attr.grz', { value: formatNumber(l.grz, lang, 1) }) : '',
    l?.gfz !== undefined ? t('plots.attr.gfz', { value: formatNumber(l.gfz, lang, 1) }) : ''
  ].filter(Boolean);
  if (parts.length === 0) return t('plots.attr.none');
  // Fixed by a Bebauungsplan the plot lies in: say which („aus BPlan 01/377 (Modell)“).
  return l?.from
    ? t('plots.attr.limitsFrom', { limits: parts.join(', '), plan: partName(l.from, lang) })
    : parts.join(', ');
}

export function grzGfzText(p: PlotProperties, lang: Lang) {
  const f = (v: number | undefined) => (v === undefined ? '–' : formatNumber(v, lang, 1));
  return `${f(p.limits?.grz)} / ${f(p.limits?.gfz)}`;
}

export function utilitiesText(p: PlotProperties, t: Translate) {
  if (!p.utilities) return t('plots.attr.none');
  const on = UTILITIES.filter((u) => p.utilities?.[u]);
  return on.length > 0 ? on.map((u) => t(`plots.utility.${u}`)).join(', ') : t('plots.attr.none');
}

export function restrictionsText(p: PlotProperties, t: Translate) {
  const r = p.restrictions ?? [];
  return r.length > 0 ? r.map((x) => t(`plots.restriction.${x}`)).join('; ') : '–';
}

export function cadastreText(p: PlotProperties, t: Translate) {
  return p.cadastre ? t('plots.attr.cadastreValue', { ...p.cadastre }) : t('plots.attr.none');
}

export function tradeTaxText(p: PlotProperties, t: Translate, lang: Lang) {
  if (!p.tradeTax) return t('plots.attr.none');
  const value = formatNumber(p.tradeTax.percent, lang);
  return t(p.tradeTax.model ? 'plots.attr.tradeTaxModel' : 'plots.attr.tradeTaxValue', { value });
}

export function divisibleText(p: PlotProperties, t: Translate, lang: Lang) {
  return p.divisibleFrom_m2 !== undefined
    ? t('plots.attr.divisibleValue', { size: sizeText(p.divisibleFrom_m2, lang) })
    : '–';
}

/** "Gewerbliche Baufläche (G), Fläche DN-00012", or null without a host area. */
export function fnpText(host: LoadedFeature | null, t: Translate, lang: Lang): string | null {
  if (!host) return null;
  const cat = category(host.properties.category);
  return t('plots.fnpAreaValue', {
    category: cat.label[lang],
    symbol: cat.symbol,
    id: host.properties.id
  });
}

/** Speeds the drive times assume, as text for the note under the distances. */
export const speedsText = () =>
  Object.entries(ROAD_SPEEDS_KMH)
    .map(([cls, v]) => `${cls} ${v} km/h`)
    .join(', ');

/** Whole minutes of a drive time (at least 1). */
export function roadMinutes(r: RoadDistance) {
  return Math.max(1, Math.round(r.time_s / 60));
}

/** One access line: by road with drive time when known, and always the straight line. */
export function accessText(p: PlotProperties, kind: AccessKind, t: Translate, lang: Lang) {
  const a = p.access[kind];
  if (!a) return null;
  const r = p.road?.[kind];
  const air = t('plots.accessAir', { distance: distanceText(a.distance_m, lang) });
  return r
    ? `${t('plots.accessRoad', { distance: distanceText(r.distance_m, lang), minutes: roadMinutes(r) })} (${air})`
    : air;
}

/** The id as people read it: a combination is "GF-0012 + GF-0013". */
export const idText = (p: PlotProperties) => (p.members ? p.members.join(' + ') : p.id);
