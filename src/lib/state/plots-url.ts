import {
  PLOT_STATUSES,
  PLOT_SORTS,
  PLOT_WITHIN,
  ZONINGS,
  isIsoDate,
  type PlotsChoice,
  type PlotSort,
  type PlotStatus,
  type PlotWithin,
  type Zoning
} from '../plan/plots';
import { field, tableDefaults } from './url-schema';

/**
 * The plot finder's own choices (the `plots` variant of `Mode`) and their URL keys.
 * Parsed with a fallback per value like every other key (see url.ts).
 *
 * `#mode=plots&pmin=5000&pmax=20000&punit=ha&pzone=GE,GI&pest=Im Rossfeld&pstat=verfuegbar`
 * `&pby=2027-01-01&pa4=3000&prail=2000&pstop=500&pin=ansicht&psort=-size&plot=GF-0012`
 */

/** Status slugs in the URL (ASCII, no spaces). */
const STATUS_SLUG: Record<PlotStatus, string> = {
  verfügbar: 'verfuegbar',
  reserviert: 'reserviert',
  'in Vorbereitung': 'vorbereitung'
};

const MAX_M = 1e8;
const amount = (v: string): number | null => {
  const n = v.trim() === '' ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 && n <= MAX_M ? n : null;
};
const safeText = (v: string) =>
  v.length > 0 && v.length <= 120 && !/[\u0000-\u001f]/.test(v) ? v : null;
const isoDate = (v: string) => (isIsoDate(v) ? v : null);

function list<T extends string>(v: string, allowed: (s: string) => T | null): T[] | null {
  const out: T[] = [];
  for (const part of v.split(',')) {
    const item = allowed(part);
    if (item === null) return null;
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

const num = (n: number | null) => (n === null ? '' : String(Number(n.toFixed(2))));

/** A size or distance: empty when open. */
const amountField = (key: string) =>
  field<number | null>({
    key,
    default: () => null,
    parse: amount,
    serialize: num,
    history: 'push'
  });

const textField = (key: string) =>
  field<string | null>({
    key,
    default: () => null,
    parse: safeText,
    serialize: (v) => v ?? '',
    history: 'push'
  });

/** The plot finder's own fields of the URL table (the `plots` variant of `mode`). */
export const PLOTS_FIELDS = {
  minM2: amountField('pmin'),
  maxM2: amountField('pmax'),
  unit: field<'m2' | 'ha'>({
    key: 'punit',
    default: () => 'm2',
    parse: (v) => (v === 'ha' || v === 'm2' ? v : null),
    serialize: (v) => v,
    history: 'push'
  }),
  zoning: field<Zoning[]>({
    key: 'pzone',
    default: () => [],
    parse: (v) =>
      list(v, (s) => ((ZONINGS as readonly string[]).includes(s) ? (s as Zoning) : null)),
    serialize: (zs) => ZONINGS.filter((z) => zs.includes(z)).join(','),
    history: 'push'
  }),
  estate: textField('pest'),
  status: field<PlotStatus[]>({
    key: 'pstat',
    default: () => [],
    parse: (v) => list(v, (s) => PLOT_STATUSES.find((st) => STATUS_SLUG[st] === s) ?? null),
    serialize: (ss) =>
      PLOT_STATUSES.filter((s) => ss.includes(s))
        .map((s) => STATUS_SLUG[s])
        .join(','),
    history: 'push'
  }),
  availableBy: field<string | null>({
    key: 'pby',
    default: () => null,
    parse: isoDate,
    serialize: (v) => v ?? '',
    history: 'push'
  }),
  maxA4_m: amountField('pa4'),
  maxRail_m: amountField('prail'),
  maxStop_m: amountField('pstop'),
  within: field<PlotWithin>({
    key: 'pin',
    default: () => 'alle',
    parse: (v) => ((PLOT_WITHIN as readonly string[]).includes(v) ? (v as PlotWithin) : null),
    serialize: (v) => v,
    history: 'push'
  }),
  /** `psort=-size`: one key for the sort and its direction. */
  order: field<{ sort: PlotSort; desc: boolean }>({
    key: 'psort',
    spread: true,
    default: () => ({ sort: 'size', desc: false }),
    parse: (v) => {
      const sort = v.replace(/^-/, '');
      return (PLOT_SORTS as readonly string[]).includes(sort)
        ? { sort: sort as PlotSort, desc: v.startsWith('-') }
        : null;
    },
    serialize: ({ sort, desc }) => `${desc ? '-' : ''}${sort}`,
    history: 'push'
  }),
  plot: textField('plot')
};

/** The finder's choices before the user chose anything. */
export const defaultPlotsChoice = (): PlotsChoice => tableDefaults<PlotsChoice>(PLOTS_FIELDS);
