import { json } from '@sveltejs/kit';
import { catalog } from '$lib/server/catalog';

export const prerender = true;

/** The plan switcher's list: every plan under data/, generated at build time. */
export function GET() {
  return json(catalog());
}
