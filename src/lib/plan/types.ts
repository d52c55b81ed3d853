import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon
} from 'geojson';
import type { CategoryCode } from './categories';

/** `bestand`: already designated in the previous FNP (1999); `neu`: newly designated in 2025. */
export type Status = 'bestand' | 'neu';
export const STATUSES: readonly Status[] = ['bestand', 'neu'];

/** One Höhenangabe of a Bebauungsplan (XP_Hoehenangabe): heights in metres, codes as written. */
export interface Hoehenangabe {
  /** hoehenbezug code: 1000 NHN, 2000 über Gelände, 2500 über Gehweg, 3500 über Straße … */
  bezug?: string;
  /** bezugspunkt code: 1000 Traufhöhe, 2000 Firsthöhe, 3000 Oberkante, 6500 Wandhöhe … */
  punkt?: string;
  h?: number;
  hMin?: number;
  hMax?: number;
  hZwingend?: number;
}

/** The numeric fields of BauFestsetzungen (the importer reads them, the viewer checks them). */
export const BAU_NUMBER_KEYS = [
  'GRZ',
  'GRZmin',
  'GRZmax',
  'GFZ',
  'GFZmin',
  'GFZmax',
  'BMZ',
  'GR',
  'GRmin',
  'GRmax',
  'GF',
  'GFmin',
  'GFmax',
  'Z',
  'Zmin',
  'Zmax',
  'Zzwingend',
  'ZU',
  'DN',
  'DNmin',
  'DNmax',
  'MaxZahlWohnungen'
] as const;

/**
 * Maß der baulichen Nutzung, Bauweise and roof of an area (BauNVO §§ 16–22), as a Bebauungsplan
 * (BP_BaugebietsTeilFlaeche …) or an FNP (GFZ) fixes it. Numbers as in the plan; codes as
 * written (XPlanung code lists). Absent where the plan says nothing.
 */
export interface BauFestsetzungen {
  GRZ?: number;
  GRZmin?: number;
  GRZmax?: number;
  GFZ?: number;
  GFZmin?: number;
  GFZmax?: number;
  BMZ?: number;
  /** m² */
  GR?: number;
  GRmin?: number;
  GRmax?: number;
  /** m² */
  GF?: number;
  GFmin?: number;
  GFmax?: number;
  /** Vollgeschosse: höchstens Z, mindestens Zmin, Zmin bis Zmax, zwingend Zzwingend. */
  Z?: number;
  Zmin?: number;
  Zmax?: number;
  Zzwingend?: number;
  /** Vollgeschosse unter der Geländeoberfläche (höchstens). */
  ZU?: number;
  /** Dachneigung in Grad. */
  DN?: number;
  DNmin?: number;
  DNmax?: number;
  MaxZahlWohnungen?: number;
  /** bauweise code: 1000 offen, 2000 geschlossen, 3000 abweichend. */
  bauweise?: string;
  /** bebauungsArt code: 1000 Einzelhäuser, 2000 Einzel- und Doppelhäuser, … */
  bebauungsArt?: string;
  /** dachform codes (1000 Flachdach, 3100 Satteldach …). */
  dachform?: string[];
  hoehen?: Hoehenangabe[];
}

/** A text section (textliche Festsetzung) that an area refers to (XPlanung *_TextAbschnitt). */
export interface TextAbschnitt {
  /** e.g. "§2 Nr.1"; null where the plan gives none. */
  schluessel: string | null;
  text: string;
}

/** Properties of one area (Fläche) as stored in `data/<plan-id>/plan.geojson`. */
export interface PlanProperties {
  /** Stable identifier (gml:id for imported plans). */
  id: string;
  category: CategoryCode;
  status: Status;
  /** Category in the previous plan; null where the area was not designated there. */
  previous: CategoryCode | null;
  /** Stadtteil the area lies in (by its interior point); null if unknown. */
  district: string | null;
  /** Proper name, e.g. "Im Rossfeld"; null for most areas. */
  name: string | null;
  /** XPlanung class of imported features, e.g. "FP_BebauungsFlaeche". */
  xplanClass?: string;
  /** XPlanung code values of imported features, e.g. { allgArtDerBaulNutzung: "1000" }. */
  codes?: Record<string, string>;
  /** Overlay (not part of the Flächenschluss): shown and listed, never counted in a balance. */
  overlay?: boolean;
  /** Maß der baulichen Nutzung, Bauweise, Dach, Höhen (Bebauungsplan: the Nutzungsschablone). */
  bau?: BauFestsetzungen;
  /** The textliche Festsetzungen the area refers to (refTextInhalt), in the plan's order. */
  texte?: TextAbschnitt[];
  /**
   * Ellipsoidal (WGS84) area in m², stored by the data build and the importer from the
   * full-precision geometry (before coordinates are rounded); recomputed where missing.
   */
  area_m2?: number;
}

