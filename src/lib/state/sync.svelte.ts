import { loadPlanInfo, planUrl } from './load';
import { PlanLoadError } from '../plan/fetch';
import type { Plan } from '../plan/types';
import { DEFAULT_PLAN, parseHash, serializeHash } from './url';
import { cappedText } from './hash-notices';
import { bilingual, inEvery, type Bilingual } from '../i18n';
import { formatNumber } from '../i18n/format';
import { PlanWorker } from '../worker/client';
import { CancelledError, errorText, loadErrorText } from '../worker/rpc';
import type { PlanFacts, ViewerState } from './viewer.svelte';
import type { Notices } from './notices.svelte';
import type { LoadedPart } from '../plan/parts';
import type { PlanLoad } from './plan-load';
import type { Balance } from '../geo/engine';
import { planIndexed } from './plan-load';
import { getContext, setContext, untrack } from 'svelte';
import { HashHistory } from './history';
import { readPlanFeaturesInParts } from '../geo/measure';
import type { LoadedFeature } from '../plan/types';

/** Shows a loaded plan and drops URL references it does not know. */
export function showPlan(
  viewer: ViewerState,
  runtime: PlanRuntime,
  plan: Plan,
  missing: string[] = []
) {
  runtime.load = { kind: 'ready', plan };
  for (const file of missing) runtime.notices.notify(bilingual('error.optionalLayer', { file }));
  const reset = viewer.dropUnknownReferences();
  if (reset.length > 0)
    runtime.notices.notify(bilingual('error.notInPlan', { keys: reset.join(', ') }));
}

/**
 * Issue 14: a hash changed in an open page is validated like one on load — references the
 * shown plan does not have (district, selection, region …) are reset with a notice, and an
 * over-long hash is named.
 */
function checkAppliedHash(
  viewer: ViewerState,
  notices: Notices,
  read: ReturnType<typeof parseHash>
) {
  const { tooLong, capped } = read;
  if (tooLong !== undefined)
    notices.notify(
      bilingual('hostile.hashTooLong', {
        length: inEvery((l) => formatNumber(tooLong.length, l)),
        max: inEvery((l) => formatNumber(tooLong.max, l))
      })
    );
  if (capped) notices.notify(cappedText(capped));
  // Another plan is about to load: showPlan checks the references against that one.
  // Until its areas are read, a plan has nothing to check against (showPlan checks then).
  const load = viewer.planLoad;
  if (load.kind !== 'ready' || (viewer.planSource === null && load.plan.meta.id !== viewer.planId))
    return;
  const reset = viewer.dropUnknownReferences();
  if (reset.length > 0) notices.notify(bilingual('error.notInPlan', { keys: reset.join(', ') }));
}

/** A plan's plan.json that came with the page (see routes/+page.ts). */
export interface FirstPlan {
  id: string;
  meta: unknown;
}

/**
 * The page's plan runtime, made once by the page (routes/+page.svelte) and passed by context:
 * its plan worker (an opened plan's worker joins it, see `adoptOpened`) and which load is the
 * latest (a plan under data/ or a file opened from disk). It owns what loading and the worker
 * produce (`PlanFacts`: the load, the opened file's name, the Flächenbilanz, the Bebauungspläne
 * over the plan), which the viewer reads.
 */
export class PlanRuntime implements PlanFacts {
  /** Where loading the plan stands; raw: a plan's features are never mutated. */
  load = $state.raw<PlanLoad>({ kind: 'idle' });
  /** Name of a file the user opened from disk, shown instead of a plan under data/. */
  openedFile = $state<string | null>(null);
  /** The latest Flächenbilanz for the viewer's `balanceQuery` and `filter`. */
  balance = $state.raw<Balance | null>(null);
  /**
   * The Bebauungspläne the shown plan lists (plan.json `plans`), loaded after its first map
   * (state/parts.ts), and the plan they belong to. Never in the address.
   */
  parts = $state.raw<readonly LoadedPart[]>([]);
  partsOf = $state<string | null>(null);

  private loads = 0;
  /** The Blob URLs of the plan shown (one opened from disk), released when another replaces it. */
  private urls: string[] = [];

  /** `notices`: the page's messages, where loading reports what it could not read. */
  constructor(
    readonly notices: Notices,
    readonly worker: PlanWorker = new PlanWorker()
  ) {}

  /** Starts a load: the check answers true while no newer load or opened file has begun. */
  begin(): () => boolean {
    const ticket = ++this.loads;
    return () => ticket === this.loads;
  }

