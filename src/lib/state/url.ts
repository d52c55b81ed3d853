import { LANGS, type Lang } from '../i18n';
import { isPlanId } from '../plan/validate';
import { CATEGORY_CODES, isCategoryCode, type CategoryCode } from '../plan/categories';
import type { Status } from '../plan/types';
import { isBasemapChoice, type BasemapChoice } from './basemap';
import { simplifyRing } from '../geo/simplify-ring';
import type { Region } from '../geo/region';
import { COMPARE_FIELDS, type CompareChoices } from './url-compare';
import { PLOTS_FIELDS } from './plots-url';
import type { PlotsChoice } from '../plan/plots';
import {
  field,
  readTable,
  tableDefaults,
  tableKeys,
  unionField,
  writeTable,
  type ReadContext,
  type ValuesOf
} from './url-schema';

/**
 * Everything a user can choose lives in the URL hash, so that reloading or sharing restores
 * it. One typed parser with a fallback per value: whatever cannot be read becomes its default
 * and is named in `warnings`.
 *
 * Format: `#map=zoom/lat/lon&hide=wald,gruen&iq=0&status=neu&district=Birkesdorf&min=0.5`
 *         `&sel=DN-00012&scope=ansicht&region=c:6.48,50.8,500&lang=en&plan=dueren-2025`
 *         `&bm=openfreemap&op=60` (basemap choice, plan fill opacity in percent)
 */

export const SCOPES = ['stadt', 'ansicht', 'iq', 'region'] as const;
/** What the Flächenbilanz sums over: whole plan, map view, Innovationsquartier, drawn region. */
export type Scope = (typeof SCOPES)[number];

/**
 * The viewer's modes: one tagged union, switched in one place (`src/lib/features/ModeSwitch.svelte`).
 * Each variant carries only that mode's own choices; everything else (plan, filters, view …) is
 * shared by all modes. Each mode's components live in `src/lib/features/<kind>/`.
 */
export type Mode =
  | { kind: 'explore' }
  | ({ kind: 'compare' } & CompareChoices)
  /** Presentation: `scene` is the index (0-based) into the plan's scenes; URL `scene=` is 1-based. */
  | { kind: 'present'; scene: number }
  | ({ kind: 'plots' } & PlotsChoice);
export const MODE_KINDS = [
  'explore',
  'compare',
  'present',
  'plots'
] as const satisfies readonly Mode['kind'][];

/**
 * A point of interest: where the user is, or what they searched for or pointed at. It gets a
 * marker; "Was ist hier geplant?" answers for a radius around it. The label is shown as text.
 */
export interface PointOfInterest {
  lon: number;
  lat: number;
  label: string | null;
}

export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

export type { Region };

/** Default "Deckkraft der Planflächen" (percent). */
export const DEFAULT_PLAN_OPACITY_PERCENT = 85;

/** A percentage in the address: a whole number 0–100 (null for anything else). */
const wholePercent = (v: string): number | null => {
  const n = numberIn(0, 100)(v);
  return n === null ? null : Math.round(n);
};

/** Default "Deckkraft Rasterplan" (percent): the scanned plan visible, the basemap still through. */
export const DEFAULT_RASTER_OPACITY_PERCENT = 80;

export const DEFAULT_PLAN = 'dueren-2025';

/** Stands for every unknown key in `warnings`. */
export const UNKNOWN_KEY = '…';

/** Upper bound for text values taken from the URL; longer ones are not plausible names. */
const MAX_TEXT = 120;
/** A region in a link with more positions than this is simplified to this many (notice). */
export const MAX_URL_REGION_VERTICES = 2000;

export type { HashCapped } from './url-schema';
import type { HashCapped } from './url-schema';

