import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cacheNames,
  cacheable,
  manifestRevision,
  navigationKeys,
  staleBasemapUrls,
  precacheList,
  staleCaches,
  strategyFor
} from '../../src/lib/pwa/cache-policy';
import { answer, type CacheLike, type WorkerEnv } from '../../src/lib/pwa/handlers';
import { offerUpdate, shouldReload } from '../../src/lib/pwa/update.svelte';

const origin = 'https://fnp.example';
const precached = new Set(['/', '/data/dueren-2025/plan.geojson', '/_app/immutable/a.js']);
const get = (path: string, mode = 'cors') => ({ method: 'GET', url: origin + path, mode });

describe('service worker cache policy', () => {
  it('precaches build, static files and prerendered data but not basemap tiles', () => {
    const list = precacheList(
      '',
      ['/_app/immutable/a.js', '/_app/version.json', '/_app/f.woff2', '/_app/f.woff'],
      [
        '/favicon.svg',
        '/manifest.webmanifest',
        '/basemap/tiles/12/2130/1371.pbf',
        '/basemap/basemap.json'
      ],
      ['/', '/data/index.json', '/data/dueren-2025/plan.geojson', '/basemap.json']
    );
    expect(list).toContain('/data/dueren-2025/plan.geojson');
    expect(list).toContain('/data/index.json');
    expect(list).toContain('/basemap.json');
    expect(list).toContain('/manifest.webmanifest');
    expect(list.some((f) => f.startsWith('/basemap/'))).toBe(false);
    expect(list).toContain('/_app/f.woff2');
    expect(list).not.toContain('/_app/f.woff');
    expect(new Set(list).size).toBe(list.length);
  });

  it('respects a base path', () => {
    const list = precacheList('/fnp', [], ['/fnp/basemap/tiles/1/1/1.pbf', '/fnp/icon.svg'], []);
    expect(list).toEqual(['/fnp/icon.svg']);
  });

  it('never touches other hosts, so online basemaps are never cached', () => {
    for (const url of [
      'https://tiles.openfreemap.org/planet',
      'https://tiles.openfreemap.org/planet/20250101/12/2130/1371.pbf',
      'https://sgx.geodatenzentrum.de/gdz_basemapde_vektor/styles/bm_web_col.json'
    ])
      expect(strategyFor({ method: 'GET', url }, origin, '', precached)).toBe('network');
  });

  it('leaves non-GET and non-http requests alone', () => {
    expect(strategyFor({ method: 'POST', url: `${origin}/` }, origin, '', precached)).toBe(
      'network'
    );
    expect(strategyFor({ method: 'GET', url: 'blob:x' }, origin, '', precached)).toBe('network');
    expect(strategyFor({ method: 'GET', url: 'not a url' }, origin, '', precached)).toBe('network');
  });

  it('answers build files and pages from the app cache', () => {
    expect(strategyFor(get('/data/dueren-2025/plan.geojson'), origin, '', precached)).toBe(
      'precache'
    );
    expect(strategyFor(get('/?a=1', 'navigate'), origin, '', precached)).toBe('precache');
  });

  it('caches self-hosted basemap tiles on first use, other same-origin files network first', () => {
    expect(strategyFor(get('/basemap/tiles/12/2130/1371.pbf'), origin, '', precached)).toBe(
      'runtime-cache-first'
    );
    expect(strategyFor(get('/something-new.json'), origin, '', precached)).toBe(
      'runtime-network-first'
    );
  });

  it('finds the prerendered page for a navigation', () => {
    expect(navigationKeys('/', '')).toEqual(['/', '/index.html']);
    expect(navigationKeys('/fnp/index.html', '/fnp')).toEqual(['/fnp/index.html', '/fnp/']);
    expect(navigationKeys('/elsewhere', '')).toEqual(['/elsewhere', '/']);
  });

  it('versions its caches and deletes only its own old ones', () => {
    const now = cacheNames('2');
    expect(now.app).not.toBe(cacheNames('1').app);
    const keys = ['fnp-app-1', 'fnp-runtime-1', now.app, now.runtime, 'other-app-cache'];
    expect(staleCaches(keys, '2')).toEqual(['fnp-app-1', 'fnp-runtime-1']);
  });

  it('stores only complete same-origin answers', () => {
    expect(cacheable({ ok: true, status: 200, type: 'basic' })).toBe(true);
    expect(cacheable({ ok: true, status: 206, type: 'basic' })).toBe(false);
    expect(cacheable({ ok: false, status: 404, type: 'basic' })).toBe(false);
    expect(cacheable({ ok: true, status: 200, type: 'opaque' })).toBe(false);
  });
});

/** An in-memory Cache API and a site whose files can change (a basemap installed into it). */
function worker(version: string) {
  const site = new Map<string, string>();
  let online = true;
  const fetched: string[] = [];
  const stores = new Map<string, Map<string, Response>>();
  const key = (r: Request | string) =>
    typeof r !== 'string' ? r.url : r.startsWith('http') ? r : origin + r;
  const open = async (name: string): Promise<CacheLike> => {
    const m = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, m);
    return {
      match: async (r) => m.get(key(r))?.clone(),
      put: async (r, res) => void m.set(key(r), res),
      keys: async () => [...m.keys()].map((u) => new Request(u)),
      delete: async (r) => m.delete(key(r))
    };
  };
  const env: WorkerEnv = {
    names: cacheNames(version),
    base: '',
    open,
    matchAny: async (r) => {
      for (const m of stores.values()) if (m.has(r.url)) return m.get(r.url)!.clone();
      return undefined;
    },
    fetch: async (r) => {
      if (!online) throw new TypeError('offline');
      const path = new URL(r.url).pathname;
      fetched.push(r.url.slice(origin.length));
      const body = site.get(path);
      return body === undefined
        ? new Response('not found', { status: 404 })
        : new Response(body, { status: 200 });
    }
  };
  const precachedPaths = new Set(['/', '/basemap.json']);
  /** What the page gets for a path, through the worker (Response.type is "default" in node). */
  const get = async (path: string) => {
    const request = new Request(origin + path);
    const strategy = strategyFor(request, origin, '', precachedPaths);
    if (strategy === 'network') throw new Error('not handled');
    return (await answer(strategy, request, env)).text();
  };
  return {
    site,
    fetched,
    get,
    stores,
    setOnline: (v: boolean) => (online = v),
    /** The worker's install: this build's files into the app cache. */
    install: async () => {
      const app = await open(env.names.app);
      for (const p of precachedPaths)
        await app.put(new Request(origin + p), new Response(site.get(p) ?? '', { status: 200 }));
    }
  };
}

