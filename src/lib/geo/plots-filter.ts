import type { MultiPolygon, Polygon } from 'geojson';
import type { PlotFeature } from '../plan/plots';
import type { PlotSort, PlotsChoice } from '../plan/plots';
import { plotCentre, pointInGeometry } from './access';

/** The finder's filters, applied to the plots; `within` is the view or drawn region (or null). */
export function filterPlots(
  plots: readonly PlotFeature[],
  c: PlotsChoice,
  within: Polygon | MultiPolygon | null
): PlotFeature[] {
  const le = (v: number | undefined, max: number | null) =>
    max === null || (v !== undefined && v <= max);
  return plots.filter((f) => {
    const p = f.properties;
    if (c.minM2 !== null && p.area_m2 < c.minM2) return false;
    if (c.maxM2 !== null && p.area_m2 > c.maxM2) return false;
    if (c.zoning.length > 0 && !c.zoning.includes(p.zoning)) return false;
    if (c.estate !== null && p.estate !== c.estate) return false;
    if (c.status.length > 0 && !c.status.includes(p.status)) return false;
    if (c.availableBy !== null && p.availableFrom > c.availableBy) return false;
    if (!le(p.access.a4?.distance_m, c.maxA4_m)) return false;
    if (!le(p.access.bahnhof?.distance_m, c.maxRail_m)) return false;
    if (!le(p.access.haltestelle?.distance_m, c.maxStop_m)) return false;
    if (within) {
      const [lon, lat] = plotCentre(f.geometry);
      if (!pointInGeometry(lon, lat, within)) return false;
    }
    return true;
  });
}

const key: Record<PlotSort, (f: PlotFeature) => number | string> = {
  size: (f) => f.properties.area_m2,
  a4: (f) => f.properties.access.a4?.distance_m ?? Infinity,
  bahnhof: (f) => f.properties.access.bahnhof?.distance_m ?? Infinity,
  haltestelle: (f) => f.properties.access.haltestelle?.distance_m ?? Infinity,
  available: (f) => f.properties.availableFrom
};

/** Sorted copy; ties are broken by id so the order is stable across reloads. */
export function sortPlots(
  plots: readonly PlotFeature[],
  sort: PlotSort,
  desc: boolean
): PlotFeature[] {
  const k = key[sort];
  return [...plots].sort((a, b) => {
    const ka = k(a);
    const kb = k(b);
    const cmp = ka < kb ? -1 : ka > kb ? 1 : 0;
    return (desc ? -cmp : cmp) || a.properties.id.localeCompare(b.properties.id);
  });
}

/** German or English number input ("1.234,5" / "1,5" / "1234.5") → number, or null if unreadable. */
export function parseLocaleNumber(text: string, lang: 'de' | 'en'): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return null;
  const normal =
    lang === 'de' ? t.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.') : t.replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(normal)) return null;
  return Number(normal);
}

export type PlotFilterName =
  'size' | 'zoning' | 'estate' | 'status' | 'availableBy' | 'a4' | 'rail' | 'stop' | 'within';

/** The finder's filters by name, each with the choice that switches it off. */
const FILTER_RESETS: Record<Exclude<PlotFilterName, 'within'>, Partial<PlotsChoice>> = {
  size: { minM2: null, maxM2: null },
  zoning: { zoning: [] },
  estate: { estate: null },
  status: { status: [] },
  availableBy: { availableBy: null },
  a4: { maxA4_m: null },
  rail: { maxRail_m: null },
  stop: { maxStop_m: null }
};

/**
 * For an empty result: the filter whose removal alone brings back the most plots, and how many
 * (null when no single filter frees any). `within` counts as a filter when it is set.
 */
export function mostExcluding(
  plots: readonly PlotFeature[],
  c: PlotsChoice,
  within: Polygon | MultiPolygon | null
): { filter: PlotFilterName; count: number } | null {
  let best: { filter: PlotFilterName; count: number } | null = null;
  const consider = (filter: PlotFilterName, count: number) => {
    if (count > 0 && (!best || count > best.count)) best = { filter, count };
  };
  for (const [name, reset] of Object.entries(FILTER_RESETS)) {
    const off = { ...c, ...reset };
    if (JSON.stringify(off) === JSON.stringify(c)) continue;
    consider(name as PlotFilterName, filterPlots(plots, off, within).length);
  }
  if (within) consider('within', filterPlots(plots, c, null).length);
  return best;
}