const finite = (s: string | undefined): number | null => {
  if (s === undefined || s.trim() === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
};

const isLonLat = (lon: number, lat: number) => Math.abs(lon) <= 180 && Math.abs(lat) <= 85;

function parseView(v: string): MapView | null {
  const [z, lat, lon] = v.split('/').map(finite);
  if (z == null || lat == null || lon == null) return null;
  if (z < 0 || z > 24 || !isLonLat(lon, lat)) return null;
  return { zoom: z, lat, lon };
}

function parsePair(s: string): [number, number] | null {
  const [lon, lat] = s.split(',').map(finite);
  return lon != null && lat != null && isLonLat(lon, lat) ? [lon, lat] : null;
}

/**
 * `lon,lat;lon,lat;…` from `start` on, as `parsePair` reads each pair, without splitting into
 * arrays first: a link may carry a region of tens of thousands of points.
 */
function parseRing(v: string, start: number): [number, number][] | null {
  const ring: [number, number][] = [];
  for (let i = start; i <= v.length;) {
    let end = v.indexOf(';', i);
    if (end < 0) end = v.length;
    const comma = v.indexOf(',', i);
    if (comma < 0 || comma > end) return null;
    let next = v.indexOf(',', comma + 1);
    if (next < 0 || next > end) next = end;
    const lon = finite(v.slice(i, comma));
    const lat = finite(v.slice(comma + 1, next));
    if (lon === null || lat === null || !isLonLat(lon, lat)) return null;
    ring.push([lon, lat]);
    i = end + 1;
  }
  return ring;
}

function parseRegion(v: string, capped?: (from: number, to: number) => void): Region | null {
  if (v.startsWith('c:')) {
    const [lon, lat, r] = v.slice(2).split(',').map(finite);
    if (lon == null || lat == null || r == null || !isLonLat(lon, lat)) return null;
    if (!(r > 0 && r <= MAX_RADIUS_M)) return null;
    return { kind: 'circle', center: [lon, lat], radius_m: r };
  }
  if (v.startsWith('p:')) {
    const ring = parseRing(v, 2);
    if (!ring || ring.length < 3) return null;
    if (ring.length <= MAX_URL_REGION_VERTICES) return { kind: 'polygon', ring };
    const simple = simplifyRing(ring, MAX_URL_REGION_VERTICES);
    capped?.(ring.length, simple.length);
    return { kind: 'polygon', ring: simple };
  }
  return null;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Largest circle radius accepted (m): a circle around a place, not a region of Germany. */
export const MAX_RADIUS_M = 50_000;

/** Region coordinates as written to the URL (6 decimals, about 10 cm). */
export const roundCoordinate = (v: number) => round(v, 6);

function serializeRegion(r: Region): string {
  if (r.kind === 'circle') {
    const [lon, lat] = r.center.map(roundCoordinate);
    return `c:${lon},${lat},${round(r.radius_m, 1)}`;
  }
  return (
    'p:' + r.ring.map(([lon, lat]) => `${roundCoordinate(lon)},${roundCoordinate(lat)}`).join(';')
  );
}

const isSafeText = (s: string) =>
  s.length > 0 && s.length <= MAX_TEXT && !/[\u0000-\u001f]/.test(s);

/** `poi=lon,lat` or `poi=lon,lat,label` (the label is plain text, at most MAX_TEXT long). */
function parsePoi(v: string): PointOfInterest | null {
  const [lon, lat, ...rest] = v.split(',');
  const pair = parsePair(`${lon},${lat}`);
  if (!pair) return null;
  const label = rest.length > 0 ? rest.join(',') : null;
  if (label !== null && !isSafeText(label)) return null;
  return { lon: pair[0], lat: pair[1], label };
}

function serializePoi(p: PointOfInterest): string {
  const at = `${roundCoordinate(p.lon)},${roundCoordinate(p.lat)}`;
  return p.label ? `${at},${p.label}` : at;
}

/** Scene numbers above this are not plausible for a talk. */
const MAX_SCENES = 500;

/** The presentation's own field: `scene=<n>` is 1-based in the URL, 0-based in the state. */
const PRESENT_FIELDS = {
  scene: field<number>({
    key: 'scene',
    default: () => 0,
    parse: (v) => {
      const n = finite(v);
      return n !== null && Number.isInteger(n) && n >= 1 && n <= MAX_SCENES ? n - 1 : null;
    },
    serialize: (n) => String(n + 1),
    // Always written in the presentation: a link names the scene it shows.
    always: true,
    history: 'push'
  })
};

const flag = field<boolean>;
const onOff = (key: string, history: 'push' | 'replace') =>
  flag({
    key,
    default: () => true,
    parse: (v) => (v === '1' ? true : v === '0' ? false : null),
    serialize: (b) => (b ? '1' : '0'),
    history
  });

const numberIn = (min: number, max: number) => (v: string) => {
  const n = finite(v);
  return n !== null && n >= min && n <= max ? n : null;
};

/**
 * THE URL table: every choice a user can make, once. Order = order in the URL. `HashState`,
 * the defaults, parseHash/serializeHash, the browser history and scenes are derived from it;
 * a new field is one entry here (docs/architecture.md, „Ein URL-Feld hinzufügen“).
 */
export const URL_FIELDS = {
  planId: field<string>({
    key: 'plan',
    default: () => DEFAULT_PLAN,
    parse: (v) => (isPlanId(v) ? v : null),
    serialize: (v) => v,
    history: 'push'
  }),
  view: field<MapView | null>({
    key: 'map',
    default: () => null,
    parse: parseView,
    serialize: (v) => (v ? `${round(v.zoom, 2)}/${round(v.lat, 5)}/${round(v.lon, 5)}` : ''),
    history: 'replace'
  }),
  hidden: field<ReadonlySet<CategoryCode>>({
    key: 'hide',
    default: () => new Set(),
    parse: (v) => {
      const codes = v === '' ? [] : v.split(',');
      return codes.every(isCategoryCode) ? new Set(codes as CategoryCode[]) : null;
    },
    serialize: (s) => CATEGORY_CODES.filter((c) => s.has(c)).join(','),
    history: 'replace'
  }),
  iq: onOff('iq', 'replace'),
  /** Overlays (protected areas, monuments … of imported plans) shown. */
  overlays: onOff('ov', 'replace'),
  status: field<Status | 'alle'>({
    key: 'status',
    default: () => 'alle',
    parse: (v) => (v === 'alle' || v === 'bestand' || v === 'neu' ? v : null),
    serialize: (v) => v,
    history: 'replace'
  }),
  district: field<string | null>({
    key: 'district',
    default: () => null,
    parse: (v) => (isSafeText(v) ? v : null),
    serialize: (v) => v ?? '',
    history: 'replace'
  }),
  minHa: field<number>({
    key: 'min',
    default: () => 0,
    parse: numberIn(0, 10_000),
    serialize: (n) => (n > 0 ? String(n) : ''),
    history: 'replace'
  }),
  selected: field<string | null>({
    key: 'sel',
    default: () => null,
    parse: (v) => (isSafeText(v) ? v : null),
    serialize: (v) => v ?? '',
    history: 'push'
  }),
  /** What the Flächenbilanz sums over. */
  scope: field<Scope>({
    key: 'scope',
    default: () => 'stadt',
    parse: (v) => ((SCOPES as readonly string[]).includes(v) ? (v as Scope) : null),
    serialize: (v) => v,
    history: 'push'
  }),
  region: field<Region | null>({
    key: 'region',
    default: () => null,
    parse: (v, context) =>
      parseRegion(v, (from, to) => (context.capped = { regionVertices: { from, to } })),
    serialize: (r) => (r ? serializeRegion(r) : ''),
    history: 'push'
  }),
  lang: field<Lang>({
    key: 'lang',
    default: () => 'de',
    parse: (v) => ((LANGS as readonly string[]).includes(v) ? (v as Lang) : null),
    serialize: (v) => v,
    history: 'replace'
  }),
  /** Where the user is or what they searched for; the label is plain text. */
  poi: field<PointOfInterest | null>({
    key: 'poi',
    default: () => null,
    parse: parsePoi,
    serialize: (p) => (p ? serializePoi(p) : ''),
    history: 'push'
  }),
  /** Basemap: automatic (self-hosted if installed), none, or an online source (consent!). */
  basemap: field<BasemapChoice>({
    key: 'bm',
    default: () => 'auto',
    parse: (v) => (isBasemapChoice(v) ? v : null),
    serialize: (v) => v,
    history: 'push'
  }),
  /** "Deckkraft der Planflächen" in percent. */
  planOpacity: field<number>({
    key: 'op',
    default: () => DEFAULT_PLAN_OPACITY_PERCENT,
    parse: wholePercent,
    serialize: (n) => String(n),
    history: 'push'
  }),
  /** "Deckkraft Rasterplan" in percent: a raster plan under the areas (XPlanArchiv, refScan). */
  rasterOpacity: field<number>({
    key: 'ro',
    default: () => DEFAULT_RASTER_OPACITY_PERCENT,
    parse: wholePercent,
    serialize: (n) => String(n),
    history: 'push'
  }),
  /** The mode and its own choices (`mode=compare&cmp=side`); switched in features/ModeSwitch. */
  mode: unionField<Mode['kind'], Mode>(
    'mode',
    { explore: {}, compare: COMPARE_FIELDS, present: PRESENT_FIELDS, plots: PLOTS_FIELDS },
    'explore',
    'push'
  )
};

/** Everything a user can choose: the values of the URL table. */
export type HashState = ValuesOf<typeof URL_FIELDS>;
/** The name of one URL field (a property of `HashState` and of `ViewerState`). */
export type FieldName = keyof HashState;
export const FIELD_NAMES = Object.keys(URL_FIELDS) as FieldName[];

export const defaultHashState = (): HashState => tableDefaults<HashState>(URL_FIELDS);

/** Every key the table knows (the mode's variant keys too). */
const KNOWN_KEYS: ReadonlySet<string> = new Set(tableKeys(URL_FIELDS));

/**
 * Longest hash read at all (characters): a region of about 25,000 points (Chromium's own URL
 * limit, 2 MB, would take longer than 200 ms to read on a slow machine). Beyond the
 * region's value (a polygon of any size is simplified, see MAX_URL_REGION_VERTICES) the other
 * keys together may take MAX_OTHER_LENGTH; anything longer is refused whole, in well under
 * 200 ms.
 */
export const MAX_HASH_LENGTH = 500_000;
export const MAX_OTHER_LENGTH = 60_000;

/**
 * Parses a URL hash (with or without the leading "#"). Never throws. `tooLong` is set (the
 * hash's length and the limit it broke) when it exceeds MAX_HASH_LENGTH, or MAX_OTHER_LENGTH
 * without the region; then only the defaults are returned. `capped` names what was shortened.
 */
export function parseHash(hash: string): {
  state: HashState;
  warnings: string[];
  tooLong?: { length: number; max: number };
  capped?: HashCapped;
} {
  const state = defaultHashState();
  const warnings: string[] = [];
  if (hash.length > MAX_HASH_LENGTH)
    return { state, warnings, tooLong: { length: hash.length, max: MAX_HASH_LENGTH } };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return { state, warnings: ['hash'] };
  }
  if (hash.length - (params.get(URL_FIELDS.region.key)?.length ?? 0) > MAX_OTHER_LENGTH)
    return { state, warnings: [], tooLong: { length: hash.length, max: MAX_OTHER_LENGTH } };
  const context: ReadContext = { params, warnings };
  const read = readTable<HashState>(URL_FIELDS, params, warnings, context);
  // Unknown keys are named only by a placeholder: a crafted link must not put its own text
  // into the page's notice.
  if ([...params.keys()].some((key) => !KNOWN_KEYS.has(key))) warnings.push(UNKNOWN_KEY);
  const capped = context.capped;
  return { state: read, warnings: [...new Set(warnings)], ...(capped ? { capped } : {}) };
}

/** Serialises only what differs from the default, in a fixed order, so URLs stay short. */
export function serializeHash(state: HashState): string {
  const params = new URLSearchParams();
  writeTable(URL_FIELDS, state, params);
  // Commas, slashes, colons and semicolons are legal in a fragment; keep them readable.
  const text = params
    .toString()
    .replace(/%2C/g, ',')
    .replace(/%2F/g, '/')
    .replace(/%3A/g, ':')
    .replace(/%3B/g, ';');
  return text === '' ? '' : `#${text}`;
}
