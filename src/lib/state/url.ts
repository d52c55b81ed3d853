import { LANGS, type Lang } from '../i18n';
import { isPlanId } from '../plan/validate';
import { CATEGORY_CODES, isCategoryCode, type CategoryCode } from '../plan/categories';
import type { Status } from '../plan/types';
import { isBasemapChoice, type BasemapChoice } from './basemap';
import { simplifyRing } from '../geo/simplify-ring';
import {
  COMPARE_PARAMS,
  defaultCompare,
  parseCompare,
  serializeCompare,
  type CompareChoices
} from './url-compare';
import { PLOTS_PARAMS, parsePlotsChoice, serializePlotsChoice } from './plots-url';
import { defaultPlotsChoice, type PlotsChoice } from '../plan/plots';

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

export type Region =
  | { kind: 'polygon'; ring: [number, number][] }
  | { kind: 'circle'; center: [number, number]; radius_m: number };

export interface HashState {
  plan: string;
  view: MapView | null;
  hidden: ReadonlySet<CategoryCode>;
  iq: boolean;
  /** Overlays (protected areas, monuments … of imported plans) shown. */
  overlays: boolean;
  status: Status | 'alle';
  district: string | null;
  minHa: number;
  selected: string | null;
  scope: Scope;
  region: Region | null;
  lang: Lang;
  mode: Mode;
  poi: PointOfInterest | null;
  /** Basemap: automatic (self-hosted if installed), none, or an online source (consent!). */
  basemap: BasemapChoice;
  /** "Deckkraft der Planflächen" in percent. */
  planOpacity: number;
}

/** Default "Deckkraft der Planflächen" (percent). */
export const DEFAULT_PLAN_OPACITY_PERCENT = 85;

export const DEFAULT_PLAN = 'dueren-2025';

export function defaultHashState(): HashState {
  return {
    plan: DEFAULT_PLAN,
    view: null,
    hidden: new Set(),
    iq: true,
    overlays: true,
    status: 'alle',
    district: null,
    minHa: 0,
    selected: null,
    scope: 'stadt',
    region: null,
    lang: 'de',
    mode: { kind: 'explore' },
    poi: null,
    basemap: 'auto',
    planOpacity: DEFAULT_PLAN_OPACITY_PERCENT
  };
}

/** Stands for every unknown key in `warnings`. */
export const UNKNOWN_KEY = '…';

/** Upper bound for text values taken from the URL; longer ones are not plausible names. */
const MAX_TEXT = 120;
/** A region in a link with more positions than this is simplified to this many (notice). */
export const MAX_URL_REGION_VERTICES = 2000;

/** What the reader shortened, for the page's notice. */
export interface HashCapped {
  /** Positions of the region polygon in the link, and how many were kept. */
  regionVertices: { from: number; to: number };
}

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

/** `mode=<kind>`; a mode's own choices follow in their own keys. */
function parseMode(v: string): Mode | null {
  switch (v) {
    case 'compare':
      return { kind: v, ...defaultCompare() };
    case 'explore':
      return { kind: v };
    case 'present':
      return { kind: v, scene: 0 };
    case 'plots':
      return { kind: v, ...defaultPlotsChoice() };
    default:
      return null;
  }
}

function serializeMode(mode: Mode): string {
  return mode.kind;
}

/** `scene=<n>` (1-based) of the presentation mode. */
const SCENE_PARAM = 'scene';
/** Keys that belong to one mode's own choices. */
const MODE_PARAMS: readonly string[] = [SCENE_PARAM];
/** Scene numbers above this are not plausible for a talk. */
const MAX_SCENES = 500;

function readModeDetails(params: URLSearchParams, state: HashState, warnings: string[]) {
  const raw = params.get(SCENE_PARAM);
  if (raw === null || state.mode.kind !== 'present') return;
  const n = finite(raw);
  if (n !== null && Number.isInteger(n) && n >= 1 && n <= MAX_SCENES)
    state.mode = { kind: 'present', scene: n - 1 };
  else warnings.push(SCENE_PARAM);
}

