import type { Opened, PlanWorker } from '../../worker/client';
import type { ViewerState } from '../../state/viewer.svelte';
import { bilingual, inEvery } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { beginOpened, DRAWN_TIMEOUT_MS, showPlan } from '../../state/sync.svelte';

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

/** The Blob URLs of the opened plan shown last, released when another one replaces it. */
let openedUrls: string[] = [];

/**
 * Shows a plan opened from disk the way a plan under data/ loads (see `load` in sync.svelte.ts): `opened` — the
 * worker that imported and indexed it — becomes the page's plan worker (the Flächenbilanz works
 * at once), MapLibre reads the areas by Blob URL in its own worker, and the main thread takes its
 * copy of the areas in parts after the map has drawn. Resolves when that copy is there.
 */
export async function showOpened(
  viewer: ViewerState,
  opened: PlanWorker,
  result: Opened,
  file: string
): Promise<void> {
  const { worker, current } = beginOpened();
  const url = URL.createObjectURL(result.geojson);
  worker.adopt(opened, { url, file });
  const overview = result.overview && {
    url: URL.createObjectURL(result.overview.image),
    bounds: result.overview.bounds,
    minzoom: result.overview.minzoom
  };
  for (const old of openedUrls) URL.revokeObjectURL(old);
  openedUrls = overview ? [url, overview.url] : [url];
  // The map's restyle for the new plan in a task of its own: together with the page's update for
  // the finished reading (progress gone, notices) it was one task of 150–300 ms.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (!current()) return;
  if (overview)
    viewer.notify(
      bilingual('overview.notice', {
        file,
        zoom: inEvery((l) => formatNumber(overview.minzoom, l))
      })
    );
  // The legend shows the categories used until the page has the areas themselves.
  const categories = Object.entries(result.report.byCategory)
    .filter(([, c]) => c.features > 0)
    .map(([code]) => code);
  viewer.selected = null;
  viewer.planSource = file;
  viewer.mapDrawn = false;
  viewer.plan = {
    meta: { ...result.meta, categories },
    features: [],
    ready: false,
    indexed: true,
    bounds: result.bounds,
    source: url,
    boundary: null,
    districts: null,
    places: null,
    innovationsquartier: null,
    overview
  };
  await when(() => viewer.mapDrawn || !viewer.webgl, DRAWN_TIMEOUT_MS);
  if (!current()) return;
  const features = await worker.features();
  if (!current()) return;
  showPlan(viewer, { ...viewer.plan, features, ready: true });
}
