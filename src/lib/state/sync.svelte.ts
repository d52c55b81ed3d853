import { loadPlan, PlanLoadError, type Plan } from '../plan/load';
import { parseHash, serializeHash } from './url';
import { PlanWorker, WorkerError } from '../worker/client';
import type { ViewerState } from './viewer.svelte';

/** A translated message for a failed load. */
export function loadErrorText(viewer: ViewerState, e: unknown): string {
  if (!(e instanceof PlanLoadError)) return viewer.t('error.load', { detail: String(e) });
  const detail =
    e.reason === 'http'
      ? viewer.t('error.loadHttp', { file: e.file, status: e.status })
      : e.reason === 'network'
        ? viewer.t('error.loadNetwork', { file: e.file })
        : e.reason === 'json'
          ? viewer.t('error.loadJson', { file: e.file })
          : e.message;
  return viewer.t('error.load', { detail });
}

/** Shows a loaded plan and drops URL references it does not know. */
export function showPlan(viewer: ViewerState, plan: Plan, missing: string[] = []) {
  viewer.plan = plan;
  for (const file of missing) viewer.notify(viewer.t('error.optionalLayer', { file }));
  const reset = viewer.dropUnknownReferences();
  if (reset.length > 0) viewer.notify(viewer.t('error.hash', { keys: reset.join(', ') }));
}

async function load(viewer: ViewerState, base: string) {
  viewer.loading = true;
  viewer.planSource = null;
  try {
    const { plan, missing } = await loadPlan(base, viewer.planId);
    showPlan(viewer, plan, missing);
  } catch (e) {
    viewer.plan = null;
    viewer.notify(loadErrorText(viewer, e), 'error');
  } finally {
    viewer.loading = false;
  }
}

/**
 * Wires the viewer to the outside world: reads the URL hash, loads the plan, and keeps the
 * hash in step with every choice (and the choices with a hash edited by hand).
 * Returns a cleanup function.
 */
export function startViewer(viewer: ViewerState, base: string): () => void {
  const applyLocation = () => {
    const { state, warnings } = parseHash(location.hash);
    const planChanged = state.plan !== viewer.planId;
    viewer.applyHash(state);
    if (warnings.length > 0) viewer.notify(viewer.t('error.hash', { keys: warnings.join(', ') }));
    return planChanged;
  };
  applyLocation();
  void load(viewer, base);

  const onHashChange = () => {
    if (location.hash === serializeHash(viewer.toHash())) return;
    const fromFile = viewer.planSource !== null;
    if (applyLocation() || fromFile) void load(viewer, base);
  };
  window.addEventListener('hashchange', onHashChange);

  const worker = new PlanWorker();
  let latest = 0;

  const stopEffects = $effect.root(() => {
    // The worker answers in order, so a balance asked after an index is for that plan.
    $effect(() => {
      if (viewer.plan) void worker.index(viewer.plan.features).catch(() => undefined);
    });
    $effect(() => {
      const plan = viewer.plan;
      const query = viewer.balanceQuery;
      const filter = viewer.filter;
      const ticket = ++latest;
      if (!plan || query.kind === 'none') {
        viewer.balance = null;
        return;
      }
      worker
        .balance(query.kind === 'plan' ? null : query.geometry, filter)
        .then((balance) => {
          if (ticket === latest) viewer.balance = balance;
        })
        .catch((e: unknown) => {
          if (ticket !== latest) return;
          viewer.balance = null;
          const text =
            e instanceof WorkerError ? (viewer.lang === 'de' ? e.message : e.messageEn) : String(e);
          viewer.notify(text, 'error');
        });
    });
    $effect(() => {
      const hash = serializeHash(viewer.toHash());
      if (hash !== location.hash && !(hash === '' && location.hash === '')) {
        history.replaceState(
          history.state,
          '',
          hash === '' ? location.pathname + location.search : hash
        );
      }
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
