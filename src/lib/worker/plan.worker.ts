/// <reference lib="webworker" />
// The plan worker: holds the Flächenbilanz engine and parses opened files, so that neither a
// large query nor a 50 MB XPlanGML file ever blocks the map.
import { PlanIndex } from '../geo/engine';
import { RegionError } from '../geo/region';
import { importPlanCompact, isImportError } from '../xplan';
import { withAreas } from '../geo/measure';
import type { LoadedFeature, PlanFeature } from '../plan/types';
import type { WorkerReply, WorkerRequest } from './protocol';
import { PlanDataError, parsePlanCollection } from '../plan/validate';
import { bilingual } from '../i18n';

declare const self: DedicatedWorkerGlobalScope;

let index: PlanIndex | null = null;
let indexing: LoadedFeature[][] = [];

/** Features per 'features' message of an import (about 10 ms to unpack on the page). */
const FEATURES_PER_MESSAGE = 1000;

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
        // A large plan arrives in parts (`more`), each sent by the page in a task of its own.
        indexing.push(msg.features);
        if (!msg.more) {
          index = new PlanIndex(indexing.length === 1 ? msg.features : indexing.flat());
          indexing = [];
        }
        post({ type: 'indexed', id: msg.id });
        break;
      case 'balance':
        if (!index) throw new Error('no plan indexed');
        post({ type: 'balance', id: msg.id, balance: index.balance(msg.region, msg.filter) });
        break;
      case 'import': {
        const imported = importPlanCompact(msg.data, msg.fileName, (fraction) =>
          post({ type: 'progress', id: msg.id, fraction })
        );
        // In parts: GeoJSON is made, checked and sent 1,000 features at a time, so the worker
        // never holds the whole plan twice and the page unpacks each part in a task of its own.
        // Ids are checked across parts (one `seen` set), as for one file.
        const seen = new Set<string>();
        for (let start = 0; start < imported.count; start += FEATURES_PER_MESSAGE) {
          const part: PlanFeature[] = [];
          for (let i = start; i < Math.min(imported.count, start + FEATURES_PER_MESSAGE); i++)
            part.push(imported.feature(i));
          const checked = parsePlanCollection(
            { type: 'FeatureCollection', features: part },
            msg.fileName,
            seen
          );
          checked.forEach((f, k) => (f.id = start + k));
          post({ type: 'features', id: msg.id, features: withAreas(checked) });
        }
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
