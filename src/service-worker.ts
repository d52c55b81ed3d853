/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The offline app: caches this build (app shell, prerendered page, plan data) on install and
// self-hosted basemap tiles on first use. What is cached where is decided in cache-policy.ts.
import { base, build, files, prerendered, version } from '$service-worker';
import {
  basemapPrecache,
  moduleImports,
  cacheNames,
  cacheable,
  navigationKeys,
  precacheList,
  staleCaches,
  strategyFor
} from '$lib/pwa/cache-policy';

const sw = self as unknown as ServiceWorkerGlobalScope;
const names = cacheNames(version);
const assets = precacheList(base, build, files, prerendered);
const precached = new Set(assets);

/** Chromium's static routing API (not yet in TypeScript's lib). */
type RouterInstallEvent = ExtendableEvent & {
  addRoutes?: (rules: unknown) => Promise<void>;
};

sw.addEventListener('install', (event) => {
  // Requests to other hosts (online basemaps after consent) bypass this worker entirely where
  // the browser can do so; elsewhere the fetch handler below leaves them alone.
  const router = (event as RouterInstallEvent).addRoutes;
  if (router) {
    const pattern = new URLPattern({ protocol: 'http{s}?', hostname: sw.location.hostname });
    event.waitUntil(
      router
        .call(event, { condition: { not: { urlPattern: pattern } }, source: 'network' })
        .catch(() => undefined)
    );
  }
  // No skipWaiting here: a new version waits until the page asks (the update notice), so an
  // open page never gets files of two versions.
  event.waitUntil(caches.open(names.app).then((cache) => precache(cache)));
});

/**
 * The build's files, then what they load lazily and the build list does not name (a worker's
 * chunks), then the basemap's search index: everything the app may need offline later.
 */
async function precache(cache: Cache) {
  await cache.addAll(assets);
  const queue = assets.filter((a) => /\/_app\/immutable\/.*\.m?js$/.test(a));
  const seen = new Set(assets);
  while (queue.length > 0) {
    const path = queue.pop()!;
    const hit = await cache.match(path);
    if (!hit) continue;
    for (const more of moduleImports(await hit.text(), path)) {
      if (seen.has(more)) continue;
      seen.add(more);
      await cache.add(more).catch(() => undefined);
      queue.push(more);
    }
  }
  try {
    const manifest = await (await fetch(`${base}/basemap.json`)).json();
    const extra = basemapPrecache(manifest, base);
    const runtime = await caches.open(names.runtime);
    await Promise.all(extra.map((f) => runtime.add(f).catch(() => undefined)));
  } catch {
    // No basemap of its own: nothing more to keep.
  }
}

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(staleCaches(keys, version).map((k) => caches.delete(k))))
  );
});

sw.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

async function fromApp(request: Request): Promise<Response> {
  const cache = await caches.open(names.app);
  const url = new URL(request.url);
  const keys = request.mode === 'navigate' ? navigationKeys(url.pathname, base) : [url.pathname];
  for (const key of keys) {
    const hit = await cache.match(key);
    if (hit) return hit;
  }
  return fetch(request);
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(names.runtime);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (cacheable(response)) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(names.runtime);
  try {
    const response = await fetch(request);
    if (cacheable(response)) await cache.put(request, response.clone());
    return response;
  } catch (e) {
    const hit = await cache.match(request);
    if (hit) return hit;
    throw e;
  }
}

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  const strategy = strategyFor(request, sw.location.origin, base, precached);
  // Other hosts (online basemaps after consent) and non-GET requests: not touched, not stored.
  if (strategy === 'network') return;
  if (strategy === 'precache') event.respondWith(fromApp(request));
  else if (strategy === 'runtime-cache-first') event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(request));
});
