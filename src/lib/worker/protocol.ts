import type { Balance } from '../geo/engine';
import type { PlanFilter } from '../geo/filter';
import type { RegionGeometry } from '../geo/region';
import type { LoadedFeature, PlanMeta } from '../plan/types';
import type { ImportReport } from '../xplan';

/** Messages to the plan worker. Every request carries an id; replies echo it. */
export type WorkerRequest =
  | { type: 'index'; id: number; features: LoadedFeature[]; more?: boolean }
  | { type: 'balance'; id: number; region: RegionGeometry | null; filter: PlanFilter }
  | { type: 'import'; id: number; fileName: string; data: ArrayBuffer };

export type WorkerReply =
  | { type: 'indexed'; id: number }
  | { type: 'balance'; id: number; balance: Balance }
  | { type: 'progress'; id: number; fraction: number }
  /** Part of an import's features, sent ahead of 'imported' (see plan.worker.ts). */
  | { type: 'features'; id: number; features: LoadedFeature[] }
  | {
      type: 'imported';
      id: number;
      features: LoadedFeature[];
      meta: PlanMeta;
      report: ImportReport;
    }
  | { type: 'error'; id: number; message: string; messageEn: string };
