import { describe, expect, it } from 'vitest';
import {
  cacheNames,
  cacheable,
  navigationKeys,
  precacheList,
  staleCaches,
  strategyFor
} from '../../src/lib/pwa/cache-policy';
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
