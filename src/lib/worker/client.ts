import type { Balance } from '../geo/engine';
import type { PlanFilter } from '../geo/filter';
import type { RegionGeometry } from '../geo/region';
import type { LoadedFeature } from '../plan/types';
import type { WorkerReply, WorkerRequest } from './protocol';
import { inEvery, type Bilingual } from '../i18n';

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

/** Promise-based access to the plan worker (one per page). */
export class PlanWorker {
  private worker = new Worker(new URL('./plan.worker.ts', import.meta.url), { type: 'module' });
  private nextId = 1;
  private pending = new Map<
    number,
    {
      resolve: (r: WorkerReply) => void;
      reject: (e: Error) => void;
      progress?: (f: number) => void;
    }
  >();

  constructor() {
    this.worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data;
      const entry = this.pending.get(reply.id);
      if (!entry) return;
      if (reply.type === 'progress') return entry.progress?.(reply.fraction);
      this.pending.delete(reply.id);
      if (reply.type === 'error') entry.reject(new WorkerError(reply.message, reply.messageEn));
      else entry.resolve(reply);
    };
  }

  private send(
    request: WithoutId<WorkerRequest>,
    progress?: (f: number) => void,
    transfer: Transferable[] = []
  ) {
    const id = this.nextId++;
    return new Promise<WorkerReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, progress });
      this.worker.postMessage({ ...request, id } as WorkerRequest, transfer);
    });
  }

  async index(features: readonly LoadedFeature[]): Promise<void> {
    await this.send({ type: 'index', features: features as LoadedFeature[] });
  }

  async balance(region: RegionGeometry | null, filter: PlanFilter): Promise<Balance> {
    const reply = await this.send({ type: 'balance', region, filter });
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
    this.worker.terminate();
  }
}
