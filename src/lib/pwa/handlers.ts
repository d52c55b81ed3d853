/**
 * How the service worker answers a request once `strategyFor` chose the way: the Cache API and
 * fetch are passed in, so the whole flow (first visit, basemap installed, returning visit,
 * offline) is tested under node with an in-memory cache (tests/unit/pwa.test.ts).
 */
import {
  cacheable,
  isBasemapManifest,
  manifestRevision,
  navigationKeys,
  staleBasemapUrls,
  type CacheNames,
  type Strategy
} from './cache-policy';

export interface CacheLike {
  match(request: Request | string): Promise<Response | undefined>;
  put(request: Request, response: Response): Promise<void>;
  keys(): Promise<readonly Request[]>;
  delete(request: Request | string): Promise<boolean>;
}

export interface WorkerEnv {
  names: CacheNames;
  base: string;
  open(name: string): Promise<CacheLike>;
  /** A match in any of this origin's caches (the precached copy, offline). */
  matchAny(request: Request): Promise<Response | undefined>;
  fetch(request: Request): Promise<Response>;
}

async function fromApp(request: Request, env: WorkerEnv): Promise<Response> {
  const cache = await env.open(env.names.app);
  const url = new URL(request.url);
  const keys =
    request.mode === 'navigate' ? navigationKeys(url.pathname, env.base) : [url.pathname];
  for (const key of keys) {
    const hit = await cache.match(key);
    if (hit) return hit;
  }
  return env.fetch(request);
}

async function cacheFirst(request: Request, env: WorkerEnv): Promise<Response> {
  const cache = await env.open(env.names.runtime);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await env.fetch(request);
  if (cacheable(response)) await cache.put(request, response.clone());
  return response;
}

/** Tiles of other basemap installations than the one `manifest` names leave the cache. */
async function pruneBasemap(manifest: Response, env: WorkerEnv): Promise<void> {
  let revision: string | null;
  try {
    revision = manifestRevision(await manifest.json());
  } catch {
    return;
  }
  const cache = await env.open(env.names.runtime);
  const urls = (await cache.keys()).map((r) => r.url);
  await Promise.all(staleBasemapUrls(urls, env.base, revision).map((u) => cache.delete(u)));
}

async function networkFirst(request: Request, env: WorkerEnv): Promise<Response> {
  const cache = await env.open(env.names.runtime);
  try {
    const response = await env.fetch(request);
    if (cacheable(response)) {
      await cache.put(request, response.clone());
      if (isBasemapManifest(new URL(request.url).pathname, env.base))
        await pruneBasemap(response.clone(), env);
    }
    return response;
  } catch (e) {
    const hit = (await cache.match(request)) ?? (await env.matchAny(request));
    if (hit) return hit;
    throw e;
  }
}

/** The answer for a request the worker handles (every strategy but 'network'). */
export function answer(
  strategy: Exclude<Strategy, 'network'>,
  request: Request,
  env: WorkerEnv
): Promise<Response> {
  if (strategy === 'precache') return fromApp(request, env);
  if (strategy === 'runtime-cache-first') return cacheFirst(request, env);
  return networkFirst(request, env);
}
