import type { Balance } from '../geo/engine';
import type { BBox } from '../geo/bounds';
import type { PlanFilter } from '../geo/filter';
import type { RegionGeometry } from '../geo/region';
import type { LoadedFeature, PlanMeta } from '../plan/types';
import type { ImportReport } from '../xplan';
import type { CompactPart } from '../geo/compact-features';

/** Why a plan file could not be read by URL (mirrors `PlanLoadError` in state/load.ts). */
export interface LoadFailure {
  reason: 'http' | 'network' | 'json' | 'data';
  file: string;
  status: number;
}

/** Messages to the plan worker. Every request carries an id; replies echo it. */
export type WorkerRequest =
  | { type: 'index'; id: number; features: LoadedFeature[]; more?: boolean }
  // The worker fetches and parses plan.geojson itself (in parallel with MapLibre's worker),
  // checks and measures it and builds the index.
  | { type: 'load'; id: number; url: string; file: string }
  // The loaded plan's features, for the main thread's one copy (asked for after the first map).
  | { type: 'features'; id: number }
  | { type: 'balance'; id: number; region: RegionGeometry | null; filter: PlanFilter }
  // An opened file (a File is a Blob): the worker reads its bytes, the page never does.
  | { type: 'import'; id: number; fileName: string; data: Blob }
  // The area at a point (a click on a very large plan's overview, see geo/overview.ts).
  | { type: 'pick'; id: number; lon: number; lat: number }
  // A vector tile of a very large plan (see worker/plan-tiles.ts).
  | { type: 'tile'; id: number; z: number; x: number; y: number };

export type WorkerReply =
  | { type: 'indexed'; id: number }
  | {
      type: 'loaded';
      id: number;
      count: number;
      bounds: BBox | null;
      /** Areas without a stored `area_m2`, measured by the worker. */
      measured: number;
      /** When areas were measured: the plan as UTF-8 GeoJSON with `area_m2`, for the map. */
      measuredGeoJson: ArrayBuffer | null;
    }
  /** Part of the plan's features in compact form, sent ahead of 'sent' (the answer to 'features'). */
  | { type: 'features'; id: number; part: CompactPart }
  | { type: 'sent'; id: number; count: number }
  | { type: 'balance'; id: number; balance: Balance }
  | { type: 'progress'; id: number; fraction: number }
  /** A plan opened from disk, imported and indexed by this worker, which keeps it. */
  | {
      type: 'opened';
      id: number;
      count: number;
      bounds: BBox | null;
      meta: PlanMeta;
      report: ImportReport;
      /** The plan as GeoJSON with `area_m2` and numeric ids, for MapLibre (by Blob URL). */
      geojson: Blob;
      /** A very large plan's coarse overview for low zooms (PNG), or null. */
      overview: { image: Blob; bounds: BBox; minzoom: number } | null;
    }
  | { type: 'picked'; id: number; area: string | null }
  | { type: 'tile'; id: number; data: ArrayBuffer }
  | {
      type: 'error';
      id: number;
      message: string;
      messageEn: string;
      load?: LoadFailure;
      /** An unexpected failure while reading this opened file (worded by the client). */
      unexpected?: string;
    };
