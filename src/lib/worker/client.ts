import type { Balance } from '../geo/engine';
import type { PlanFilter } from '../geo/filter';
import { RegionError, type RegionGeometry } from '../geo/region';
import type { LoadedFeature } from '../plan/types';
import type { WorkerReply, WorkerRequest } from './protocol';
import { bilingual, errorDetail, type Bilingual } from '../i18n';
import { PlanLoadError } from '../state/load';
import { decodeFeatures } from '../geo/compact-features';
import { FeatureFacts, rememberFacts } from '../plan/feature-facts';

type Loaded = Extract<WorkerReply, { type: 'loaded' }>;

/** A plan opened from disk, kept and indexed by the worker that imported it. */
export type Opened = Extract<WorkerReply, { type: 'opened' }>;
/** The answer to 'features' once every part has arrived (made on this side, see `listen`). */
type Assembled = { type: 'assembled'; id: number; features: LoadedFeature[] };
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** An error from the worker, in both UI languages. */
export class WorkerError extends Error {
  constructor(
    message: string,
    readonly messageEn: string
  ) {
    super(message);
  }
}

/** A worker error (German and English from the importer or engine) or anything else, for a notice. */
/**
 * The message for people about any error: a worker's own (German and English) texts, a failed
 * load worded by its reason, anything else by its message in a German frame — never a class
 * name („PlanLoadError: Not Found“, „TypeError: …“).
 */
export function errorText(e: unknown): Bilingual {
  if (e instanceof WorkerError) return { de: e.message, en: e.messageEn };
  if (e instanceof PlanLoadError) return loadErrorText(e);
  // Region texts are German (core has no English for them); shown as they are in both.
  if (e instanceof RegionError) return { de: e.message, en: e.message };
  return bilingual('hostile.internal', { detail: errorDetail(e) });
}

/** The message for a failed load, in every language. */
export function loadErrorText(e: unknown): Bilingual {
  if (!(e instanceof PlanLoadError)) return bilingual('error.load', { detail: errorDetail(e) });
  const detail =
    e.reason === 'http'
      ? bilingual('error.loadHttp', { file: e.file, status: e.status })
      : e.reason === 'network'
        ? bilingual('error.loadNetwork', { file: e.file })
        : e.reason === 'json'
          ? bilingual('error.loadJson', { file: e.file })
          : e.message;
  return bilingual('error.load', { detail });
}

/** A request given up: cancelled by the user or superseded by a newer query. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

/**
 * A balance query running longer than this is not waited for when a newer one arrives: the
 * worker is stopped and started again (with the plan re-indexed) instead of queueing behind it.
 */
const SUPERSEDE_AFTER_MS = 250;

/** Features per 'index' message of a large plan (a few ms to copy each). */
const INDEX_PART = 2000;

/** Promise-based access to the plan worker (one per page). */
export class PlanWorker {
  private worker!: Worker;
  private nextId = 1;
  private pending = new Map<
    number,
    {
      resolve: (r: WorkerReply | Assembled) => void;
      reject: (e: Error) => void;
      progress?: (f: number) => void;
      /** Features received in parts ahead of a 'sent' reply, appended as each part arrives. */
      parts?: LoadedFeature[];
      /** What the panels ask of every area, gathered part by part alongside `parts`. */
      facts?: FeatureFacts;
    }
  >();
  /** The features last indexed or the plan last loaded, to load again after a restart. */
  private indexed: LoadedFeature[] | { url: string; file: string } | null = null;
  /** The running balance query: its id and when it was sent. */
  private running: { id: number; since: number } | null = null;
  /** A plan being sent in parts: a balance query waits for it (it must not land in between). */
  private indexing: Promise<void> | null = null;
  /** After cancel(): requests reject at once instead of going to a stopped worker. */
  private stopped = false;
  /** Its worker was handed to another PlanWorker (`adopt`): nothing left to stop here. */
  private handedOver = false;

  constructor() {
    this.spawn();
  }

  private spawn() {
    this.stopped = false;
    this.worker = new Worker(new URL('./plan.worker.ts', import.meta.url), { type: 'module' });
    this.listen();
  }

