import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { bilingual } from '../i18n';
import { PlanDataError } from './validate';

/**
 * Marketable plots (Gewerbeflächen) of a plan: `data/<plan-id>/plots.geojson`. A city can
 * replace the file with its own; `parsePlots` checks it the way `parsePlanFeatures` checks a plan.
 */

export const PLOT_STATUSES = ['verfügbar', 'reserviert', 'in Vorbereitung'] as const;
export type PlotStatus = (typeof PLOT_STATUSES)[number];

/** Zoning (Art der baulichen Nutzung, BauNVO) of a plot. */
export const ZONINGS = ['GE', 'GI', 'MI', 'MU', 'MK', 'SO'] as const;
export type Zoning = (typeof ZONINGS)[number];

/** What the access distance is measured to; always straight-line ("Luftlinie"). */
export const ACCESS_KINDS = ['a4', 'hbf', 'bahnhof', 'haltestelle'] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

export interface AccessPoint {
  name: string;
  /** Ellipsoidal straight-line distance from the plot's centre, metres (rounded). */
  distance_m: number;
  lon: number;
  lat: number;
}

export interface PlotContact {
  name: string;
  /** Role or department of the person, e.g. „Gewerbeflächenmanagement“. */
  role?: string;
  phone?: string;
  email?: string;
  url?: string;
  /** True while the entry is a model (not confirmed by the city). */
  model?: boolean;
}

/**
 * Which zonings (BauNVO) an FNP category allows: G → GE (and GI only in GI areas), M → MI, MU,
 * MK, S → SO. A plot must lie wholly in one plan area whose category allows its zoning.
 */
export const ZONINGS_BY_CATEGORY: Readonly<Record<string, readonly Zoning[]>> = {
  gewerbe: ['GE'],
  industrie: ['GI', 'GE'],
  gemischt: ['MI', 'MU', 'MK'],
  sonder: ['SO']
};

/** Model cadastral reference (Liegenschaftskataster). */
export interface PlotCadastre {
  gemarkung: string;
  flur: number;
  /** Flurstück number, e.g. "412" or "412/3". */
  flurstueck: string;
}

export const UTILITIES = ['glasfaser', 'strom', 'gas', 'fernwaerme'] as const;
export type Utility = (typeof UTILITIES)[number];

/** Restrictions a scout must know about (codes; the texts are in i18n). */
export const RESTRICTIONS = [
  'laerm',
  'stoerfall',
  'kampfmittel',
  'versickerung',
  'gruendach',
  'bedingt'
] as const;
export type Restriction = (typeof RESTRICTIONS)[number];

/** Gewerbesteuer-Hebesatz in percent; `model` when no published figure backs it. */
export interface TradeTax {
  percent: number;
  model: boolean;
  source?: string;
}

export interface PlotLimits {
  /** Maximum building height in metres. */
  maxHeight_m?: number;
  /** Grundflächenzahl (share of the plot that may be built over). */
  grz?: number;
  /** Geschossflächenzahl (floor area per plot area). */
  gfz?: number;
}

export interface PlotProperties {
  id: string;
  /** Name of the business estate (Gewerbegebiet). */
  estate: string;
  area_m2: number;
  zoning: Zoning;
  status: PlotStatus;
  /** ISO date from which the plot can be taken over. */
  availableFrom: string;
  priceIndication_eur_m2?: number;
  limits?: PlotLimits;
  /** Bebauungsplan number/name, if one is modelled. */
  bplan?: string;
  contact: PlotContact;
  /** ISO date of the information (shown with every plot: stale entries are the main complaint). */
  asOf: string;
  /** Nearest access points by kind, computed by the build from real positions. */
  access: Partial<Record<AccessKind, AccessPoint>>;
  /** Road distances (same targets as `access`), when the build had a road graph. */
  road?: Partial<Record<AccessKind, RoadDistance>>;
  cadastre?: PlotCadastre;
  /** Which utilities are at the plot boundary. */
  utilities?: Partial<Record<Utility, boolean>>;
  restrictions?: Restriction[];
  /** Smallest part (m²) the plot can be divided into; absent: not divisible. */
  divisibleFrom_m2?: number;
  tradeTax?: TradeTax;
  /** Set only on a combination („zusammenhängend verfügbar“): the ids of its plots. */
  members?: string[];
}

/** Separator of member ids in a combination's id („GF-0012+GF-0013“). */
export const COMBINE_SEP = '+';

export interface RoadDistance {
  /** Shortest distance along the road graph, metres (rounded). */
  distance_m: number;
  /** Drive time at the stated speeds per road class, seconds (rounded). */
  time_s: number;
}

export type PlotGeometry = Polygon | MultiPolygon;
export type PlotFeature = Feature<PlotGeometry, PlotProperties>;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = 200): v is string =>
  typeof v === 'string' && v.trim() !== '' && v.length <= max && !/[\u0000-\u001f]/.test(v);
