import type { Balance } from '../geo/engine';
import type { PlanFilter } from '../geo/filter';
import type { RegionGeometry } from '../geo/region';
import type { OverlayResult } from '../geo/overlay';
import type { LoadedFeature } from '../plan/types';

/** Messages to the compare worker (comparison mode). Every request carries an id; replies echo it. */
export type CompareRequest =
  | { type: 'set'; id: number; before: LoadedFeature[]; after: LoadedFeature[] }
  | { type: 'balance'; id: number; region: RegionGeometry | null; filter: PlanFilter }
  | { type: 'overlay'; id: number }
  | { type: 'import'; id: number; fileName: string; data: ArrayBuffer };

export type CompareReply =
  | { type: 'ready'; id: number }
  | { type: 'balance'; id: number; before: Balance; after: Balance }
  | { type: 'overlay'; id: number; result: OverlayResult }
  | { type: 'imported'; id: number; features: LoadedFeature[]; title: string }
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'error'; id: number; message: string; messageEn: string };