type Key = keyof HashState;
const PARAM: Record<Key, string> = {
  plan: 'plan',
  view: 'map',
  hidden: 'hide',
  iq: 'iq',
  overlays: 'ov',
  status: 'status',
  district: 'district',
  minHa: 'min',
  selected: 'sel',
  scope: 'scope',
  region: 'region',
  lang: 'lang',
  mode: 'mode',
  poi: 'poi',
  basemap: 'bm',
  planOpacity: 'op'
};

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
  if (hash.length - (params.get(PARAM.region)?.length ?? 0) > MAX_OTHER_LENGTH)
    return { state, warnings: [], tooLong: { length: hash.length, max: MAX_OTHER_LENGTH } };
  let capped: HashCapped | undefined;
  const read = <K extends Key>(key: K, parse: (v: string) => HashState[K] | null) => {
    const raw = params.get(PARAM[key]);
    if (raw === null) return;
    const value = parse(raw);
    if (value === null) warnings.push(PARAM[key]);
    else state[key] = value;
  };
  read('plan', (v) => (isPlanId(v) ? v : null));
  read('view', parseView);
  read('hidden', (v) => {
    const codes = v === '' ? [] : v.split(',');
    return codes.every(isCategoryCode) ? new Set(codes as CategoryCode[]) : null;
  });
  const flag = (v: string) => (v === '1' ? true : v === '0' ? false : null);
  read('iq', flag);
  read('overlays', flag);
  read('status', (v) => (v === 'alle' || v === 'bestand' || v === 'neu' ? v : null));
  read('district', (v) => (isSafeText(v) ? v : null));
  read('minHa', (v) => {
    const n = finite(v);
    return n !== null && n >= 0 && n <= 10_000 ? n : null;
  });
  read('selected', (v) => (isSafeText(v) ? v : null));
  read('scope', (v) => ((SCOPES as readonly string[]).includes(v) ? (v as Scope) : null));
  read('region', (v) => parseRegion(v, (from, to) => (capped = { regionVertices: { from, to } })));
  read('lang', (v) => ((LANGS as readonly string[]).includes(v) ? (v as Lang) : null));
  read('mode', parseMode);
  read('poi', parsePoi);
  read('basemap', (v) => (isBasemapChoice(v) ? v : null));
  read('planOpacity', (v) => {
    const n = finite(v);
    return n !== null && n >= 0 && n <= 100 ? Math.round(n) : null;
  });
  if (state.mode.kind === 'compare')
    state.mode = { kind: 'compare', ...parseCompare(params, warnings) };
  readModeDetails(params, state, warnings);
  // The plot finder's own keys (see plots-url.ts).
  if (state.mode.kind === 'plots')
    state.mode = { kind: 'plots', ...parsePlotsChoice(params, warnings) };
  // Unknown keys are named only by a placeholder: a crafted link must not put its own text
  // into the page's notice.
  const known: readonly string[] = [
    ...Object.values(PARAM),
    ...Object.values(COMPARE_PARAMS),
    ...MODE_PARAMS,
    ...PLOTS_PARAMS
  ];
  if ([...params.keys()].some((key) => !known.includes(key))) warnings.push(UNKNOWN_KEY);
  return { state, warnings: [...new Set(warnings)], ...(capped ? { capped } : {}) };
}

/** Serialises only what differs from the default, in a fixed order, so URLs stay short. */
export function serializeHash(state: HashState): string {
  const d = defaultHashState();
  const params = new URLSearchParams();
  if (state.plan !== d.plan) params.set(PARAM.plan, state.plan);
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    params.set(PARAM.view, `${round(zoom, 2)}/${round(lat, 5)}/${round(lon, 5)}`);
  }
  if (state.hidden.size > 0) {
    params.set(PARAM.hidden, CATEGORY_CODES.filter((c) => state.hidden.has(c)).join(','));
  }
  if (state.iq !== d.iq) params.set(PARAM.iq, state.iq ? '1' : '0');
  if (state.overlays !== d.overlays) params.set(PARAM.overlays, state.overlays ? '1' : '0');
  if (state.status !== d.status) params.set(PARAM.status, state.status);
  if (state.district !== null) params.set(PARAM.district, state.district);
  if (state.minHa > 0) params.set(PARAM.minHa, String(state.minHa));
  if (state.selected !== null) params.set(PARAM.selected, state.selected);
  if (state.scope !== d.scope) params.set(PARAM.scope, state.scope);
  if (state.region) params.set(PARAM.region, serializeRegion(state.region));
  if (state.lang !== d.lang) params.set(PARAM.lang, state.lang);
  if (state.mode.kind !== 'explore') params.set(PARAM.mode, serializeMode(state.mode));
  if (state.poi) params.set(PARAM.poi, serializePoi(state.poi));
  if (state.basemap !== d.basemap) params.set(PARAM.basemap, state.basemap);
  if (state.planOpacity !== d.planOpacity) params.set(PARAM.planOpacity, String(state.planOpacity));
  if (state.mode.kind === 'compare') serializeCompare(state.mode, params);
  if (state.mode.kind === 'present') params.set(SCENE_PARAM, String(state.mode.scene + 1));
  if (state.mode.kind === 'plots') serializePlotsChoice(state.mode, params);
  // Commas, slashes, colons and semicolons are legal in a fragment; keep them readable.
  const text = params
    .toString()
    .replace(/%2C/g, ',')
    .replace(/%2F/g, '/')
    .replace(/%3A/g, ':')
    .replace(/%3B/g, ';');
  return text === '' ? '' : `#${text}`;
}
