// The plan worker's work: fetches and indexes the plan, holds the Flächenbilanz engine and
// parses opened files, so that neither loading, a large query nor a 50 MB XPlanGML file ever
// blocks the map. The importer is loaded only when a file is opened. Runs in plan.worker.ts,
// and in-process in the unit tests.
import { NotLoadedError } from './errors';
import { PlanIndex } from '../geo/engine';
import { loadUnion } from '../geo/region-union-lazy';
import { planBounds } from '../geo/bounds';
import { fetchPlanFeatures, measuredGeoJson } from './fetch-plan';
import { openedPlan } from './open-plan';
import type { PlanProtocol } from './protocol';
import type { CallContext, Handlers } from './serve';
import type { LoadedFeature } from '../plan/types';
import type { GeoJSONVT } from '@maplibre/geojson-vt';
import { encodeFeatures, type CompactPart } from '../geo/compact-features';

/**
 * Areas per 'features' update. The geometry travels as transferred typed arrays (nothing to
 * unpack); what the page pays per part is cloning the properties and making the features,
 * a microsecond or two per area, so a part stays a few milliseconds on a busy machine.
 */
const FEATURES_PER_MESSAGE = 1000;

/** One worker's plan and the answers to the page's calls (fresh state per worker). */
export function planHandlers(
  fetchFn: typeof fetch = (...a) => fetch(...a)
): Handlers<PlanProtocol> {
  let index: PlanIndex | null = null;
  /** A plan sent by the page in parts (`more`), collected until the last part. */
  let indexing: LoadedFeature[][] = [];
  /** The plan loaded by URL or opened, handed to the main thread once on request. */
  let loaded: LoadedFeature[] | null = null;
  /** The vector tiles of a plan shown with an overview, cut when first asked for. */
  let tiles: GeoJSONVT | null = null;

  const forget = () => {
    index = null;
    loaded = null;
    tiles = null;
  };

  return {
    index({ features, more }) {
      // A large plan arrives in parts (`more`), each sent by the page in a task of its own.
      indexing.push(features);
      loaded = null;
      tiles = null;
      if (!more) {
        index = new PlanIndex(indexing.length === 1 ? features : indexing.flat());
        indexing = [];
      }
    },

    async load({ url, file }, call) {
      forget();
      const { features, measured } = await fetchPlanFeatures(url, file, fetchFn);
      index = new PlanIndex(features);
      loaded = features;
      const buffer = measured > 0 ? measuredGeoJson(features) : null;
      if (buffer) call.transfer(buffer);
      return {
        count: features.length,
        bounds: planBounds(features),
        measured,
        measuredGeoJson: buffer
      };
    },

    features(_, call: CallContext<CompactPart>) {
      if (!loaded) throw new NotLoadedError();
      // In compact parts (geo/compact-features.ts), each made into features by the page in a
      // task of its own.
      for (let start = 0; start < loaded.length; start += FEATURES_PER_MESSAGE) {
        const { part, transfer } = encodeFeatures(
          loaded.slice(start, start + FEATURES_PER_MESSAGE)
        );
        call.update(part, transfer);
      }
      return loaded.length;
    },

    async balance({ region, filter }) {
      if (!index) throw new NotLoadedError();
      if (region) await loadUnion();
      return index.balance(region, filter);
    },

    async import({ fileName, data, grid }, call) {
      // The plan stays here: indexed where it was imported (no round trip through the page),
      // handed to MapLibre as GeoJSON bytes and to the page in parts when it asks ('features').
      forget();
      const [{ importPlanCompact, mimeTypeOf }, { ensureDhdnGrid }] = await Promise.all([
        import('../xplan'),
        import('./dhdn-grid')
      ]);
      await ensureDhdnGrid(grid, fetchFn);
      const imported = importPlanCompact(await data.arrayBuffer(), fileName, (f) =>
        call.update(f * 0.8)
      );
      const { features, geojson } = openedPlan(imported, fileName, (f) =>
        call.update(0.8 + f * 0.15)
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
      const image = layout
        ? await (await import('./overview-raster')).rasteriseOverview(features, layout)
        : null;
      // Cut now, so that the first zoom past the overview finds its tiles at once.
      if (layout) tiles = (await import('./plan-tiles')).planTileIndex(features);
      call.update(1);
      return {
        count: features.length,
        bounds,
        meta: imported.meta,
        report: imported.report,
        geojson,
        lines: imported.lines,
        overview:
          layout && image ? { image, bounds: layout.bounds, minzoom: layout.minzoom } : null,
        rasters: [
          ...[...(imported.rasterImages ?? [])].map(([referenzURL, bytes]) => ({
            referenzURL,
            image: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeTypeOf(referenzURL) })
          })),
          // GeoTIFF (MapLibre cannot show TIFF): its decoded pixels as PNG.
          ...(await Promise.all(
            [...(imported.rasterPixels ?? [])].map(async ([referenzURL, pixels]) => ({
              referenzURL,
              image: await (await import('./raster-png')).pngOfPixels(pixels)
            }))
          ))
        ]
      };
    },

    async tile({ z, x, y }, call) {
      // After a restart the worker holds the plan loaded again by URL: cut its tiles anew.
      const { planTile, planTileIndex } = await import('./plan-tiles');
      if (!tiles && loaded) tiles = planTileIndex(loaded);
      const data = tiles ? planTile(tiles, z, x, y) : new ArrayBuffer(0);
      call.transfer(data);
      return data;
    },

    async pick({ lon, lat }) {
      const { areaAt } = await import('../geo/overview');
      return index ? areaAt(index, lon, lat) : null;
    }
  };
}
