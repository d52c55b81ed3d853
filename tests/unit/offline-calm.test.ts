/**
 * Calm offline: what the service worker adds beyond the build list (a worker's lazily loaded
 * chunks — checked on the real build output when there is one —, the basemap's search index),
 * and that missing map pieces give one quiet notice instead of an error per request.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basemapPrecache, moduleImports, strategyFor } from '../../src/lib/pwa/cache-policy';
import { isPieceError, PieceErrorNotice } from '../../src/lib/map/tile-errors';

describe('lazily loaded modules', () => {
  it('finds static and dynamic relative imports inside the build folder only', () => {
    const src =
      'import{a}from"./c7CV07Of.js";const w=()=>import(`./chunks/BZPtrEQg.js`);' +
      "import('../../x/evil.js');fetch('./data.json');import('https://x.org/y.js')";
    expect(moduleImports(src, '/base/_app/immutable/workers/plan.worker-1.js').sort()).toEqual([
      '/base/_app/immutable/workers/c7CV07Of.js',
      '/base/_app/immutable/workers/chunks/BZPtrEQg.js'
    ]);
    // One level up stays inside the build folder; further up does not.
    expect(moduleImports('import("../x.js")', '/_app/immutable/workers/a.js')).toEqual([
      '/_app/immutable/x.js'
    ]);
    expect(moduleImports('import("./a.js")', '/elsewhere/a.js')).toEqual([]);
  });

  it('treats every module of the build as the build’s own (cache first)', () => {
    const s = strategyFor(
      { method: 'GET', url: 'https://x.de/_app/immutable/workers/chunks/q.js' },
      'https://x.de',
      '',
      new Set()
    );
    expect(s).toBe('precache');
  });

  const BUILD = 'build/_app/immutable';
  it.skipIf(!existsSync(BUILD))(
    `reaches every worker chunk of the build from the workers${existsSync(BUILD) ? '' : ' (skipped: no build/, run npm run build first)'}`,
    () => {
      const walk = (d: string): string[] =>
        readdirSync(d, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]
        );
      const all = walk(BUILD).map((f) => `/${relative('build', f)}`);
      const chunks = all.filter((f) => f.includes('/workers/chunks/'));
      const workers = all.filter((f) => /\/workers\/[^/]+\.js$/.test(f));
      const reached = new Set<string>();
      const queue = [...workers];
      while (queue.length) {
        const f = queue.pop()!;
        for (const m of moduleImports(readFileSync(`build${f}`, 'utf8'), f))
          if (!reached.has(m)) queue.push(...(reached.add(m), [m]));
      }
      for (const c of chunks) expect(reached, c).toContain(c);
    }
  );
});

describe('basemap files kept for offline', () => {
  it('keeps the search index of a self-hosted basemap, nothing for none or bad input', () => {
    expect(basemapPrecache({ manifest: { search: 'search.json' } }, '/b')).toEqual([
      '/b/basemap/search.json'
    ]);
    expect(basemapPrecache({ manifest: null }, '')).toEqual([]);
    expect(basemapPrecache({ manifest: { search: '../../x' } }, '')).toEqual([]);
    expect(basemapPrecache('nonsense', '')).toEqual([]);
  });
});

describe('missing map pieces', () => {
  it('tells tile, glyph and sprite failures from other map errors', () => {
    const ajax = (url: string, status = 0) => ({ error: { name: 'AJAXError', status, url } });
    expect(isPieceError(ajax('https://x.de/basemap/tiles/14/1/2.pbf'))).toBe(true);
    expect(isPieceError(ajax('https://x.de/fonts/Noto/0-255.pbf'))).toBe(true);
    expect(isPieceError({ sourceId: 'basemap', error: { message: 'Failed to fetch' } })).toBe(true);
    expect(isPieceError({ error: { message: 'Style is not done loading' } })).toBe(false);
    expect(isPieceError({ error: null })).toBe(false);
  });

  it('shows one notice however many pieces fail, again only after being online', () => {
    const shown: boolean[] = [];
    const notice = new PieceErrorNotice((offline) => shown.push(offline));
    for (let i = 0; i < 8; i++) notice.report(false);
    expect(shown).toEqual([true]);
    notice.online();
    notice.report(true);
    notice.report(true);
    expect(shown).toEqual([true, false]);
  });
});
