/**
 * What the service worker keeps for offline use, as pure functions (tested under node; the
 * worker in src/service-worker.ts only wires them to the Cache API).
 */

/** Every cache of this app starts with this, so activate never deletes another app's caches. */
export const CACHE_PREFIX = 'fnp-';

export interface CacheNames {
  /** App shell, prerendered pages and plan data of exactly this build. */
  app: string;
  /** Same-origin files fetched later (self-hosted basemap tiles, search index …). */
  runtime: string;
}

export function cacheNames(version: string): CacheNames {
  return { app: `${CACHE_PREFIX}app-${version}`, runtime: `${CACHE_PREFIX}runtime-${version}` };
}

/** Caches of older versions: deleted on activate so versions never mix. */
export function staleCaches(keys: readonly string[], version: string): string[] {
  const keep = new Set(Object.values(cacheNames(version)));
  return keys.filter((k) => k.startsWith(CACHE_PREFIX) && !keep.has(k));
}

/** Whether a site path belongs to the self-hosted basemap (tiles, fonts, search index). */
function isBasemapFile(path: string, base: string): boolean {
  return path.startsWith(`${base}/basemap/`);
}

/**
 * Files a module loads by a relative path written in its code: static imports and the
 * `import(`./chunks/x.js`)` of a worker's lazily loaded chunks, which the build's file list
 * (`$service-worker` build) leaves out. Resolved against the module's own path; only modules of
 * the same build folder (`…/_app/immutable/`), so nothing else is fetched.
 */
export function moduleImports(source: string, modulePath: string): string[] {
  const root = modulePath.slice(
    0,
    modulePath.indexOf('/_app/immutable/') + '/_app/immutable/'.length
  );
  if (root.length < '/_app/immutable/'.length) return [];
  const found = new Set<string>();
  for (const m of source.matchAll(/["'`](\.\.?\/[\w./-]+\.m?js)["'`]/g)) {
    const path = new URL(m[1]!, `http://x${modulePath}`).pathname;
    if (path.startsWith(root) && path !== modulePath) found.add(path);
  }
  return [...found];
}

/**
 * The basemap files to keep from the first visit on, besides the build: the search index and
 * the fonts the self-hosted style names (tiles stay cached on first use, there can be thousands).
 * `manifest` is the answer of `<base>/basemap.json`; anything unreadable gives nothing.
 */
export function basemapPrecache(manifest: unknown, base: string): string[] {
  const m = (manifest as { manifest?: { search?: unknown; glyphs?: unknown } } | null)?.manifest;
  if (!m || typeof m !== 'object') return [];
  const out: string[] = [];
  if (typeof m.search === 'string' && /^[\w./-]+$/.test(m.search) && !m.search.includes('..'))
    out.push(`${base}/basemap/${m.search}`);
  return out;
}

/**
 * The files fetched on install: the built app, the static files and every prerendered page
 * and data file (data/index.json, plan.json, plan.geojson, plots.geojson, scenes.json,
 * basemap.json). A self-hosted basemap's tiles are left out: there can be thousands, and only
 * the ones the user looked at are needed, so they are cached on first use instead. Old-format
 * .woff fonts are left out too: every browser with service workers takes the .woff2 files.
 */
export function precacheList(
  base: string,
  build: readonly string[],
  files: readonly string[],
  prerendered: readonly string[]
): string[] {
  const all = [
    ...build.filter((f) => !f.endsWith('.woff')),
    ...files.filter((f) => !isBasemapFile(f, base)),
    ...prerendered
  ];
  return [...new Set(all)];
}

export type Strategy =
  /** Not ours (another host, not GET, not http): the worker stays out of the way. */
  | 'network'
  /** Part of this build: answered from the app cache, network only if it is missing. */
  | 'precache'
  /** Self-hosted basemap file: from the runtime cache, else fetched and kept. */
  | 'runtime-cache-first'
  /** Any other same-origin GET: network first (fresh when online), cache when offline. */
  | 'runtime-network-first';

/**
 * How the worker answers one request. Requests to other hosts are never touched, so online
 * basemaps (used only after consent) go straight to the network and are never stored.
 */
export function strategyFor(
  request: { method: string; url: string; mode?: string },
  origin: string,
  base: string,
  precached: ReadonlySet<string>
): Strategy {
  if (request.method !== 'GET') return 'network';
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return 'network';
  }
  if (url.origin !== origin || !/^https?:$/.test(url.protocol)) return 'network';
  if (precached.has(url.pathname)) return 'precache';
  // The build's own modules (also the lazily loaded ones the build list leaves out, which the
  // worker adds on install: see moduleImports).
  if (url.pathname.startsWith(`${base}/_app/immutable/`)) return 'precache';
  // A page address (e.g. "/?x=1" or "/index.html") is the prerendered page.
  if (request.mode === 'navigate') return 'precache';
  if (isBasemapFile(url.pathname, base)) return 'runtime-cache-first';
  return 'runtime-network-first';
}

/** The cached page answering a navigation: the prerendered page, else the start page. */
export function navigationKeys(pathname: string, base: string): string[] {
  const keys = [pathname];
  if (pathname.endsWith('/index.html')) keys.push(pathname.slice(0, -'index.html'.length));
  else if (pathname.endsWith('/')) keys.push(`${pathname}index.html`);
  keys.push(`${base}/`);
  return [...new Set(keys)];
}

/** Only complete same-origin answers are stored (no errors, no partial 206 range replies). */
export function cacheable(response: { ok: boolean; status: number; type: string }): boolean {
  return response.ok && response.status === 200 && response.type === 'basic';
}
