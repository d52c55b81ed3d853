/// <reference lib="webworker" />
// The compare worker: the handlers of worker/compare-handlers.ts behind the one protocol
// (rpc.ts). Cancelling terminates the worker.
import { serve } from './rpc';
import { compareHandlers } from './compare-handlers';
import { workerFailure } from './failure';
import type { CompareProtocol } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

serve<CompareProtocol>(self, compareHandlers(), (e, call) =>
  workerFailure(e, call.kind === 'import' ? call.args.fileName : null)
);
