import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { waitForMap } from './helpers';
import { hasShared, sharedPath, skipReason } from '../shared';

/** The shared Düren tiles (OpenMapTiles schema, OSM 2021); read from there, never copied in. */
const TILES = ['geo', 'dueren-osm-2021', 'tiles'];
export const SHARED_TILES = sharedPath(...TILES);
/** Tests that render these tiles skip, with this reason, where ../shared is absent. */
export const TILES_MISSING = !hasShared(...TILES);
export const TILES_WHY = skipReason(...TILES);
export const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

/** A copy of build/ with the shared tiles installed by `npm run basemap` (once per run). */
let site: string | null = null;
export function siteWithBasemap(): string {
  if (site) return site;
  const dir = mkdtempSync(join(tmpdir(), 'fnp-site-'));
  cpSync('build', dir, { recursive: true });
  execFileSync('npx', ['tsx', 'cli/basemap.ts', SHARED_TILES, '--clip', '--site', dir], {
    stdio: 'pipe'
  });
  site = dir;
  return dir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json'
};

/** The file of the site folder `dir` a request for `url` is answered with, or null (404). */
function siteFile(dir: string, url: string): { file: string; type: string } | null {
  let path = decodeURIComponent(new URL(url).pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = join(dir, path);
  if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return null;
  return { file, type: TYPES[extname(file)] ?? 'application/octet-stream' };
}

/**
 * Answers every request to the test origin from `dir`, like a static web server would, so
 * the browser sees exactly the installed copy (the preview server keeps serving build/).
 */
export async function serveSite(context: BrowserContext, dir: string) {
  await context.route(`${ORIGIN}/**`, async (route) => {
    const hit = siteFile(dir, route.request().url());
    if (!hit) return route.fulfill({ status: 404, body: 'not found' });
    await route.fulfill({ status: 200, body: readFileSync(hit.file), contentType: hit.type });
  });
}

/**
 * A real static web server for the site folder `dir` on a free port of 127.0.0.1 (a secure
 * context, so the service worker runs), reading each file when asked: what a command writes
 * into `dir` is served from the next request on. Files carry Last-Modified like a web server's.
 */
export async function staticServer(dir: string): Promise<{ origin: string; close(): void }> {
  const server = createServer((req, res) => {
    const hit = siteFile(dir, `http://x${req.url ?? '/'}`);
    if (!hit) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': hit.type,
      'last-modified': statSync(hit.file).mtime.toUTCString()
    });
    res.end(readFileSync(hit.file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** Serves the shared tiles for an online host's tile URLs (route-mocked online basemap). */
export async function mockTiles(context: BrowserContext, pattern: RegExp, requests: string[]) {
  await context.route(pattern, async (route) => {
    const url = route.request().url();
    requests.push(url);
    const m = /\/(\d+)\/(\d+)\/(\d+)\.pbf$/.exec(url);
    const file = m ? join(SHARED_TILES, m[1]!, m[2]!, `${m[3]}.pbf`) : null;
    // Outside the test tiles: an empty tile, as a real server sends for empty areas.
    await route.fulfill({
      status: 200,
      contentType: 'application/x-protobuf',
      headers: { 'access-control-allow-origin': '*' },
      body: file && existsSync(file) ? readFileSync(file) : Buffer.alloc(0)
    });
  });
}

export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
  );
}

/** Names of basemap features MapLibre has drawn in these layers. */
export async function renderedNames(page: Page, layers: string[]): Promise<string[]> {
  return page.evaluate((layers) => {
    const map = window.fnpViewer!.map;
    const present = layers.filter((l) => map.getLayer(l));
    return map
      .queryRenderedFeatures({ layers: present })
      .map((f) =>
        String(f.properties['name:de'] ?? f.properties.name ?? f.properties['name:latin'])
      );
  }, layers);
}

/** Like helpers' waitForMap, with room for a slow shared machine (tiles come one by one). */
export const waitForTiles = (page: Page) => waitForMap(page, 150_000);

/** Waits until the service worker has installed (precache complete), then reloads under its control. */
export async function reloadUnderWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await waitForTiles(page);
}
