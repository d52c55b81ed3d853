// One typed request→response protocol for the app's workers (plan and compare): a map type
// `{ kind: [args, result, update?] }` types both sides, `serve` (worker/serve.ts) answers it in
// the worker and `WorkerClient` asks it from the page.
//
// An own small module, not Comlink: what these workers need beyond a remote call is what
// Comlink leaves out. Cancelling means terminating the worker (a long overlay or a 50 MB import
// cannot be interrupted otherwise), and then every pending call must reject with one
// `CancelledError` — Comlink's calls on a terminated worker never settle. A newer balance
// supersedes an older one, a restarted worker gets its plan back, and a worker that opened a
// plan is handed over to the page ("adopt"); none of that is in Comlink either. And a call
// streams updates (progress, a plan's areas in parts, each made into features in a task of its
// own): with Comlink each would be a proxied callback over a MessagePort of its own.
import { PlanLoadError } from '../plan/fetch';
import { bilingual, errorDetail, inEvery, type Bilingual } from '../i18n';
import { RegionError } from '../geo/region';

/** Request kinds → [arguments, result] or [arguments, result, update] (progress, parts …). */
export type Protocol = Record<
  string,
  readonly [unknown, unknown] | readonly [unknown, unknown, unknown]
>;
export type Kind<P extends Protocol> = keyof P & string;
export type Args<P extends Protocol, K extends Kind<P>> = P[K][0];
export type Result<P extends Protocol, K extends Kind<P>> = P[K][1];
export type Update<P extends Protocol, K extends Kind<P>> = P[K] extends readonly [
  unknown,
  unknown,
  infer U
]
  ? U
  : never;

/** Why a plan file could not be read by URL (mirrors `PlanLoadError` in plan/fetch.ts). */
export interface LoadFailure {
  reason: 'http' | 'network' | 'json' | 'data';
  file: string;
  status: number;
}

/** A failed call as it crosses to the page: texts for the user, never an internal class name. */
export interface WorkerFailure {
  message: string;
  messageEn: string;
  load?: LoadFailure;
  /** An unexpected failure while reading this opened file (worded on the page). */
  unexpected?: string;
}

/** A call to the worker. */
export type Call<P extends Protocol> = {
  [K in Kind<P>]: { id: number; kind: K; args: Args<P, K> };
}[Kind<P>];

/** What the worker sends back for a call: updates, then its result or its failure. */
export type Answer =
  | { id: number; update: unknown }
  | { id: number; value: unknown }
  | { id: number; failure: WorkerFailure };

/** An error from the worker, in both UI languages. */
export class WorkerError extends Error {
  constructor(
    message: string,
    readonly messageEn: string
  ) {
    super(message);
  }
}

/** A call given up: cancelled by the user, superseded by a newer one, or its worker stopped. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

/**
 * The message for people about any error: a worker's own (German and English) texts, a failed
 * load worded by its reason, anything else by its message in a German frame — never a class
 * name („PlanLoadError: Not Found“, „TypeError: …“).
 */
export function errorText(e: unknown): Bilingual {
  if (e instanceof WorkerError) return { de: e.message, en: e.messageEn };
  if (e instanceof PlanLoadError) return loadErrorText(e);
  if (e instanceof RegionError) return e.text;
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
          : { de: e.message, en: e.detailEn ?? e.message };
  return bilingual('error.load', { detail });
}

/** The page's error for a failure the worker reported. */
export function failureError(f: WorkerFailure): Error {
  if (f.load)
    return new PlanLoadError(f.load.reason, f.load.file, f.message, f.load.status, f.messageEn);
  if (f.unexpected !== undefined) {
    const text = bilingual('hostile.unexpected', { file: f.unexpected });
    return new WorkerError(text.de, text.en);
  }
  return new WorkerError(f.message, f.messageEn);
}

/** A dedicated worker as the client sees it (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface RequestOptions<U> {
  /** Progress, parts … as the worker sends them. */
  update?: (update: U) => void;
  transfer?: Transferable[];
  /**
   * A newer call of the same kind cancels an older pending one (it rejects with
   * `CancelledError`); one running longer than `restartAfter` ms is not waited for: the worker is
   * stopped and started again (with its state restored) instead of queueing behind it.
   */
  supersede?: { restartAfter?: number };
}

interface Pending {
  kind: string;
  since: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  update?: (update: unknown) => void;
}

/**
 * Promise-based access to one worker speaking protocol `P`. The worker starts with the first
 * call; after `cancel()`, a crash or a restart the next call starts a fresh one, which
 * `restore()` (for subclasses) brings to the state of the one it replaces.
 */
