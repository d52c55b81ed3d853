import type { Balance } from '../geo/engine';
import type { BBox } from '../geo/bounds';
import type { PlanFilter } from '../geo/filter';
import type { RegionGeometry } from '../geo/region';
import type { LoadedFeature, PlanMeta } from '../plan/types';
import type { ImportReport } from '../xplan';

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
  | { type: 'import'; id: number; fileName: string; data: ArrayBuffer };

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
  /** Part of the plan's features, sent ahead of 'sent' (the answer to 'features') or 'imported'. */
  | { type: 'features'; id: number; features: LoadedFeature[] }
  | { type: 'sent'; id: number; count: number }
  | { type: 'balance'; id: number; balance: Balance }
  | { type: 'progress'; id: number; fraction: number }
  | {
      type: 'imported';
      id: number;
      features: LoadedFeature[];
      meta: PlanMeta;
      report: ImportReport;
    }
  | {
      type: 'error';
      id: number;
      message: string;
      messageEn: string;
      load?: LoadFailure;
      /** An unexpected failure while reading this opened file (worded by the client). */
      unexpected?: string;
    };