describe('service worker: a basemap installed into the built site', () => {
  // In node a Response's type is "default"; the worker stores only "basic" answers. The flow
  // below uses the real cacheable() through a Response whose type reads "basic".
  const realResponse = globalThis.Response;
  class BasicResponse extends realResponse {
    override get type(): ResponseType {
      return 'basic';
    }
    override clone(): Response {
      const c = super.clone();
      Object.setPrototypeOf(c, BasicResponse.prototype);
      return c;
    }
  }

  beforeEach(() => {
    globalThis.Response = BasicResponse as typeof Response;
  });
  afterEach(() => {
    globalThis.Response = realResponse;
  });

  it('is served to a returning visitor on the next visit, and a reinstall replaces its tiles', async () => {
    const w = worker('build-1');
    w.site.set('/basemap.json', '{"manifest":null}');
    await w.install();
    expect(await w.get('/basemap.json')).toBe('{"manifest":null}');
    // `npm run basemap -- … --site build`: pointer and tiles change, the build version not.
    const manifest = (rev: string) =>
      JSON.stringify({
        manifest: { version: 1, revision: rev, tiles: `tiles/{z}/{x}/{y}.pbf?v=${rev}` }
      });
    w.site.set('/basemap.json', manifest('aaaa'));
    w.site.set('/basemap/tiles/14/1/1.pbf', 'tile A');
    expect(JSON.parse(await w.get('/basemap.json')).manifest.revision).toBe('aaaa');
    expect(await w.get('/basemap/tiles/14/1/1.pbf?v=aaaa')).toBe('tile A');
    w.fetched.length = 0;
    expect(await w.get('/basemap/tiles/14/1/1.pbf?v=aaaa')).toBe('tile A');
    expect(w.fetched, JSON.stringify(w.fetched)).toEqual([]); // from the cache
    // A second installation: new revision, new URLs; the old tiles leave the cache.
    w.site.set('/basemap.json', manifest('bbbb'));
    w.site.set('/basemap/tiles/14/1/1.pbf', 'tile B');
    expect(JSON.parse(await w.get('/basemap.json')).manifest.revision).toBe('bbbb');
    expect(await w.get('/basemap/tiles/14/1/1.pbf?v=bbbb')).toBe('tile B');
    const runtime = [...w.stores.get(cacheNames('build-1').runtime)!.keys()];
    expect(runtime.filter((u) => u.includes('v=aaaa'))).toEqual([]);
    // Offline: pointer and seen tiles come from the cache.
    w.setOnline(false);
    expect(JSON.parse(await w.get('/basemap.json')).manifest.revision).toBe('bbbb');
    expect(await w.get('/basemap/tiles/14/1/1.pbf?v=bbbb')).toBe('tile B');
  });

  it('offline on a first visit after install, the precached pointer answers', async () => {
    const w = worker('build-2');
    w.site.set('/basemap.json', '{"manifest":null}');
    await w.install();
    w.setOnline(false);
    expect(await w.get('/basemap.json')).toBe('{"manifest":null}');
  });

  it('pointer and manifest are network first even though precached; revisions are read', () => {
    const pre = new Set(['/basemap.json', '/basemap/basemap.json']);
    expect(strategyFor(get('/basemap.json'), origin, '', pre)).toBe('runtime-network-first');
    expect(strategyFor(get('/fnp/basemap.json'), origin, '/fnp', pre)).toBe(
      'runtime-network-first'
    );
    expect(strategyFor(get('/basemap/basemap.json'), origin, '', pre)).toBe(
      'runtime-network-first'
    );
    expect(manifestRevision({ manifest: { revision: 'ab12' } })).toBe('ab12');
    expect(manifestRevision({ manifest: null })).toBeNull();
    expect(
      staleBasemapUrls(
        [
          `${origin}/basemap/tiles/1/1/1.pbf?v=a`,
          `${origin}/basemap/tiles/1/1/1.pbf?v=b`,
          `${origin}/basemap/search.json`,
          `${origin}/basemap/basemap.json`,
          `${origin}/data/x.json`
        ],
        '',
        'b'
      )
    ).toEqual([`${origin}/basemap/tiles/1/1/1.pbf?v=a`, `${origin}/basemap/search.json`]);
  });
});

describe('update notice', () => {
  it('offers a waiting version only to a page already run by a worker', () => {
    expect(offerUpdate(true, {})).toBe(true);
    expect(offerUpdate(false, {})).toBe(false);
    expect(offerUpdate(true, null)).toBe(false);
  });

  it('reloads once, and only after the user asked', () => {
    expect(shouldReload(true, false)).toBe(true);
    expect(shouldReload(false, false)).toBe(false);
    expect(shouldReload(true, true)).toBe(false);
  });
});