export type PlanGeometry = Polygon | MultiPolygon;

/** A line of a plan (Baugrenze, Baulinie) as stored in `data/<plan-id>/lines.geojson`. */
export interface PlanLineProperties {
  id: string;
  /** A line category of the table (`line: true`). */
  category: CategoryCode;
  xplanClass: string;
  name: string | null;
}
export type PlanLineFeature = Feature<MultiLineString, PlanLineProperties>;
export type PlanFeature = Feature<PlanGeometry, PlanProperties>;

/** A feature as the viewer holds it after loading: its area (stored or computed once) carried along. */
export interface LoadedProperties extends PlanProperties {
  /** Ellipsoidal (WGS84) area in square metres, from the file or computed at load time. */
  area_m2: number;
}
export type LoadedFeature = Feature<PlanGeometry, LoadedProperties>;

export interface Attribution {
  /** What the attribution covers, e.g. "Stadtgrenze". */
  subject: string;
  text: string;
  licence: string;
  url?: string;
}

/** `data/<plan-id>/plan.json`: what the plan is and where it comes from. */
export interface PlanMeta {
  id: string;
  title: string;
  municipality: string;
  /** Amtlicher Gemeindeschlüssel (AGS), e.g. "05358008". */
  ags?: string;
  /** ISO dates of the legal steps, e.g. { beschluss: "2024-12-11" }. */
  dates?: Record<string, string>;
  /** True for a modelled plan that is not the legally binding one. */
  model: boolean;
  notice?: { de: string; en: string };
  /** CRS of the source data, e.g. "EPSG:25832". */
  sourceCrs?: string;
  sources: { title: string; url?: string; date?: string }[];
  attributions: Attribution[];
  /** Which optional layer files exist next to plan.geojson. */
  layers?: {
    boundary?: string;
    districts?: string;
    places?: string;
    innovationsquartier?: string;
    /** Baugrenzen and Baulinien of an imported Bebauungsplan (PlanLineFeature). */
    lines?: string;
  };
  [key: string]: unknown;
}

/** West, south, east, north in degrees. */
export type BBox = [number, number, number, number];

/** An overview as the page shows it (`Plan.overview`): the image by (Blob) URL. */
export interface PlanOverview {
  url: string;
  bounds: BBox;
  minzoom: number;
}

/**
 * A raster plan (scanned plan, XP_Rasterdarstellung / refScan) as the map draws it under the
 * areas: the image by URL and its corners in WGS84 [lon, lat] (top left, top right, bottom
 * right, bottom left), as a MapLibre image source wants them.
 */
export interface PlanRaster {
  /** The image's name in the plan (referenzURL), for legend and notices. */
  name: string;
  url: string;
  corners: [[number, number], [number, number], [number, number], [number, number]];
}

/**
 * A shown plan: the one set of features every view is computed from. A plan loaded by URL
 * starts with its metadata alone (the map reads the areas by URL, the plan worker fetches and
 * indexes them); the main thread gets its one parsed copy of `features` once the map has drawn.
 */
export interface Plan {
  meta: PlanMeta;
  /** Every area with its geometry; empty until the plan is `ready` (see state/plan-load.ts). */
  features: LoadedFeature[];
  /** Extent: plan.json's `bbox` (added at build time) before the areas are read. */
  bounds: BBox | null;
  /**
   * Where MapLibre reads the areas: an absolute URL (its own worker fetches and parses it) or,
   * for a plan that exists only in this page (a file opened from disk), the features themselves.
   */
  source: string | FeatureCollection<PlanGeometry, LoadedProperties>;
  boundary: FeatureCollection<Polygon | MultiPolygon> | null;
  districts: FeatureCollection<Polygon | MultiPolygon, { name: string }> | null;
  places: FeatureCollection<Point, { name: string; kind?: string }> | null;
  innovationsquartier: FeatureCollection<Polygon | MultiPolygon, { name: string }> | null;
  /** A very large plan opened from disk: its coarse image for low zooms (geo/overview.ts). */
  overview?: PlanOverview | null;
  /** A Bebauungsplan's Baugrenzen and Baulinien (PlanZV lines on the map), if it has any. */
  lines?: FeatureCollection<MultiLineString, PlanLineProperties> | null;
  /** Georeferenced raster plans, drawn under the areas with their own opacity. */
  rasters?: PlanRaster[];
  /**
   * An XPlanArchiv opened from disk (the File, a handle, not its bytes): its attachments
   * (meta.archive.attachments) are read from it when the user opens one.
   */
  archiveFile?: Blob | null;
  /**
   * An imported plan's archive documents (Begründung, Umweltbericht …) that the importer wrote
   * beside plan.json (anlagen/<name>): name in the archive, size and URL.
   */
  attachments?: { name: string; bytes: number; url: string }[];
}
