import type { Feature, MultiPolygon, Polygon } from 'geojson';

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
  /**
   * Where the values come from when a Bebauungsplan fixes them (the plot lies in one of its
   * areas, plan/parts.ts): its number and whether it is a model. Absent: the estate's model.
   */
  from?: { number: string; model: boolean };
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

/** A calendar date as YYYY-MM-DD that exists. */
export const isIsoDate = (v: unknown): v is string =>
  typeof v === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(v) &&
  !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
  new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

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
