import type { Answer, Args, Call, Kind, Protocol, Result, Update, WorkerFailure } from './rpc';

// The worker's side of the one protocol (worker/rpc.ts). Apart from rpc.ts's types it imports
// nothing: the UI texts stay out of the workers.

/** The worker's side of a call: stream updates, name transferables for the result. */
export interface CallContext<U> {
  update(update: U, transfer?: Transferable[]): void;
  /** Moves these buffers with the result instead of copying them. */
  transfer(...list: Transferable[]): void;
}

export type Handlers<P extends Protocol> = {
  [K in Kind<P>]: (
    args: Args<P, K>,
    call: CallContext<Update<P, K>>
  ) => Result<P, K> | Promise<Result<P, K>>;
};

/** The worker's global scope, or one end of a MessageChannel in tests. */
export interface Endpoint {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/**
 * Answers calls in the worker, one after another in the order they came (a balance asked after
 * a load is for that plan). `describe` words a failure for the page.
 */
export function serve<P extends Protocol>(
  scope: Endpoint,
  handlers: Handlers<P>,
  describe: (error: unknown, call: Call<P>) => WorkerFailure
): void {
  let queue: Promise<void> = Promise.resolve();
  const answer = (message: Answer, transfer: Transferable[] = []) =>
    scope.postMessage(message, transfer);
  scope.onmessage = (event: MessageEvent) => {
    const call = event.data as Call<P>;
    queue = queue.then(async () => {
      const transfer: Transferable[] = [];
      const context: CallContext<unknown> = {
        update: (update, list = []) => answer({ id: call.id, update }, list),
        transfer: (...list) => transfer.push(...list)
      };
      try {
        const handler = handlers[call.kind] as (
          args: unknown,
          call: CallContext<unknown>
        ) => unknown;
        const value = await handler(call.args, context);
        answer({ id: call.id, value }, transfer);
      } catch (e) {
        answer({ id: call.id, failure: describe(e, call) });
      }
    });
  };
}
