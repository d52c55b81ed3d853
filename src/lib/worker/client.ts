import type { Balance } from '../geo/engine';
import type { PlanFilter } from '../geo/filter';
import type { RegionGeometry } from '../geo/region';
import type { LoadedFeature } from '../plan/types';
import type { WorkerReply, WorkerRequest } from './protocol';
import { bilingual, inEvery, type Bilingual } from '../i18n';
import { PlanLoadError } from '../state/load';

type Loaded = Extract<WorkerReply, { type: 'loaded' }>;

type Imported = Extract<WorkerReply, { type: 'imported' }>;
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
export function errorText(e: unknown): Bilingual {
  return e instanceof WorkerError ? { de: e.message, en: e.messageEn } : inEvery(() => String(e));
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

/** Promise-based access to the plan worker (one per page). */
export class PlanWorker {
  private worker!: Worker;
  private nextId = 1;
  private pending = new Map<
    number,
    {
      resolve: (r: WorkerReply) => void;
      reject: (e: Error) => void;
      progress?: (f: number) => void;
    }
  >();
  /** The features last indexed or the plan last loaded, to load again after a restart. */
  private indexed: LoadedFeature[] | { url: string; file: string } | null = null;
  /** The running balance query: its id and when it was sent. */
  private running: { id: number; since: number } | null = null;
  /** After cancel(): requests reject at once instead of going to a stopped worker. */
  private stopped = false;

  constructor() {
    this.spawn();
  }

  private spawn() {
    this.stopped = false;
    this.worker = new Worker(new URL('./plan.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data;
      const entry = this.pending.get(reply.id);
      if (!entry) return;
      if (reply.type === 'progress') return entry.progress?.(reply.fraction);
      this.pending.delete(reply.id);
      if (this.running?.id === reply.id) this.running = null;
      if (reply.type === 'error' && reply.load) {
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
    this.worker.terminate();
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
    if (Array.isArray(last)) void this.send({ type: 'index', features: last }).catch(() => {});
    else if (last) void this.send({ type: 'load', ...last }).catch(() => {});
  }

  private send(
    request: WithoutId<WorkerRequest>,
    progress?: (f: number) => void,
    transfer: Transferable[] = []
  ) {
    const id = this.nextId++;
    if (this.stopped) return Promise.reject(new CancelledError());
    return new Promise<WorkerReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, progress });
      this.worker.postMessage({ ...request, id } as WorkerRequest, transfer);
    });
  }

  async index(features: readonly LoadedFeature[]): Promise<void> {
    this.indexed = features as LoadedFeature[];
    await this.send({ type: 'index', features: features as LoadedFeature[] });
  }

  /**
   * Lets the worker fetch plan.geojson itself, check it, measure areas without a stored
   * `area_m2` and build the index. Fails with a `PlanLoadError` like `loadPlan`.
   */
  async load(url: string, file: string): Promise<Loaded> {
    this.indexed = { url, file };
    return (await this.send({ type: 'load', url, file })) as Loaded;
  }

  /** The plan the worker loaded, copied to this thread. */
  async features(): Promise<LoadedFeature[]> {
    const reply = await this.send({ type: 'features' });
    return (reply as Extract<WorkerReply, { type: 'features' }>).features;
  }

  /** A newer query supersedes a long-running one (see SUPERSEDE_AFTER_MS). */
  async balance(region: RegionGeometry | null, filter: PlanFilter): Promise<Balance> {
    if (this.running && performance.now() - this.running.since > SUPERSEDE_AFTER_MS) this.restart();
    const id = this.nextId;
    const promise = this.send({ type: 'balance', region, filter });
    this.running = { id, since: performance.now() };
    const reply = await promise;
    return (reply as Extract<WorkerReply, { type: 'balance' }>).balance;
  }

  /** Parses an opened file (XPlanGML or GeoJSON) off the main thread, with progress 0..1. */
  async open(
    fileName: string,
    data: ArrayBuffer,
    progress: (f: number) => void
  ): Promise<Imported> {
    const reply = await this.send({ type: 'import', fileName, data }, progress, [data]);
    return reply as Imported;
  }

  terminate() {
    this.cancel();
  }
}
