/** What a reader (XPlanGML or GeoJSON) hands to the importer: features in WGS84 and findings. */
import type { MultiPolygon, Polygon } from 'geojson';
import type { PlanLineProperties, PlanProperties, TextAbschnitt } from '../plan/types';
import { CoordPool, type CompactGeometry } from './compact';
import type { RasterReference } from './raster';
import type { FeatureProblem } from './problems';

export interface PlanInfo {
  gmlId: string;
  xplanClass: string;
  name: string | null;
  nummer: string | null;
  municipality: string | null;
  ags: string | null;
  rs: string | null;
  planArt: string | null;
  rechtsstand: string | null;
  /** ISO dates from FP_Plan (wirksamkeitsDatum, planbeschlussDatum, …). */
  dates: Record<string, string>;
  /** räumlicher Geltungsbereich in WGS84, if present. */
  geltungsbereich: Polygon | MultiPolygon | null;
}

export interface SkippedCounts {
  point: number;
  line: number;
  /** No geometry (plan, Bereich, text sections, presentation objects without position). */
  none: number;
  other: number;
}

/** One area feature as read: its properties and compact, full-precision WGS84 geometry. */
export interface ParsedFeature {
  properties: PlanProperties;
  geometry: CompactGeometry;
  /** Line in the file where the feature starts (0 for GeoJSON). */
  line: number;
  /** Ellipsoidal area in m² from the unrounded coordinates; set by importPlan after the checks. */
  area: number;
  /** gml:ids of the text sections it refers to (refTextInhalt); resolved when the file is read. */
  textRefs?: string[];
}

/** One line feature as read (Baugrenze, Baulinie): WGS84 [lon, lat, lon, lat, …] per part. */
export interface ParsedLine {
  properties: PlanLineProperties;
  parts: number[][];
  line: number;
}

export interface ParsedXPlan {
  version: string;
  /** e.g. "EPSG:25832"; the CRS of the first geometry (mixed CRSs are reprojected each). */
  sourceCrs: string | null;
  crsUsed: string[];
  /** The file's (first) plan object: FP_Plan, BP_Plan, RP_Plan, LP_Plan or SO_Plan. */
  plan: PlanInfo | null;
  /** Further plan objects after the first (a file may hold several plans). */
  otherPlans: string[];
  /** Lines with a category of their own (Baugrenze, Baulinie). */
  lines: ParsedLine[];
  /** Text sections (*_TextAbschnitt) by gml:id. */
  texts: Map<string, TextAbschnitt>;
  /** Raster plans named by refScan (image and world file). */
  rasters: RasterReference[];
  features: ParsedFeature[];
  /** Where the features' coordinates are stored. */
  pool: CoordPool;
  skipped: Record<string, SkippedCounts>;
  problems: FeatureProblem[];
  notes: { de: string; en: string }[];
  bytes: number;
}

/** A result with nothing read yet. */
export function emptyParsed(bytes: number): ParsedXPlan {
  return {
    version: '',
    sourceCrs: null,
    crsUsed: [],
    plan: null,
    otherPlans: [],
    lines: [],
    texts: new Map(),
    rasters: [],
    features: [],
    pool: new CoordPool(),
    skipped: {},
    problems: [],
    notes: [],
    bytes
  };
}

/** Counts an object of class `cls` that is not imported, by its kind of geometry. */
export function countSkipped(result: ParsedXPlan, cls: string, kind: keyof SkippedCounts): void {
  const s = (result.skipped[cls] ??= { point: 0, line: 0, none: 0, other: 0 });
  s[kind]++;
}