export const isIsoDate = (v: unknown): v is string =>
  typeof v === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(v) &&
  !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
  new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const isNumberIn = (v: unknown, lo: number, hi: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;

function isPosition(p: unknown): boolean {
  return (
    Array.isArray(p) && p.length >= 2 && isNumberIn(p[0], -180, 180) && isNumberIn(p[1], -90, 90)
  );
}
const isRings = (c: unknown) =>
  Array.isArray(c) &&
  c.length > 0 &&
  c.every((r) => Array.isArray(r) && r.length >= 4 && r.every(isPosition));

export function isPlotGeometry(g: unknown): g is PlotGeometry {
  if (!isObject(g)) return false;
  if (g.type === 'Polygon') return isRings(g.coordinates);
  if (g.type === 'MultiPolygon')
    return Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every(isRings);
  return false;
}

function readAccess(v: unknown): Partial<Record<AccessKind, AccessPoint>> | string {
  if (v === undefined) return {};
  if (!isObject(v)) return 'access';
  const out: Partial<Record<AccessKind, AccessPoint>> = {};
  for (const kind of ACCESS_KINDS) {
    const a = v[kind];
    if (a === undefined) continue;
    if (
      !isObject(a) ||
      !isText(a.name) ||
      !isNumberIn(a.distance_m, 0, 1e6) ||
      !isNumberIn(a.lon, -180, 180) ||
      !isNumberIn(a.lat, -90, 90)
    )
      return `access.${kind}`;
    out[kind] = { name: a.name, distance_m: a.distance_m, lon: a.lon, lat: a.lat };
  }
  return out;
}

export function readContact(v: unknown): PlotContact | null {
  if (!isObject(v) || !isText(v.name)) return null;
  const c: PlotContact = { name: v.name };
  for (const k of ['role', 'phone', 'email', 'url'] as const) {
    if (v[k] === undefined) continue;
    if (!isText(v[k])) return null;
    c[k] = v[k];
  }
  if (v.email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(String(v.email))) return null;
  if (v.url !== undefined && !/^https?:\/\//.test(String(v.url))) return null;
  if (v.model === true) c.model = true;
  return c;
}

function readRoad(v: unknown): Partial<Record<AccessKind, RoadDistance>> | null | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v)) return null;
  const out: Partial<Record<AccessKind, RoadDistance>> = {};
  for (const kind of ACCESS_KINDS) {
    const r = v[kind];
    if (r === undefined) continue;
    if (!isObject(r) || !isNumberIn(r.distance_m, 0, 1e6) || !isNumberIn(r.time_s, 0, 1e6))
      return null;
    out[kind] = { distance_m: r.distance_m, time_s: r.time_s };
  }
  return out;
}

function readCadastre(v: unknown): PlotCadastre | null | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v) || !isText(v.gemarkung, 60) || !isNumberIn(v.flur, 1, 999)) return null;
  if (typeof v.flurstueck !== 'string' || !/^\d{1,5}(\/\d{1,4})?$/.test(v.flurstueck)) return null;
  return { gemarkung: v.gemarkung, flur: v.flur, flurstueck: v.flurstueck };
}

function readUtilities(v: unknown): Partial<Record<Utility, boolean>> | null | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v)) return null;
  const out: Partial<Record<Utility, boolean>> = {};
  for (const k of UTILITIES) {
    if (v[k] === undefined) continue;
    if (typeof v[k] !== 'boolean') return null;
    out[k] = v[k];
  }
  return out;
}

function readTradeTax(v: unknown): TradeTax | null | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v) || !isNumberIn(v.percent, 200, 2000) || typeof v.model !== 'boolean')
    return null;
  const t: TradeTax = { percent: v.percent, model: v.model };
  if (v.source !== undefined) {
    if (!isText(v.source)) return null;
    t.source = v.source;
  }
  return t;
}

function readLimits(v: unknown): PlotLimits | null | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v)) return null;
  const l: PlotLimits = {};
  if (v.maxHeight_m !== undefined) {
    if (!isNumberIn(v.maxHeight_m, 0, 500)) return null;
    l.maxHeight_m = v.maxHeight_m;
  }
  if (v.grz !== undefined) {
    if (!isNumberIn(v.grz, 0, 1)) return null;
    l.grz = v.grz;
  }
  if (v.gfz !== undefined) {
    if (!isNumberIn(v.gfz, 0, 10)) return null;
    l.gfz = v.gfz;
  }
  return l;
}

