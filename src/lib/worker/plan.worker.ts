/// <reference lib="webworker" />
// The plan worker: the handlers of worker/plan-handlers.ts behind the one protocol (rpc.ts).
import { serve } from './rpc';
import { planHandlers } from './plan-handlers';
import { workerFailure } from './failure';
import type { PlanProtocol } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

serve<PlanProtocol>(self, planHandlers(), (e, call) =>
  workerFailure(e, call.kind === 'import' ? call.args.fileName : null)
);
