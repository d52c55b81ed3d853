import { error } from '@sveltejs/kit';
import { planIds, rasterFiles, readRasterFile } from '$lib/server/catalog';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
  planIds().flatMap((plan) => rasterFiles(plan).map((file) => ({ plan, file })));

/** Serves data/<plan>/raster/<image> (a raster plan, see meta.rasters) as a static file. */
export const GET: RequestHandler = ({ params }) => {
  const bytes = readRasterFile(params.plan, params.file);
  if (bytes === null) error(404, 'Not found');
  const type = /\.png$/i.test(params.file) ? 'image/png' : 'image/jpeg';
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-type': type } });
};