  /** Keeps the Blob URLs of a plan now shown, and releases those of the one shown before. */
  holdUrls(urls: string[]): void {
    for (const old of this.urls) URL.revokeObjectURL(old);
    this.urls = urls;
  }

  /**
   * A click on a very large plan's overview (map/overview.ts): the plan worker, which holds the
   * areas and their index, names the area there; a click outside the plan clears the selection.
   */
  selectOnOverview(viewer: ViewerState, lon: number, lat: number): void {
    const plan = viewer.plan;
    void this.worker.areaAt(lon, lat).then(
      (id) => {
        if (viewer.plan === plan || viewer.plan?.source === plan?.source) viewer.selected = id;
      },
      () => undefined
    );
  }

  /** A vector tile of the shown plan from its worker (map/overview.ts hands it to MapLibre). */
  tile = (z: number, x: number, y: number): Promise<ArrayBuffer> => this.worker.tile(z, x, y);
}

const KEY = Symbol('plan-runtime');
export const setPlanRuntime = (runtime: PlanRuntime) => setContext(KEY, runtime);
export const getPlanRuntime = () => getContext<PlanRuntime>(KEY);

/**
 * How long the main thread's copy of the areas waits for the first map at most (a safety net:
 * every mode has a map). Copying earlier slows that map down on a busy machine.
 */
export const DRAWN_TIMEOUT_MS = 30_000;

/** How long the page waits for the map's own copy of the areas before it asks the plan worker. */
const MAP_COPY_TIMEOUT_MS = 10_000;

/**
 * The map's own parsed copy of the areas (see `MapFacts.areas`), checked like the plan
 * worker's. Null — the plan worker then sends its copy — without a map, when the map has not
 * read the areas within `MAP_COPY_TIMEOUT_MS`, or when the copy is not the plan the worker
 * indexed (another number of areas, or a check fails).
 */
async function mapCopy(
  viewer: ViewerState,
  file: string,
  count: number
): Promise<LoadedFeature[] | null> {
  const read = viewer.mapFacts.areas(viewer.plan?.source);
  if (!read) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const json = await Promise.race([
    read,
    new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), MAP_COPY_TIMEOUT_MS)))
  ]).finally(() => clearTimeout(timer));
  if (!json) return null;
  try {
    const features = await readPlanFeaturesInParts(json, file);
    return features.length === count ? features : null;
  } catch {
    return null;
  }
}

/**
 * Loads `data/<id>/`. plan.json comes first and the map starts with it, reading the areas by
 * URL in MapLibre's worker; the plan worker fetches and indexes the same file in parallel (the
 * Flächenbilanz follows when it is ready). Only after the map has drawn does the main thread
 * take its one copy of the areas from the plan worker (lists, legend, selection …).
 */
async function load(
  viewer: ViewerState,
  runtime: PlanRuntime,
  drawn: () => Promise<void>,
  base: string,
  id: string,
  first: FirstPlan | null
) {
  const current = runtime.begin();
  const worker = runtime.worker;
  // A newer load, or a file opened from disk meanwhile, makes this one moot.
  const moot = () => !current() || viewer.planSource !== null;
  // The plan shown before stays until this one's plan.json is read.
  runtime.load = {
    kind: 'loading',
    plan: viewer.plan,
    indexed: planIndexed(viewer.planLoad)
  };
  const file = `${id}/plan.geojson`;
  const areas = worker.load(planUrl(base, id), file);
  // Whichever fails first is reported; the other's failure is then moot.
  areas.catch(() => undefined);
  try {
    const known = first?.id === id ? first.meta : undefined;
    const { plan: started, layers } = await loadPlanInfo(base, id, fetch, known);
    if (moot()) return;
    runtime.load = { kind: 'loading', plan: started, indexed: false };
    // The small layers (boundary, districts, …) only once the areas have arrived: they would
    // otherwise hold the browser's connections while the workers wait to fetch the areas.
    const loaded = await areas;
    if (moot()) return;
    const small = layers();
    let source = started.source;
    if (loaded.measured > 0) {
      runtime.notices.notify(
        bilingual('loading.measured', {
          file,
          count: inEvery((l) => formatNumber(loaded.measured, l))
        })
      );
      // The map's copy lacks `area_m2` too (the size filter reads it): give it the measured one.
      if (loaded.measuredGeoJson)
        source = URL.createObjectURL(
          new Blob([loaded.measuredGeoJson], { type: 'application/geo+json' })
        );
    }
    const indexed = { ...started, bounds: loaded.bounds ?? started.bounds, source };
    runtime.load = { kind: 'loading', plan: indexed, indexed: true };
    const { layers: optional, missing } = await small;
    if (moot()) return;
    for (const f of missing) runtime.notices.notify(bilingual('error.optionalLayer', { file: f }));
    const plan = { ...indexed, ...optional };
    runtime.load = { kind: 'loading', plan, indexed: true };
    await drawn();
    if (moot()) return;
    const features = (await mapCopy(viewer, file, loaded.count)) ?? (await worker.features());
    if (moot()) return;
    showPlan(viewer, runtime, { ...plan, features });
    // The Bebauungspläne it lists, above it on the map, after its first map (a light start).
    if (Array.isArray(plan.meta.plans) && plan.meta.plans.length > 0)
      void import('./parts').then(({ loadParts }) => loadParts(runtime, base, plan.meta, moot));
  } catch (e) {
    if (moot()) return;
    const error = loadErrorText(e);
    runtime.notices.notify(error, 'error');
    // A plan id that names no plan (old or mistyped link) falls back to the default plan (its
    // load follows; the plan shown before stays meanwhile).
    if (e instanceof PlanLoadError && e.reason === 'http' && id !== DEFAULT_PLAN)
      viewer.planId = DEFAULT_PLAN;
    else runtime.load = { kind: 'failed', error };
  }
}

