import { existsSync, readFileSync } from 'node:fs';
import { json } from '@sveltejs/kit';

export const prerender = true;

/**
 * Whether the site ships its own basemap: written at build time from `static/basemap/`
 * (installed there by `npm run basemap`). The page always finds this file, so a site without
 * a basemap answers without a failed request; `npm run basemap -- … --site build` rewrites it.
 */
export function GET() {
  const file = 'static/basemap/basemap.json';
  return json({
    manifest: existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : null
  });
}
