import { base } from '$app/paths';
import { DEFAULT_PLAN } from '$lib/state/url';
import type { PageLoad } from './$types';

/**
 * The default plan's plan.json, written into the prerendered page (SvelteKit keeps what `fetch`
 * returned while prerendering and answers the same request in the browser from the page): the
 * map can start in the task that starts the page, without asking the server first (the areas
 * still load by URL). Another plan in the address loads its plan.json as before; a failure here
 * is left to that normal path, which reports it.
 */
export const load: PageLoad = async ({ fetch }) => {
  try {
    const response = await fetch(`${base}/data/${DEFAULT_PLAN}/plan.json`);
    const meta: unknown = response.ok ? await response.json() : null;
    return { firstPlan: meta === null ? null : { id: DEFAULT_PLAN, meta } };
  } catch {
    return { firstPlan: null };
  }
};