/** Checks one plot's properties; returns them (unknown keys dropped) or the first bad field. */
export function readPlotProperties(p: unknown): PlotProperties | string {
  if (!isObject(p)) return 'properties';
  if (!isText(p.id, 64)) return 'id';
  if (!isText(p.estate)) return 'estate';
  if (!isNumberIn(p.area_m2, 1, 1e8)) return 'area_m2';
  if (!(ZONINGS as readonly unknown[]).includes(p.zoning)) return 'zoning';
  if (!(PLOT_STATUSES as readonly unknown[]).includes(p.status)) return 'status';
  if (!isIsoDate(p.availableFrom)) return 'availableFrom';
  if (!isIsoDate(p.asOf)) return 'asOf';
  if (p.priceIndication_eur_m2 !== undefined && !isNumberIn(p.priceIndication_eur_m2, 0, 1e5))
    return 'priceIndication_eur_m2';
  if (p.bplan !== undefined && !isText(p.bplan)) return 'bplan';
  const contact = readContact(p.contact);
  if (!contact) return 'contact';
  const limits = readLimits(p.limits);
  if (limits === null) return 'limits';
  const access = readAccess(p.access);
  if (typeof access === 'string') return access;
  const road = readRoad(p.road);
  if (road === null) return 'road';
  const cadastre = readCadastre(p.cadastre);
  if (cadastre === null) return 'cadastre';
  const utilities = readUtilities(p.utilities);
  if (utilities === null) return 'utilities';
  const restrictions = p.restrictions;
  if (
    restrictions !== undefined &&
    (!Array.isArray(restrictions) ||
      !restrictions.every((r) => (RESTRICTIONS as readonly unknown[]).includes(r)))
  )
    return 'restrictions';
  if (p.divisibleFrom_m2 !== undefined && !isNumberIn(p.divisibleFrom_m2, 1, 1e8))
    return 'divisibleFrom_m2';
  const tradeTax = readTradeTax(p.tradeTax);
  if (tradeTax === null) return 'tradeTax';
  const out: PlotProperties = {
    id: p.id,
    estate: p.estate,
    area_m2: p.area_m2,
    zoning: p.zoning as Zoning,
    status: p.status as PlotStatus,
    availableFrom: p.availableFrom,
    contact,
    asOf: p.asOf,
    access
  };
  if (p.priceIndication_eur_m2 !== undefined) out.priceIndication_eur_m2 = p.priceIndication_eur_m2;
  if (limits) out.limits = limits;
  if (p.bplan !== undefined) out.bplan = p.bplan;
  if (road) out.road = road;
  if (cadastre) out.cadastre = cadastre;
  if (utilities) out.utilities = utilities;
  if (restrictions !== undefined) out.restrictions = [...(restrictions as Restriction[])];
  if (p.divisibleFrom_m2 !== undefined) out.divisibleFrom_m2 = p.divisibleFrom_m2 as number;
  if (tradeTax) out.tradeTax = tradeTax;
  return out;
}

/**
 * Checks a parsed plots.geojson and returns its plots. Throws a PlanDataError with a German
 * message naming the plot and the field; nothing unchecked reaches the UI.
 */
export function parsePlots(json: unknown, source = 'plots.geojson'): PlotFeature[] {
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features))
    throw new PlanDataError(bilingual('data.plotsNotCollection', { source }), source);
  const seen = new Set<string>();
  return json.features.map((f: unknown, i: number) => {
    const where = bilingual('data.plot', { source, n: i + 1 });
    if (!isObject(f) || f.type !== 'Feature')
      throw new PlanDataError(bilingual('data.plotNotFeature', { where }), source);
    if (!isPlotGeometry(f.geometry))
      throw new PlanDataError(bilingual('data.plotGeometry', { where }), source);
    const props = readPlotProperties(f.properties);
    const id = isObject(f.properties) && isText(f.properties.id) ? f.properties.id : null;
    if (typeof props === 'string')
      throw new PlanDataError(bilingual('data.plotField', { where, field: props }), source, id);
    if (seen.has(props.id))
      throw new PlanDataError(
        bilingual('data.plotDuplicate', { where, id: props.id }),
        source,
        props.id
      );
    seen.add(props.id);
    return { type: 'Feature', geometry: f.geometry, properties: props };
  });
}

/** The plot finder's choices (the `plots` variant of the viewer's mode). */
export const PLOT_SORTS = ['size', 'a4', 'bahnhof', 'haltestelle', 'available'] as const;
export type PlotSort = (typeof PLOT_SORTS)[number];
export const PLOT_WITHIN = ['alle', 'ansicht', 'region'] as const;
export type PlotWithin = (typeof PLOT_WITHIN)[number];

export interface PlotsChoice {
  /** Size range in m² (null: open). */
  minM2: number | null;
  maxM2: number | null;
  /** Unit the size fields are shown in. */
  unit: 'm2' | 'ha';
  /** Zonings shown; empty: all. */
  zoning: Zoning[];
  estate: string | null;
  /** Statuses shown; empty: all. */
  status: PlotStatus[];
  /** Only plots available on or before this ISO date. */
  availableBy: string | null;
  /** Maximum straight-line distances in metres. */
  maxA4_m: number | null;
  maxRail_m: number | null;
  maxStop_m: number | null;
  within: PlotWithin;
  sort: PlotSort;
  desc: boolean;
  /** The selected plot's id (a combination: member ids joined by „+“). */
  plot: string | null;
  /** „zusammenhängend verfügbar“: also offer adjacent available plots of an estate together. */
  combine: boolean;
  /** The „Merkliste“: plot or combination ids, at most MAX_SAVED. */
  saved: string[];
}

/** The Merkliste compares at most this many entries side by side. */
export const MAX_SAVED = 5;