/**
 * Wires the viewer to the outside world: reads the URL hash, loads the plan, and keeps the
 * hash in step with every choice (and the choices with a hash edited by hand).
 * Returns a cleanup function.
 */
export function startViewer(
  viewer: ViewerState,
  runtime: PlanRuntime,
  base: string,
  first: FirstPlan | null = null
): () => void {
  const hashHistory = new HashHistory();
  const applyLocation = () => {
    const read = parseHash(location.hash);
    const { state, warnings } = read;
    viewer.applyHash(state);
    hashHistory.sync(state);
    if (warnings.length > 0)
      runtime.notices.notify(bilingual('error.hash', { keys: warnings.join(', ') }));
    checkAppliedHash(viewer, runtime.notices, read);
  };
  applyLocation();

  const onHashChange = () => {
    if (location.hash !== serializeHash(viewer.toHash())) applyLocation();
  };
  window.addEventListener('hashchange', onHashChange);

  const worker = runtime.worker;
  let latest = 0;
  // Resolved once the map has drawn the plan (or there is no map): see `load`.
  let markDrawn: () => void = () => undefined;
  const drawnOnce = new Promise<void>((resolve) => {
    markDrawn = resolve;
    setTimeout(resolve, DRAWN_TIMEOUT_MS);
  });
  const drawn = () => drawnOnce;

  const stopEffects = $effect.root(() => {
    // Another plan id (switcher, edited URL) loads that plan; a file opened from disk stays
    // until a plan is chosen again (which clears planSource).
    $effect(() => {
      const id = viewer.planId;
      // Untracked: the load reads and writes `planLoad`, which must not run this again.
      if (viewer.planSource === null)
        untrack(() => void load(viewer, runtime, drawn, base, id, first));
    });
    $effect(() => {
      if (viewer.mapFacts.drawnSource !== null || !viewer.webgl) markDrawn();
    });
    // A plan given with its features (a source object, not a URL) is indexed here; one loaded
    // by URL or opened from disk was indexed by the worker that read it. The worker answers in
    // order, so a balance asked after an index is for that plan.
    $effect(() => {
      const source = viewer.plan?.source;
      if (source && typeof source !== 'string')
        void worker.index(source.features).catch(() => undefined);
    });
    $effect(() => {
      const indexed = planIndexed(viewer.planLoad);
      const query = viewer.balanceQuery;
      const filter = viewer.filter;
      const ticket = ++latest;
      if (!indexed || query.kind === 'none') {
        runtime.balance = null;
        return;
      }
      worker
        .balance(query.kind === 'plan' ? null : query.geometry, filter)
        .then((balance) => {
          if (ticket === latest) runtime.balance = balance;
        })
        .catch((e: unknown) => {
          // A newer query, or a worker taken over by an opened plan (`showOpened`), cancels it.
          if (ticket !== latest || e instanceof CancelledError) return;
          runtime.balance = null;
          runtime.notices.notify(errorText(e), 'error');
        });
    });
    $effect(() => {
      hashHistory.write(viewer.toHash());
    });
    $effect(() => {
      document.documentElement.lang = viewer.lang;
    });
  });

  return () => {
    window.removeEventListener('hashchange', onHashChange);
    stopEffects();
    worker.terminate();
  };
}
