/// <reference lib="webworker" />
// The plan worker: fetches and indexes the plan, holds the Flächenbilanz engine and parses
// opened files, so that neither loading, a large query nor a 50 MB XPlanGML file ever blocks
// the map. The importer is loaded only when a file is opened.
import { PlanIndex } from '../geo/engine';
import { RegionError } from '../geo/region';
import { isImportError } from '../xplan/errors';
import { readPlanFeatures } from '../geo/measure';
import { planBounds } from '../geo/bounds';
import { PlanLoadError } from '../state/load';
import { fetchPlanFeatures, measuredGeoJson } from './fetch-plan';
import type { WorkerReply, WorkerRequest } from './protocol';
import type { LoadedFeature } from '../plan/types';
import { PlanDataError } from '../plan/validate';

declare const self: DedicatedWorkerGlobalScope;

let index: PlanIndex | null = null;
/** The plan loaded by URL, handed to the main thread once on request. */
let loaded: LoadedFeature[] | null = null;

const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
  self.postMessage(reply, transfer);

/** Messages for the user: never an internal class name ("PlanDataError: …", "RangeError: …"). */
function fail(id: number, e: unknown, file: string | null = null) {
  if (isImportError(e)) post({ type: 'error', id, message: e.message, messageEn: e.messageEn });
  else if (e instanceof PlanLoadError)
    post({
      type: 'error',
      id,
      message: e.message,
      messageEn: e.message,
      load: { reason: e.reason, file: e.file, status: e.status }
    });
  else if (e instanceof RegionError || e instanceof PlanDataError)
    post({ type: 'error', id, message: e.message, messageEn: e.message });
  // The message is worded on the main thread: the worker does not carry the UI texts.
  else if (file !== null) post({ type: 'error', id, message: '', messageEn: '', unexpected: file });
  else {
    const detail = e instanceof Error ? e.message : String(e);
    post({ type: 'error', id, message: detail, messageEn: detail });
  }
}

async function handle(msg: WorkerRequest) {
  switch (msg.type) {
    case 'index':
      index = new PlanIndex(msg.features);
      loaded = null;
      post({ type: 'indexed', id: msg.id });
      break;
    case 'load': {
      index = null;
      loaded = null;
      const { features, measured } = await fetchPlanFeatures(msg.url, msg.file);
      index = new PlanIndex(features);
      loaded = features;
      const buffer = measured > 0 ? measuredGeoJson(features) : null;
      post(
        {
          type: 'loaded',
          id: msg.id,
          count: features.length,
          bounds: planBounds(features),
          measured,
          measuredGeoJson: buffer
        },
        buffer ? [buffer] : []
      );
      break;
    }
    case 'features':
      if (!loaded) throw new Error('no plan loaded');
      post({ type: 'features', id: msg.id, features: loaded });
      break;
    case 'balance':
      if (!index) throw new Error('no plan indexed');
      post({ type: 'balance', id: msg.id, balance: index.balance(msg.region, msg.filter) });
      break;
    case 'import': {
      const { importPlan } = await import('../xplan');
      const imported = importPlan(msg.data, msg.fileName, (fraction) =>
        post({ type: 'progress', id: msg.id, fraction })
      );
      const features = readPlanFeatures(
        { type: 'FeatureCollection', features: imported.features },
        msg.fileName
      );
      post({
        type: 'imported',
        id: msg.id,
        features,
        meta: imported.meta,
        report: imported.report
      });
      break;
    }
  }
}

// Requests are handled one after another, in order (a balance asked after a load is for it).
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  queue = queue.then(() =>
    handle(msg).catch((e: unknown) => fail(msg.id, e, msg.type === 'import' ? msg.fileName : null))
  );
};
