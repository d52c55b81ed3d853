/// <reference lib="webworker" />
// The plan worker: holds the Flächenbilanz engine and parses opened files, so that neither a
// large query nor a 50 MB XPlanGML file ever blocks the map.
import { PlanIndex } from '../geo/engine';
import { RegionError } from '../geo/region';
import { importPlan, isImportError } from '../xplan';
import { readPlanFeatures } from '../geo/measure';
import type { WorkerReply, WorkerRequest } from './protocol';
import { PlanDataError } from '../plan/validate';
import { bilingual } from '../i18n';

declare const self: DedicatedWorkerGlobalScope;

let index: PlanIndex | null = null;

/** Features per 'features' message of an import (about 10 ms to unpack on the page). */
const FEATURES_PER_MESSAGE = 2000;

const post = (reply: WorkerReply) => self.postMessage(reply);

/** Messages for the user: never an internal class name ("PlanDataError: …", "RangeError: …"). */
function fail(id: number, e: unknown, file: string | null = null) {
  if (isImportError(e)) post({ type: 'error', id, message: e.message, messageEn: e.messageEn });
  else if (e instanceof RegionError || e instanceof PlanDataError)
    post({ type: 'error', id, message: e.message, messageEn: e.message });
  else if (file !== null) {
    const text = bilingual('hostile.unexpected', { file });
    post({ type: 'error', id, message: text.de, messageEn: text.en });
  } else {
    const detail = e instanceof Error ? e.message : String(e);
    post({ type: 'error', id, message: detail, messageEn: detail });
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  try {
    switch (msg.type) {
      case 'index':
        index = new PlanIndex(msg.features);
        post({ type: 'indexed', id: msg.id });
        break;
      case 'balance':
        if (!index) throw new Error('no plan indexed');
        post({ type: 'balance', id: msg.id, balance: index.balance(msg.region, msg.filter) });
        break;
      case 'import': {
        const imported = importPlan(msg.data, msg.fileName, (fraction) =>
          post({ type: 'progress', id: msg.id, fraction })
        );
        const features = readPlanFeatures(
          { type: 'FeatureCollection', features: imported.features },
          msg.fileName
        );
        // In parts: the page unpacks each message in a task of its own, so that a large plan
        // never blocks the page for the whole of its features at once.
        for (let i = 0; i < features.length; i += FEATURES_PER_MESSAGE)
          post({
            type: 'features',
            id: msg.id,
            features: features.slice(i, i + FEATURES_PER_MESSAGE)
          });
        post({
          type: 'imported',
          id: msg.id,
          features: [],
          meta: imported.meta,
          report: imported.report
        });
        break;
      }
    }
  } catch (e) {
    fail(msg.id, e, msg.type === 'import' ? msg.fileName : null);
  }
};
