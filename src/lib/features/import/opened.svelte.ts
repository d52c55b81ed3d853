import type { Opened, PlanWorker } from '../../worker/client';
import type { ViewerState } from '../../state/viewer.svelte';
import { bilingual, inEvery } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { DRAWN_TIMEOUT_MS, showPlan, type PlanRuntime } from '../../state/sync.svelte';
import { planRasters } from '../../xplan/placed-rasters';

/** Resolves once `condition` holds (read reactively) or after `ms`. */
function when(condition: () => boolean, ms: number): Promise<void> {
  return new Promise((resolve) => {
    let stop = () => {};
    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      queueMicrotask(() => stop());
      resolve();
    };
    const timer = setTimeout(done, ms);
    stop = $effect.root(() => {
      $effect(() => {
        if (condition()) done();
      });
    });
  });
}

/**
 * Shows a plan opened from disk the way a plan under data/ loads (see `load` in sync.svelte.ts): `opened` — the
 * worker that imported and indexed it — becomes the page's plan worker (the Flächenbilanz works
 * at once), MapLibre reads the areas by Blob URL in its own worker, and the main thread takes its
 * copy of the areas in parts after the map has drawn. Resolves when that copy is there.
 * An XPlanArchiv's raster plans are drawn by Blob URL under the areas (named beside the legend,
 * with their opacity); the archive (`source`,
 * the File) is kept as a handle for opening its attachments.
 */
export async function showOpened(
  viewer: ViewerState,
  runtime: PlanRuntime,
  opened: PlanWorker,
  result: Opened,
  file: string,
  source: Blob | null = null
): Promise<void> {
  const current = runtime.begin();
  const worker = runtime.worker;
  const url = URL.createObjectURL(result.geojson);
  worker.adoptOpened(opened, { url, file });
  const overview = result.overview && {
    url: URL.createObjectURL(result.overview.image),
    bounds: result.overview.bounds,
    minzoom: result.overview.minzoom
  };
  const images = new Map(
    result.rasters.map((r) => [r.referenzURL, URL.createObjectURL(r.image)] as const)
  );
  const rasters = planRasters(result.meta, (r) => images.get(r.referenzURL) ?? null);
  runtime.holdUrls([url, ...(overview ? [overview.url] : []), ...images.values()]);
  // The map's restyle for the new plan in a task of its own: together with the page's update for
  // the finished reading (progress gone, notices) it was one task of 150–300 ms.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (!current()) return;
  if (overview)
    runtime.notices.notify(
      bilingual('overview.notice', {
        file,
        zoom: inEvery((l) => formatNumber(overview.minzoom, l))
      })
    );
  // Raster plans get no notice of their own: a second notice under „… geöffnet“ pushed most of
  // a phone's map off the screen. The legend's section „Rasterplan und Anlagen“ names them.
  // The legend shows the categories used until the page has the areas themselves.
  const categories = Object.entries(result.report.byCategory)
    .filter(([, c]) => c.features > 0)
    .map(([code]) => code);
  viewer.selected = null;
  runtime.openedFile = file;
  const plan = {
    meta: { ...result.meta, categories },
    features: [],
    bounds: result.bounds,
    source: url,
    boundary: null,
    districts: null,
    places: null,
    innovationsquartier: null,
    overview,
    lines:
      result.lines.length > 0
        ? { type: 'FeatureCollection' as const, features: result.lines }
        : null,
    rasters,
    archiveFile: result.meta.archive ? source : null
  };
  runtime.load = { kind: 'loading', plan, indexed: true };
  const map = viewer.mapFacts;
  await when(() => map.drawnSource === url || !map.webgl, DRAWN_TIMEOUT_MS);
  if (!current()) return;
  const features = await worker.features();
  if (!current()) return;
  showPlan(viewer, runtime, { ...plan, features });
}