  private listen() {
    this.worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data;
      const entry = this.pending.get(reply.id);
      if (!entry) return;
      if (reply.type === 'progress') return entry.progress?.(reply.fraction);
      if (reply.type === 'features') {
        // Made and appended in the part's own task: 200,000 areas at the end would be one long task.
        const features = decodeFeatures(reply.part);
        const parts = (entry.parts ??= []);
        for (const f of features) parts.push(f);
        (entry.facts ??= new FeatureFacts()).add(features);
        return;
      }
      this.pending.delete(reply.id);
      if (this.running?.id === reply.id) this.running = null;
      if (reply.type === 'sent') {
        const features = entry.parts ?? [];
        rememberFacts(features, entry.facts ?? new FeatureFacts());
        entry.resolve({ type: 'assembled', id: reply.id, features });
      } else if (reply.type === 'error' && reply.load) {
        const { reason, file, status } = reply.load;
        entry.reject(new PlanLoadError(reason, file, reply.message, status));
      } else if (reply.type === 'error' && reply.unexpected !== undefined) {
        const text = bilingual('hostile.unexpected', { file: reply.unexpected });
        entry.reject(new WorkerError(text.de, text.en));
      } else if (reply.type === 'error')
        entry.reject(new WorkerError(reply.message, reply.messageEn));
      else entry.resolve(reply);
    };
  }

  /** Stops the worker at once; every pending request rejects with CancelledError. */
  cancel() {
    if (!this.handedOver) this.worker.terminate();
    this.stopped = true;
    for (const entry of this.pending.values()) entry.reject(new CancelledError());
    this.pending.clear();
    this.running = null;
  }

  /** Stops a long-running query and starts a fresh worker holding the same plan. */
  private restart() {
    this.cancel();
    this.spawn();
    const last = this.indexed;
    if (Array.isArray(last)) void this.index(last).catch(() => {});
    else if (last) void this.reload(last).catch(() => {});
  }

  private send(
    request: WithoutId<WorkerRequest>,
    progress?: (f: number) => void,
    transfer: Transferable[] = []
  ) {
    const id = this.nextId++;
    if (this.stopped) return Promise.reject(new CancelledError());
    return new Promise<WorkerReply | Assembled>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, progress });
      this.worker.postMessage({ ...request, id } as WorkerRequest, transfer);
    });
  }

  async index(features: readonly LoadedFeature[]): Promise<void> {
    this.indexed = features as LoadedFeature[];
    const sending = this.sendIndex(this.indexed);
    this.indexing = sending;
    try {
      await sending;
    } finally {
      if (this.indexing === sending) this.indexing = null;
    }
  }

  /**
   * The features in parts of INDEX_PART, each sent after the previous one was received: copying
   * a whole large plan into the worker in one go would block the page for seconds.
   */
  private async sendIndex(features: LoadedFeature[]): Promise<void> {
    if (features.length <= INDEX_PART) {
      await this.send({ type: 'index', features });
      return;
    }
    for (let i = 0; i < features.length; i += INDEX_PART)
      await this.send({
        type: 'index',
        features: features.slice(i, i + INDEX_PART),
        more: i + INDEX_PART < features.length
      });
  }

  /**
   * Lets the worker fetch plan.geojson itself, check it, measure areas without a stored
   * `area_m2` and build the index. Fails with a `PlanLoadError` like `loadPlan`.
   */
  async load(url: string, file: string): Promise<Loaded> {
    this.indexed = { url, file };
    return this.reload(this.indexed);
  }

  /** Loads by URL; a balance query waits for it, as for a plan sent in parts. */
  /**
   * Takes over `other`'s worker, which holds a plan opened from disk (see `open`), and stops
   * this one's: the plan shown before stays in this worker until the opened one is complete, so
   * „Abbrechen“ before this call leaves it untouched. `plan` is the opened plan's GeoJSON by
   * URL, to load again should a long query make the worker restart.
   */
  adopt(other: PlanWorker, plan: { url: string; file: string }) {
    this.cancel();
    this.worker = other.worker;
    this.pending = other.pending;
    this.nextId = other.nextId;
    other.handedOver = true;
    other.stopped = true;
    this.stopped = false;
    this.indexed = plan;
    this.indexing = null;
    this.listen();
  }

  private async reload(plan: { url: string; file: string }): Promise<Loaded> {
    const loading = this.send({ type: 'load', ...plan }) as Promise<Loaded>;
    const settled = loading.then(
      () => {},
      () => {}
    );
    this.indexing = settled;
    try {
      return await loading;
    } finally {
      if (this.indexing === settled) this.indexing = null;
    }
  }

  /** The plan the worker loaded, copied to this thread (geometry decoded on access). */
  async features(): Promise<LoadedFeature[]> {
    const reply = await this.send({ type: 'features' });
    return (reply as Assembled).features;
  }

  /** A newer query supersedes a long-running one (see SUPERSEDE_AFTER_MS). */
  async balance(region: RegionGeometry | null, filter: PlanFilter): Promise<Balance> {
    if (this.indexing) await this.indexing.catch(() => {});
    if (this.running && performance.now() - this.running.since > SUPERSEDE_AFTER_MS) {
      this.restart();
      // The fresh worker receives the plan in parts; the query must not land in between.
      if (this.indexing) await this.indexing.catch(() => {});
    }
    const id = this.nextId;
    const promise = this.send({ type: 'balance', region, filter });
    this.running = { id, since: performance.now() };
    const reply = await promise;
    return (reply as Extract<WorkerReply, { type: 'balance' }>).balance;
  }

  /**
   * Parses an opened file (XPlanGML or GeoJSON) off the main thread, with progress 0..1; the
   * worker keeps and indexes the plan (take it over with `adopt`, its areas with `features`).
   */
  async open(fileName: string, data: Blob, progress: (f: number) => void): Promise<Opened> {
    const reply = await this.send({ type: 'import', fileName, data }, progress);
    return reply as Opened;
  }

  /** The id of the area at (lon, lat), or null (a click on a large plan's overview). */
  async areaAt(lon: number, lat: number): Promise<string | null> {
    const reply = await this.send({ type: 'pick', lon, lat });
    return (reply as Extract<WorkerReply, { type: 'picked' }>).area;
  }

  /** A vector tile of a plan shown with an overview, as MVT bytes (see worker/plan-tiles.ts). */
  async tile(z: number, x: number, y: number): Promise<ArrayBuffer> {
    const reply = await this.send({ type: 'tile', z, x, y });
    return (reply as Extract<WorkerReply, { type: 'tile' }>).data;
  }

  terminate() {
    this.cancel();
  }
}