export class WorkerClient<P extends Protocol> {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  /** After `terminate()`, or when its worker was handed to another client (`adopt`). */
  private closed = false;
  /** Work that must finish before further calls go out (see `hold`). */
  private held: Promise<void> | null = null;

  constructor(private readonly spawn: () => WorkerLike) {}

  /** Sends the calls that bring a fresh worker to the state of the one it replaces. */
  protected restore(): void {}

  /** True while a worker is running (started and neither cancelled nor crashed). */
  get running(): boolean {
    return this.worker !== null;
  }

  /** Asks the worker; waits for held work first (see `hold`). */
  request<K extends Kind<P>>(
    kind: K,
    args: Args<P, K>,
    options: RequestOptions<Update<P, K>> = {}
  ): Promise<Result<P, K>> {
    if (this.closed) return Promise.reject(new CancelledError());
    // A fresh worker receives its state first (see `restore`), then this call.
    this.started();
    if (this.held) {
      const held = this.held;
      return held.then(() => this.request(kind, args, options));
    }
    if (options.supersede) {
      this.supersede(kind, options.supersede.restartAfter ?? Infinity);
      // The fresh worker may be receiving its state in parts: the call must not land in between.
      const held = this.held as Promise<void> | null;
      if (held) return held.then(() => this.post(kind, args, options));
    }
    return this.post(kind, args, options);
  }

  /**
   * Sends at once, past held work: for the calls that make up that work (a plan in parts).
   * Calls are answered in the order they were sent.
   */
  protected post<K extends Kind<P>>(
    kind: K,
    args: Args<P, K>,
    options: RequestOptions<Update<P, K>> = {}
  ): Promise<Result<P, K>> {
    if (this.closed) return Promise.reject(new CancelledError());
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<Result<P, K>>((resolve, reject) => {
      this.pending.set(id, {
        kind,
        since: performance.now(),
        resolve: resolve as (value: unknown) => void,
        reject,
        update: options.update as ((update: unknown) => void) | undefined
      });
      worker.postMessage({ id, kind, args }, options.transfer ?? []);
    });
  }

  /** Other calls wait until `work` has settled (a plan sent in parts, a plan loading). */
  protected hold(work: Promise<unknown>): void {
    const settled: Promise<void> = work.then(
      () => {},
      () => {}
    );
    this.held = settled;
    void settled.then(() => {
      if (this.held === settled) this.held = null;
    });
  }

  private supersede(kind: string, restartAfter: number) {
    const now = performance.now();
    for (const [id, entry] of this.pending) {
      if (entry.kind !== kind) continue;
      if (now - entry.since > restartAfter) return this.restart();
      this.pending.delete(id);
      entry.reject(new CancelledError());
    }
  }

  private started(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    this.worker = worker;
    this.listen(worker);
    this.restore();
    return worker;
  }

  private listen(worker: WorkerLike) {
    worker.onmessage = (event: MessageEvent) => {
      const answer = event.data as Answer;
      const entry = this.pending.get(answer.id);
      if (!entry) return;
      if ('update' in answer) return entry.update?.(answer.update);
      this.pending.delete(answer.id);
      if ('failure' in answer) entry.reject(failureError(answer.failure));
      else entry.resolve(answer.value);
    };
    // A worker that failed outside a call (its script, memory) is dropped: the next call
    // starts a fresh one.
    worker.onerror = () => {
      if (this.worker !== worker) return;
      const text = bilingual('loading.workerStopped');
      this.stop(() => new WorkerError(text.de, text.en));
    };
  }

  private stop(error: () => Error) {
    this.worker?.terminate();
    this.worker = null;
    this.held = null;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const entry of pending) entry.reject(error());
  }

  /** Stops the worker at once; every pending call rejects with `CancelledError`. */
  cancel(): void {
    this.stop(() => new CancelledError());
  }

  /** Stops the worker and starts a fresh one with the same state (see `restore`). */
  restart(): void {
    this.cancel();
    if (!this.closed) this.started();
  }

  /**
   * Takes over `other`'s running worker, with its pending calls, and stops this one's: `other`
   * is closed (its calls reject) and does not stop the worker any more.
   */
  adopt(other: WorkerClient<P>): void {
    this.cancel();
    this.worker = other.worker;
    this.pending = other.pending;
    this.nextId = Math.max(this.nextId, other.nextId);
    this.closed = false;
    other.worker = null;
    other.pending = new Map();
    other.held = null;
    other.closed = true;
    if (this.worker) this.listen(this.worker);
  }

  /** Stops the worker for good: later calls reject with `CancelledError`. */
  terminate(): void {
    this.cancel();
    this.closed = true;
  }
}
