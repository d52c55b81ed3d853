import type { Balance } from '../geo/engine';
import type { PlanFilter } from '../geo/filter';
import type { OverlayResult } from '../geo/overlay';
import type { RegionGeometry } from '../geo/region';
import type { LoadedFeature } from '../plan/types';
import { WorkerError } from './client';
import type { CompareReply, CompareRequest } from './compare-protocol';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Reply<K extends CompareReply['type']> = Extract<CompareReply, { type: K }>;

/** Thrown for requests that were pending when the work was cancelled. */
export class CancelledError extends Error {}

/**
 * Promise-based access to the compare worker. `cancel()` stops whatever runs (an overlay of
 * two large plans, reading a file) by terminating the worker; the next request starts a new
 * one and sends the area sets again.
 */
export class CompareWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<
    number,
    {
      resolve: (r: CompareReply) => void;
      reject: (e: Error) => void;
      progress?: (f: number) => void;
    }
  >();
  private sets: { before: LoadedFeature[]; after: LoadedFeature[] } | null = null;

  private start(): Worker {
    const worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<CompareReply>) => {
      const reply = e.data;
      const entry = this.pending.get(reply.id);
      if (!entry) return;
      if (reply.type === 'progress') return entry.progress?.(reply.fraction);
      this.pending.delete(reply.id);
      if (reply.type === 'error') entry.reject(new WorkerError(reply.message, reply.messageEn));
      else entry.resolve(reply);
    };
    this.worker = worker;
    if (this.sets) this.post({ type: 'set', ...this.sets });
    return worker;
  }

  private post(
    request: WithoutId<CompareRequest>,
    progress?: (f: number) => void,
    transfer: Transferable[] = []
  ) {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<CompareReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, progress });
      worker.postMessage({ ...request, id } as CompareRequest, transfer);
    });
  }

  /** Indexes the earlier and the later area set (kept for a restarted worker). */
  async set(before: LoadedFeature[], after: LoadedFeature[]): Promise<void> {
    const done = this.post({ type: 'set', before, after });
    this.sets = { before, after };
    await done;
  }

  async balance(region: RegionGeometry | null, filter: PlanFilter) {
    const reply = (await this.post({ type: 'balance', region, filter })) as Reply<'balance'>;
    return { before: reply.before as Balance, after: reply.after as Balance };
  }

  async overlay(progress: (f: number) => void): Promise<OverlayResult> {
    return ((await this.post({ type: 'overlay' }, progress)) as Reply<'overlay'>).result;
  }

  async open(fileName: string, data: ArrayBuffer, progress: (f: number) => void) {
    const reply = (await this.post({ type: 'import', fileName, data }, progress, [
      data
    ])) as Reply<'imported'>;
    return { features: reply.features, title: reply.title };
  }

  cancel() {
    this.worker?.terminate();
    this.worker = null;
    for (const entry of this.pending.values()) entry.reject(new CancelledError('cancelled'));
    this.pending.clear();
  }

  terminate() {
    this.sets = null;
    this.cancel();
  }
}
