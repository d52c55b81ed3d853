/**
 * The Bebauungspläne a plan lists (plan.json `plans`, plan/parts.ts), loaded after the plan's
 * first map has drawn: each is a small plan folder of its own, read whole on the main thread.
 * One that cannot be read is named in a notice; the others are shown.
 */
import type { PlanMeta } from '../plan/types';
import type { LoadedPart } from '../plan/parts';
import { parsePlanParts } from '../plan/parts-index';
import { PlanDataError } from '../plan/validate';
import { bilingual } from '../i18n';
import { loadErrorText } from '../worker/rpc';
import { loadPlan } from './load';
import type { PlanRuntime } from './sync.svelte';

export async function loadParts(
  runtime: PlanRuntime,
  base: string,
  meta: PlanMeta,
  moot: () => boolean,
  fetchFn: typeof fetch = fetch
): Promise<void> {
  let refs;
  try {
    refs = parsePlanParts(meta);
  } catch (e) {
    if (e instanceof PlanDataError)
      runtime.notices.notify(
        bilingual('error.load', { detail: { de: e.message, en: e.messageEn } })
      );
    return;
  }
  if (refs.length === 0) return;
  const loaded = await Promise.all(
    refs.map(async (ref): Promise<LoadedPart | null> => {
      try {
        const { plan } = await loadPlan(base, ref.id, fetchFn);
        return { ref, plan };
      } catch (e) {
        if (!moot()) runtime.notices.notify(loadErrorText(e));
        return null;
      }
    })
  );
  const parts = loaded.filter((p): p is LoadedPart => p !== null);
  // Each area with Festsetzungen gets its Nutzungsschablone as label text (the map's labels
  // from z16), as an opened plan's areas do; the module loads only with a plan that has one.
  if (parts.some(({ plan }) => plan.features.some((f) => f.properties.bau))) {
    const { withSchablone } = await import('../xplan/nutzungsschablone');
    for (const part of parts)
      part.plan = { ...part.plan, features: part.plan.features.map(withSchablone) };
  }
  if (moot()) return;
  runtime.parts = parts;
  runtime.partsOf = meta.id;
}
