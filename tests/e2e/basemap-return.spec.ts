import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { generateTiles, tileXY } from '../fixtures/generate';
import { pmtilesArchive } from '../hostile/tiles';
import { reloadUnderWorker, renderedNames, staticServer, waitForTiles } from './basemap-helpers';

// Issue 26: after `npm run basemap -- … --site <site>` a returning visitor — whose service
// worker cached the site without a basemap ({"manifest":null}) — sees the basemap on the next
// visit. The site is a copy of build/ on a static server of its own (build/ stays as it is);
// the basemap is a small .pmtiles made here, so the test needs nothing from ../shared.
test.describe.configure({ timeout: 240_000 });

/** Where screenshots are kept for review, if set (as in the other browser tests). */
const SHOTS = process.env.E2E_SHOTS;
const [LON, LAT] = [6.4885, 50.8037];
/** The centre of the z14 tile of (LON, LAT): its generated street runs across it there. */
const [X, Y] = tileXY(LON, LAT, 14);
const CENTRE_LON = ((X + 0.5) / 2 ** 14) * 360 - 180;
const CENTRE_LAT =
  (180 / Math.PI) * Math.atan(Math.sinh(Math.PI - (2 * Math.PI * (Y + 0.5)) / 2 ** 14));
const HASH = `#map=16/${CENTRE_LAT.toFixed(5)}/${CENTRE_LON.toFixed(5)}`;
const LABELS = ['basemap-street-label', 'basemap-street-label-mid', 'basemap-street-label-detail'];

/** Four z14 tiles around the Kölnstraße (generated streets and places) as a gzipped .pmtiles. */
function smallPmtiles(dir: string): string {
  const near = [
    [X, Y],
    [X + 1, Y],
    [X, Y + 1],
    [X + 1, Y + 1]
  ] as const;
  const file = join(dir, 'dueren.pmtiles');
  writeFileSync(
    file,
    pmtilesArchive(
      generateTiles(near, 14).map((t) => ({ z: 14, x: t.x, y: t.y, data: gzipSync(t.data) })),
      { minZoom: 14, maxZoom: 14, bounds: [6.47, 50.79, 6.51, 50.815], tileCompression: 2 },
      { attribution: '© OpenStreetMap-Mitwirkende' }
    )
  );
  return file;
}

/** Tile URLs of the map's self-hosted basemap source, or [] without one. */
const selfTiles = (page: Page) =>
  page.evaluate(() =>
    Object.values(window.fnpViewer!.map.getStyle().sources).flatMap((s) =>
      'tiles' in s && s.tiles ? s.tiles.filter((u) => u.includes('/basemap/tiles/')) : []
    )
  );

async function visit(page: Page, origin: string) {
  await page.goto(`${origin}/${HASH}`);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
  await waitForTiles(page);
}

test('a returning visitor sees a basemap installed after the last visit', async ({ context }) => {
  const work = mkdtempSync(join(tmpdir(), 'fnp-return-'));
  const site = join(work, 'site');
  cpSync('build', site, { recursive: true });
  const server = await staticServer(site);
  try {
    // First visit: the worker installs (caching the site as it is, without a basemap) and
    // controls the page after a reload.
    const page = await context.newPage();
    await visit(page, server.origin);
    await reloadUnderWorker(page);
    expect(await selfTiles(page)).toEqual([]);
    await page.close();

    // The city installs a basemap into the site, as the README says.
    execFileSync('npx', ['tsx', 'cli/basemap.ts', smallPmtiles(work), '--site', site], {
      stdio: 'pipe'
    });

    // Next visit, same browser, the worker still in charge.
    const next = await context.newPage();
    const viaWorker: string[] = [];
    next.on('response', (r) => {
      if (r.fromServiceWorker()) viaWorker.push(new URL(r.url()).pathname);
    });
    await visit(next, server.origin);
    expect(await next.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(viaWorker).toContain('/basemap.json');
    // Its tiles, asked for with the new installation's revision, and its streets drawn.
    const tiles = await selfTiles(next);
    expect(tiles).toHaveLength(1);
    expect(tiles[0]).toMatch(/\/basemap\/tiles\/\{z\}\/\{x\}\/\{y\}\.pbf\?v=[0-9a-f]{16}$/);
    await expect
      .poll(() => renderedNames(next, LABELS), { timeout: 60_000 })
      .toContain('Kölnstraße');
    await next.screenshot({ path: test.info().outputPath('basemap-returning-visitor.png') });
    if (SHOTS) await next.screenshot({ path: join(SHOTS, 'basemap-returning-visitor.png') });
  } finally {
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
});
