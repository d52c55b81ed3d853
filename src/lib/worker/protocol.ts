import type { Balance } from '../geo/engine';
import type { BBox } from '../geo/bounds';
import type { PlanFilter } from '../geo/filter';
import type { OverlayResult } from '../geo/overlay';
import type { RegionGeometry } from '../geo/region';
import type { LoadedFeature, PlanLineFeature, PlanMeta } from '../plan/types';
import type { ImportReport } from '../xplan';
import type { CompactPart } from '../geo/compact-features';

/** A Flächenbilanz query: a region (null: the whole plan) and the filter. */
export interface BalanceArgs {
  region: RegionGeometry | null;
  filter: PlanFilter;
}

/** A plan the worker fetched by URL, checked, measured and indexed. */
export interface Loaded {
  count: number;
  bounds: BBox | null;
  /** Areas without a stored `area_m2`, measured by the worker. */
  measured: number;
  /** When areas were measured: the plan as UTF-8 GeoJSON with `area_m2`, for the map. */
  measuredGeoJson: ArrayBuffer | null;
}

/** A plan opened from disk, imported and indexed by the worker that read it, which keeps it. */
export interface Opened {
  count: number;
  bounds: BBox | null;
  meta: PlanMeta;
  report: ImportReport;
  /** The plan as GeoJSON with `area_m2` and numeric ids, for MapLibre (by Blob URL). */
  geojson: Blob;
  /** Baugrenzen and Baulinien of a Bebauungsplan (empty for other plans). */
  lines: PlanLineFeature[];
  /** A very large plan's coarse overview for low zooms (PNG), or null. */
  overview: { image: Blob; bounds: BBox; minzoom: number } | null;
  /** An XPlanArchiv's georeferenced raster plans (meta.rasters with corners): their images. */
  rasters: { referenzURL: string; image: Blob }[];
}

/** The plan worker (worker/plan-handlers.ts): kind → [arguments, result, update]. */
export type PlanProtocol = {
  /** A plan given with its features; a large one in parts (`more`), its index built at the last. */
  index: [{ features: LoadedFeature[]; more?: boolean }, void];
  /** The worker fetches plan.geojson itself (in parallel with MapLibre's worker). */
  load: [{ url: string; file: string }, Loaded];
  /** The loaded plan's features for the page's one copy, in compact parts; the result is their number. */
  features: [void, number, CompactPart];
  balance: [BalanceArgs, Balance];
  /** An opened file (a File is a Blob): the worker reads its bytes, the page never does. Progress 0..1. */
  /** `grid`: the BeTA2007 grid's URL (static/grids/), fetched once for DHDN plans. */
  import: [{ fileName: string; data: Blob; grid: string }, Opened, number];
  /** The area at a point (a click on a very large plan's overview, see geo/overview.ts). */
  pick: [{ lon: number; lat: number }, string | null];
  /** A vector tile of a very large plan as MVT bytes (see worker/plan-tiles.ts). */
  tile: [{ z: number; x: number; y: number }, ArrayBuffer];
};

/** The compare worker (comparison mode): kind → [arguments, result, update]. */
export type CompareProtocol = {
  /** The earlier and the later area set, indexed. */
  set: [{ before: LoadedFeature[]; after: LoadedFeature[] }, void];
  balance: [BalanceArgs, { before: Balance; after: Balance }];
  /** The overlay of the two sets, with progress 0..1. */
  overlay: [void, OverlayResult, number];
  /** A second plan opened from disk, with progress 0..1. */
  import: [
    { fileName: string; data: ArrayBuffer; grid: string },
    { features: LoadedFeature[]; title: string },
    number
  ];
};
