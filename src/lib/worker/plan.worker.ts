/// <reference lib="webworker" />
// The plan worker: fetches and indexes the plan, holds the Flächenbilanz engine and parses
// opened files, so that neither loading, a large query nor a 50 MB XPlanGML file ever blocks
// the map. The importer is loaded only when a file is opened.
import { PlanIndex } from '../geo/engine';
import { loadUnion } from '../geo/region-union-lazy';
import { RegionError } from '../geo/region';
import { NotLoadedError, unexpectedText } from './errors';
import { isImportError } from '../xplan/errors';
import { planBounds } from '../geo/bounds';
import { PlanLoadError } from '../state/load';
import { fetchPlanFeatures, measuredGeoJson } from './fetch-plan';
import { openedPlan } from './open-plan';
import type { WorkerReply, WorkerRequest } from './protocol';
import type { LoadedFeature } from '../plan/types';
import { PlanDataError } from '../plan/validate';
import type { GeoJSONVT } from '@maplibre/geojson-vt';
import { encodeFeatures } from '../geo/compact-features';

declare const self: DedicatedWorkerGlobalScope;

let index: PlanIndex | null = null;
/** A plan sent by the page in parts (`more`), collected until the last part. */
let indexing: LoadedFeature[][] = [];
/** The plan loaded by URL, handed to the main thread once on request. */
let loaded: LoadedFeature[] | null = null;

/** The vector tiles of a plan shown with an overview, cut when first asked for. */
let tiles: GeoJSONVT | null = null;

/**
 * Areas per 'features' message. The geometry travels as transferred typed arrays (nothing to
 * unpack); what the page pays per part is cloning the properties and making the features,
 * a microsecond or two per area, so a part stays a few milliseconds on a busy machine.
 */
const FEATURES_PER_MESSAGE = 1000;

/** Sends features in compact parts (geo/compact-features.ts), each made into features by the page in a task of its own. */
function postParts(id: number, features: readonly LoadedFeature[]) {
  for (let start = 0; start < features.length; start += FEATURES_PER_MESSAGE) {
    const { part, transfer } = encodeFeatures(features.slice(start, start + FEATURES_PER_MESSAGE));
    post({ type: 'features', id, part }, transfer);
  }
}

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
  else post({ type: 'error', id, ...unexpectedText(e) });
}

async function handle(msg: WorkerRequest) {
  switch (msg.type) {
    case 'index':
      // A large plan arrives in parts (`more`), each sent by the page in a task of its own.
      indexing.push(msg.features);
      loaded = null;
      tiles = null;
      if (!msg.more) {
        index = new PlanIndex(indexing.length === 1 ? msg.features : indexing.flat());
        indexing = [];
      }
      post({ type: 'indexed', id: msg.id });
      break;
    case 'load': {
      index = null;
      loaded = null;
      tiles = null;
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
      if (!loaded) throw new NotLoadedError();
      postParts(msg.id, loaded);
      post({ type: 'sent', id: msg.id, count: loaded.length });
      break;
    case 'balance':
      if (!index) throw new NotLoadedError();
      if (msg.region) await loadUnion();
      post({ type: 'balance', id: msg.id, balance: index.balance(msg.region, msg.filter) });
      break;
    case 'import': {
      // The plan stays here: indexed where it was imported (no round trip through the page),
      // handed to MapLibre as GeoJSON bytes and to the page in parts when it asks ('features').
      index = null;
      loaded = null;
      tiles = null;
      const { importPlanCompact } = await import('../xplan');
      const report = (fraction: number) => post({ type: 'progress', id: msg.id, fraction });
      const imported = importPlanCompact(await msg.data.arrayBuffer(), msg.fileName, (f) =>
        report(f * 0.8)
      );
      const { features, geojson } = openedPlan(imported, msg.fileName, (f) =>
        report(0.8 + f * 0.15)
      );
      index = new PlanIndex(features);
      // The page's copy largest first, as the area list shows them: its sort of a very large
      // plan then finds them in order (a linear pass instead of seconds of comparisons).
      loaded = [...features].sort((a, b) => b.properties.area_m2 - a.properties.area_m2);
      const bounds = planBounds(features);
      // The overview code, like the importer, loads with the first opened file.
      const { overviewLayout } = await import('../geo/overview');
      const layout = overviewLayout(features, bounds);
      // Loaded only for a very large plan (like the importer): the worker starts small.
      const overview = layout
        ? {
            image: await (await import('./overview-raster')).rasteriseOverview(features, layout),
            ...layout
          }
        : null;
      // Cut now, so that the first zoom past the overview finds its tiles at once.
      if (layout) tiles = (await import('./plan-tiles')).planTileIndex(features);
      report(1);
      post({
        type: 'opened',
        id: msg.id,
        count: features.length,
        bounds,
        meta: imported.meta,
        report: imported.report,
        geojson,
        overview: overview && {
          image: overview.image,
          bounds: overview.bounds,
          minzoom: overview.minzoom
        }
      });
      break;
    }
    case 'tile': {
      // After a restart the worker holds the plan loaded again by URL: cut its tiles anew.
      const { planTile, planTileIndex } = await import('./plan-tiles');
      if (!tiles && loaded) tiles = planTileIndex(loaded);
      const data = tiles ? planTile(tiles, msg.z, msg.x, msg.y) : new ArrayBuffer(0);
      post({ type: 'tile', id: msg.id, data }, [data]);
      break;
    }
    case 'pick': {
      const { areaAt } = await import('../geo/overview');
      post({ type: 'picked', id: msg.id, area: index ? areaAt(index, msg.lon, msg.lat) : null });
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
