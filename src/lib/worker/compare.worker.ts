/// <reference lib="webworker" />
// The compare worker: indexes the earlier and the later area set of the comparison mode,
// answers their Flächenbilanz for a region, overlays them, and reads a second plan opened
// from disk, so that none of this blocks the map. Cancelling terminates the worker.
import { PlanIndex } from '../geo/engine';
import { loadUnion } from '../geo/region-union-lazy';
import { RegionError } from '../geo/region';
import { NotLoadedError, unexpectedText } from './errors';
import { overlayPlans } from '../geo/overlay';
import { importPlan, isImportError } from '../xplan';
import { readPlanFeatures } from '../geo/measure';
import type { LoadedFeature } from '../plan/types';
import type { CompareReply, CompareRequest } from './compare-protocol';

declare const self: DedicatedWorkerGlobalScope;

let before: { features: LoadedFeature[]; index: PlanIndex } | null = null;
let after: PlanIndex | null = null;

const post = (reply: CompareReply) => self.postMessage(reply);

function fail(id: number, e: unknown) {
  if (isImportError(e)) post({ type: 'error', id, message: e.message, messageEn: e.messageEn });
  else if (e instanceof RegionError)
    post({ type: 'error', id, message: e.message, messageEn: e.message });
  else post({ type: 'error', id, ...unexpectedText(e) });
}

// The region union (geo/region-union-lazy.ts) loads at start: every request may need it.
// Requests wait on the one promise, so they are still handled in order.
const unionReady = loadUnion();

self.onmessage = (event: MessageEvent<CompareRequest>) => {
  const msg = event.data;
  void unionReady.then(
    () => handle(msg),
    (e: unknown) => fail(msg.id, e)
  );
};

function handle(msg: CompareRequest) {
  try {
    switch (msg.type) {
      case 'set':
        before = { features: msg.before, index: new PlanIndex(msg.before) };
        after = new PlanIndex(msg.after);
        post({ type: 'ready', id: msg.id });
        break;
      case 'balance':
        if (!before || !after) throw new NotLoadedError();
        post({
          type: 'balance',
          id: msg.id,
          before: before.index.balance(msg.region, msg.filter),
          after: after.balance(msg.region, msg.filter)
        });
        break;
      case 'overlay': {
        if (!before || !after) throw new NotLoadedError();
        const result = overlayPlans(before.features, after, (fraction) =>
          post({ type: 'progress', id: msg.id, fraction })
        );
        post({ type: 'overlay', id: msg.id, result });
        break;
      }
      case 'import': {
        const imported = importPlan(msg.data, msg.fileName, (fraction) =>
          post({ type: 'progress', id: msg.id, fraction })
        );
        const features = readPlanFeatures(
          { type: 'FeatureCollection', features: imported.features },
          msg.fileName
        );
        post({ type: 'imported', id: msg.id, features, title: imported.meta.title });
        break;
      }
    }
  } catch (e) {
    fail(msg.id, e);
  }
}
