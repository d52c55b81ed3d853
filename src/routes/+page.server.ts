import { planIds, servedPlanJson } from '$lib/server/catalog';
import { DEFAULT_PLAN } from '$lib/state/url';
import type { PageServerLoad } from './$types';

/**
 * The default plan's plan.json, written into the prerendered page: the map can start in the
 * task that starts the page, without first asking the server for it (the areas still load by
 * URL). Another plan in the address loads its plan.json as before.
 */
export const load: PageServerLoad = () => {
  const text = planIds().includes(DEFAULT_PLAN) ? servedPlanJson(DEFAULT_PLAN) : null;
  return {
    firstPlan: text === null ? null : { id: DEFAULT_PLAN, meta: JSON.parse(text) as unknown }
  };
};
