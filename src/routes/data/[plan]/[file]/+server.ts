import { error } from '@sveltejs/kit';
import { planFiles, planIds, readPlanFile, servedPlanJson } from '$lib/server/catalog';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
  planIds().flatMap((plan) => planFiles(plan).map((file) => ({ plan, file })));

/** Serves data/<plan>/<file> as a static file of the built site. */
export const GET: RequestHandler = ({ params }) => {
  const text =
    params.file === 'plan.json'
      ? servedPlanJson(params.plan)
      : readPlanFile(params.plan, params.file);
  if (text === null) error(404, 'Not found');
  const type = params.file.endsWith('.geojson') ? 'application/geo+json' : 'application/json';
  return new Response(text, { headers: { 'content-type': type } });
};
