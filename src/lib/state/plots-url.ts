import {
  MAX_SAVED,
  PLOT_STATUSES,
  PLOT_SORTS,
  PLOT_WITHIN,
  ZONINGS,
  defaultPlotsChoice,
  isIsoDate,
  type PlotsChoice,
  type PlotSort,
  type PlotStatus,
  type PlotWithin,
  type Zoning
} from '../plan/plots';

/**
 * The plot finder's own choices (the `plots` variant of `Mode`) and their URL keys.
 * Parsed with a fallback per value like every other key (see url.ts).
 *
 * `#mode=plots&pmin=5000&pmax=20000&punit=ha&pzone=GE,GI&pest=Im Rossfeld&pstat=verfuegbar`
 * `&pby=2027-01-01&pa4=3000&prail=2000&pstop=500&pin=ansicht&psort=-size&plot=GF-0012`
 * `&pcomb=1&pmerk=GF-0012,GF-0013+GF-0014` (zusammenhängend verfügbar; the Merkliste)
 */

/** Status slugs in the URL (ASCII, no spaces). */
const STATUS_SLUG: Record<PlotStatus, string> = {
  verfügbar: 'verfuegbar',
  reserviert: 'reserviert',
  'in Vorbereitung': 'vorbereitung'
};

export const PLOTS_PARAMS = [
  'pmin',
  'pmax',
  'punit',
  'pzone',
  'pest',
  'pstat',
  'pby',
  'pa4',
  'prail',
  'pstop',
  'pin',
  'psort',
  'plot',
  'pcomb',
  'pmerk'
] as const;

const MAX_M = 1e8;
const amount = (v: string): number | null => {
  const n = v.trim() === '' ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 && n <= MAX_M ? n : null;
};
const safeText = (v: string) =>
  v.length > 0 && v.length <= 120 && !/[\u0000-\u001f]/.test(v) ? v : null;
const isoDate = (v: string) => (isIsoDate(v) ? v : null);
/** A plot or combination id; a hand-typed „+“ arrives as a space and is read back as „+“. */
const plotRef = (v: string) => safeText(v.replace(/ /g, '+'));

function list<T extends string>(v: string, allowed: (s: string) => T | null): T[] | null {
  const out: T[] = [];
  for (const part of v.split(',')) {
    const item = allowed(part);
    if (item === null) return null;
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

/** Reads the finder's keys; each bad value falls back to its default and is named in `warnings`. */
export function parsePlotsChoice(params: URLSearchParams, warnings: string[]): PlotsChoice {
  const c = defaultPlotsChoice();
  const read = <K extends keyof PlotsChoice>(
    key: (typeof PLOTS_PARAMS)[number],
    field: K,
    parse: (v: string) => PlotsChoice[K] | null
  ) => {
    const raw = params.get(key);
    if (raw === null) return;
    const value = parse(raw);
    if (value === null) warnings.push(key);
    else c[field] = value;
  };
  read('pmin', 'minM2', amount);
  read('pmax', 'maxM2', amount);
  read('punit', 'unit', (v) => (v === 'ha' || v === 'm2' ? v : null));
  read('pzone', 'zoning', (v) =>
    list(v, (s) => ((ZONINGS as readonly string[]).includes(s) ? (s as Zoning) : null))
  );
  read('pest', 'estate', safeText);
  read('pstat', 'status', (v) =>
    list(v, (s) => PLOT_STATUSES.find((st) => STATUS_SLUG[st] === s) ?? null)
  );
  read('pby', 'availableBy', isoDate);
  read('pa4', 'maxA4_m', amount);
  read('prail', 'maxRail_m', amount);
  read('pstop', 'maxStop_m', amount);
  read('pin', 'within', (v) =>
    (PLOT_WITHIN as readonly string[]).includes(v) ? (v as PlotWithin) : null
  );
  const sort = params.get('psort');
  if (sort !== null) {
    const key = sort.replace(/^-/, '');
    if ((PLOT_SORTS as readonly string[]).includes(key)) {
      c.sort = key as PlotSort;
      c.desc = sort.startsWith('-');
    } else warnings.push('psort');
  }
  read('plot', 'plot', plotRef);
  read('pcomb', 'combine', (v) => (v === '1' ? true : v === '0' ? false : null));
  read('pmerk', 'saved', (v) => {
    const ids = list(v, plotRef);
    return ids && ids.length <= MAX_SAVED ? ids : null;
  });
  return c;
}

/** Writes only what differs from the default, in a fixed order. */
export function serializePlotsChoice(c: PlotsChoice, params: URLSearchParams) {
  const num = (n: number) => String(Number(n.toFixed(2)));
  if (c.minM2 !== null) params.set('pmin', num(c.minM2));
  if (c.maxM2 !== null) params.set('pmax', num(c.maxM2));
  if (c.unit !== 'm2') params.set('punit', c.unit);
  if (c.zoning.length > 0)
    params.set('pzone', ZONINGS.filter((z) => c.zoning.includes(z)).join(','));
  if (c.estate !== null) params.set('pest', c.estate);
  if (c.status.length > 0)
    params.set(
      'pstat',
      PLOT_STATUSES.filter((s) => c.status.includes(s))
        .map((s) => STATUS_SLUG[s])
        .join(',')
    );
  if (c.availableBy !== null) params.set('pby', c.availableBy);
  if (c.maxA4_m !== null) params.set('pa4', num(c.maxA4_m));
  if (c.maxRail_m !== null) params.set('prail', num(c.maxRail_m));
  if (c.maxStop_m !== null) params.set('pstop', num(c.maxStop_m));
  if (c.within !== 'alle') params.set('pin', c.within);
  if (c.sort !== 'size' || c.desc) params.set('psort', `${c.desc ? '-' : ''}${c.sort}`);
  if (c.plot !== null) params.set('plot', c.plot);
  if (c.combine) params.set('pcomb', '1');
  if (c.saved.length > 0) params.set('pmerk', c.saved.join(','));
}
