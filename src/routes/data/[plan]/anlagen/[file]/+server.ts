import { error } from '@sveltejs/kit';
import { attachmentFiles, planIds, readAttachmentFile } from '$lib/server/catalog';
import { mimeTypeOf } from '$lib/xplan/archive';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
  planIds().flatMap((plan) => attachmentFiles(plan).map((file) => ({ plan, file })));

/** Serves data/<plan>/anlagen/<document> (an XPlanArchiv's Begründung …, see cli/import.ts). */
export const GET: RequestHandler = ({ params }) => {
  const bytes = readAttachmentFile(params.plan, params.file);
  if (bytes === null) error(404, 'Not found');
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': mimeTypeOf(params.file) }
  });
};
