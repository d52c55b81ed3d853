import type { Balance } from '../geo/engine';
import type { PlanFilter } from '../geo/filter';
import type { RegionGeometry } from '../geo/region';
import type { LoadedFeature } from '../plan/types';
import type { CompareProtocol, Loaded, Opened, PlanProtocol } from './protocol';
import { WorkerClient, type WorkerLike } from './rpc';
import { decodeFeatures } from '../geo/compact-features';
import { FeatureFacts, rememberFacts } from '../plan/feature-facts';
import type { OverlayResult } from '../geo/overlay';

export type { Opened } from './protocol';

/**
 * A balance query running longer than this is not waited for when a newer one arrives: the
 * worker is stopped and started again (with the plan re-indexed) instead of queueing behind it.
 */
const SUPERSEDE_AFTER_MS = 250;

/** Features per 'index' call of a large plan (a few ms to copy each). */
const INDEX_PART = 2000;

/** The plan a restarted worker loads again: features given by the page, or a file by URL. */
type PlanState = LoadedFeature[] | { url: string; file: string };

/** The plan worker (worker/plan-handlers.ts): one per page, one per opened file, one for the plot finder. */
export class PlanWorker extends WorkerClient<PlanProtocol> {
  /** The features last indexed or the plan last loaded, to load again after a restart. */
  private plan: PlanState | null = null;

  constructor(
    spawn: () => WorkerLike = () =>
      new Worker(new URL('./plan.worker.ts', import.meta.url), { type: 'module' })
  ) {
    super(spawn);
  }

  protected override restore(): void {
    const plan = this.plan;
    if (Array.isArray(plan)) void this.index(plan).catch(() => {});
    else if (plan) void this.load(plan.url, plan.file).catch(() => {});
  }

  /**
   * Indexes a plan given with its features. The features go in parts of INDEX_PART, each sent
   * after the previous one was received: copying a whole large plan into the worker in one go
   * would block the page for seconds. Other calls wait until the last part is in.
   */
  index(features: readonly LoadedFeature[]): Promise<void> {
    const sending = this.sendIndex(features as LoadedFeature[]);
    this.hold(sending);
    return sending;
  }

  private async sendIndex(features: LoadedFeature[]): Promise<void> {
    this.plan = null;
    if (features.length <= INDEX_PART) {
      const sent = this.post('index', { features });
      this.plan = features;
      return sent;
    }
    for (let i = 0; i < features.length; i += INDEX_PART) {
      const sent = this.post('index', {
        features: features.slice(i, i + INDEX_PART),
        more: i + INDEX_PART < features.length
      });
      this.plan = features;
      await sent;
    }
  }

  /**
   * Lets the worker fetch plan.geojson itself, check it, measure areas without a stored
   * `area_m2` and build the index. Fails with a `PlanLoadError` like `loadPlan`. Other calls
   * wait for it.
   */
  load(url: string, file: string): Promise<Loaded> {
    this.plan = null;
    const loading = this.post('load', { url, file });
    this.plan = { url, file };
    this.hold(loading);
    return loading;
  }

  /**
   * Takes over `other`'s worker, which holds a plan opened from disk (see `open`), and stops
   * this one's: the plan shown before stays in this worker until the opened one is complete, so
   * „Abbrechen“ before this call leaves it untouched. `plan` is the opened plan's GeoJSON by
   * URL, to load again should a long query make the worker restart.
   */
  adoptOpened(other: PlanWorker, plan: { url: string; file: string }): void {
    this.adopt(other);
    this.plan = plan;
  }

  /** The plan the worker loaded, copied to this thread (geometry decoded on access). */
  async features(): Promise<LoadedFeature[]> {
    const features: LoadedFeature[] = [];
    const facts = new FeatureFacts();
    await this.request('features', undefined, {
      // Made and appended in the part's own task: 200,000 areas at the end would be one long task.
      update: (part) => {
        const decoded = decodeFeatures(part);
        for (const f of decoded) features.push(f);
        facts.add(decoded);
      }
    });
    rememberFacts(features, facts);
    return features;
  }

  /** A newer query supersedes an older one (a long-running one restarts the worker). */
  balance(region: RegionGeometry | null, filter: PlanFilter): Promise<Balance> {
    return this.request(
      'balance',
      { region, filter },
      { supersede: { restartAfter: SUPERSEDE_AFTER_MS } }
    );
  }

  /**
   * Parses an opened file (XPlanGML or GeoJSON) off the main thread, with progress 0..1; the
   * worker keeps and indexes the plan (take it over with `adoptOpened`, its areas with `features`).
   */
  open(fileName: string, data: Blob, grid: string, progress: (f: number) => void): Promise<Opened> {
    return this.request('import', { fileName, data, grid }, { update: progress });
  }

  /** The id of the area at (lon, lat), or null (a click on a large plan's overview). */
  areaAt(lon: number, lat: number): Promise<string | null> {
    return this.request('pick', { lon, lat });
  }

  /** A vector tile of a plan shown with an overview, as MVT bytes (see worker/plan-tiles.ts). */
  tile(z: number, x: number, y: number): Promise<ArrayBuffer> {
    return this.request('tile', { z, x, y });
  }
}

/**
 * The compare worker (worker/compare-handlers.ts). `cancel()` stops whatever runs (an overlay
 * of two large plans, reading a file) by terminating the worker; the next call starts a new one
 * and sends the area sets again.
 */
export class CompareWorker extends WorkerClient<CompareProtocol> {
  private sets: { before: LoadedFeature[]; after: LoadedFeature[] } | null = null;

  constructor(
    spawn: () => WorkerLike = () =>
      new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' })
  ) {
    super(spawn);
  }

  protected override restore(): void {
    if (this.sets) void this.post('set', this.sets).catch(() => {});
  }

  /** Indexes the earlier and the later area set (kept for a restarted worker). */
  set(before: LoadedFeature[], after: LoadedFeature[]): Promise<void> {
    const done = this.request('set', { before, after });
    this.sets = { before, after };
    return done;
  }

  /** A newer query supersedes an older one (not waited for; the worker keeps running). */
  balance(region: RegionGeometry | null, filter: PlanFilter) {
    return this.request('balance', { region, filter }, { supersede: {} });
  }

  overlay(progress: (f: number) => void): Promise<OverlayResult> {
    return this.request('overlay', undefined, { update: progress });
  }

  open(fileName: string, data: ArrayBuffer, grid: string, progress: (f: number) => void) {
    return this.request('import', { fileName, data, grid }, { update: progress, transfer: [data] });
  }

  override terminate(): void {
    this.sets = null;
    super.terminate();
  }
}
