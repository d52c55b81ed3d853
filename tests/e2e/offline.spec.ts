import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectAxeClean, gotoViewer, parseGerman, renderedCount, watch } from './helpers';
import {
  reloadUnderWorker,
  serveSite,
  siteWithBasemap,
  TILES_MISSING,
  TILES_WHY,
  waitForTiles
} from './basemap-helpers';

// The service worker of the built site (src/service-worker.ts): after one visit the viewer
// opens without network, and a new version is offered, never mixed in silently.
// Installing the worker fetches the whole app and plan once more: room for a busy machine.
test.describe.configure({ timeout: 180_000 });

/** One visit; once the worker has installed (precache complete), reloaded under its control. */
async function visitOnceAndControl(page: Page) {
  await gotoViewer(page);
  await waitForTiles(page);
  await reloadUnderWorker(page);
}

/**
 * A new deployment, as the browser sees it, is a worker script it has not run yet. Playwright
 * cannot answer the browser's own update fetch of the worker script, so after
 * `localStorage['test-deploy']` is set every register() call (the app's too) names the script
 * with a marker, which the browser treats as a new version.
 */
async function fakeDeployments(page: Page) {
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (url, options) {
      const deploy = localStorage.getItem('test-deploy');
      return register.call(this, deploy ? `${String(url)}?deploy=${deploy}` : url, options);
    };
  });
}

/** With the self-hosted basemap served: one visit, then reloaded under the worker's control. */
async function visitBasemapOnce(page: Page, context: BrowserContext) {
  await serveSite(context, siteWithBasemap());
  await gotoViewer(page, '#map=15/50.8037/6.4885');
  await waitForTiles(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Under the worker's control the tiles are fetched through it, and kept.
  await page.reload();
  await waitForTiles(page);
}

async function totalHa(page: Page): Promise<number> {
  const cell = page.getByTestId('balance-table').locator('[data-total-ha]');
  await expect(cell).toBeVisible();
  return parseGerman(await cell.innerText());
}

test('after one visit the plan and the Flächenbilanz work offline', async ({ page, context }) => {
  const { problems, foreign } = watch(page);
  await visitOnceAndControl(page);
  const onlineTotal = await totalHa(page);
  expect(onlineTotal).toBeGreaterThan(0);

  await context.setOffline(true);
  const fromWorker: string[] = [];
  page.on('response', (r) => {
    if (r.fromServiceWorker()) fromWorker.push(new URL(r.url()).pathname);
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForTiles(page);
  expect(await renderedCount(page, 'plan-fill')).toBeGreaterThan(0);
  expect(await totalHa(page)).toBeCloseTo(onlineTotal, 2);
  // The answers came from the worker's cache, and the network really is gone.
  expect(fromWorker).toContain('/');
  expect(fromWorker).toContain('/data/dueren-2025/plan.geojson');
  // plan.json comes with the page (routes/+page.ts); the small layers from the cache.
  expect(fromWorker).not.toContain('/data/dueren-2025/plan.json');
  expect(fromWorker).toContain('/data/dueren-2025/districts.geojson');
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
  await expectAxeClean(page);
  await page.screenshot({ path: 'test-results/offline-desktop.png' });
  const uncached = await page.evaluate(() =>
    fetch('./nicht-im-cache.json').then(
      () => 'answered',
      () => 'failed'
    )
  );
  expect(uncached).toBe('failed');
});

test('a new version waits and is offered as „Neue Version verfügbar – neu laden“', async ({
  page
}) => {
  const { problems } = watch(page);
  await fakeDeployments(page);
  await visitOnceAndControl(page);
  const notice = page.getByRole('button', { name: 'Neue Version verfügbar – neu laden' });
  await expect(notice).toHaveCount(0);

  await page.evaluate(async () => {
    localStorage.setItem('test-deploy', '2');
    await navigator.serviceWorker.register('./service-worker.js');
  });
  await expect(notice).toBeVisible();
  await expect(page.getByRole('status').filter({ has: notice })).toBeVisible();
  await expectAxeClean(page);
  await page.screenshot({ path: 'test-results/update-notice-desktop.png' });
  // Until the user decides, the page stays with the old worker.
  expect(
    await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL.includes('deploy'))
  ).toBe(false);

  await notice.focus();
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForTiles(page);
  expect(
    await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL.endsWith('?deploy=2'))
  ).toBe(true);
  await expect(notice).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('the update notice is in English with lang=en', async ({ page }) => {
  await fakeDeployments(page);
  await page.goto('/#lang=en');
  await waitForTiles(page);
  await reloadUnderWorker(page);
  await page.evaluate(async () => {
    localStorage.setItem('test-deploy', '3');
    await navigator.serviceWorker.register('./service-worker.js');
  });
  await expect(page.getByRole('button', { name: 'New version available – reload' })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('offline after one visit: plan and Flächenbilanz, accessible', async ({ page, context }) => {
    await visitOnceAndControl(page);
    await context.setOffline(true);
    await page.reload();
    await waitForTiles(page);
    expect(await renderedCount(page, 'plan-fill')).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Flächenbilanz' }).click();
    expect(await totalHa(page)).toBeGreaterThan(0);
    await expectAxeClean(page);
    await page.screenshot({ path: 'test-results/offline-phone.png' });
  });

  test('the update notice fits and is accessible', async ({ page }) => {
    await fakeDeployments(page);
    await visitOnceAndControl(page);
    await page.evaluate(async () => {
      localStorage.setItem('test-deploy', '4');
      await navigator.serviceWorker.register('./service-worker.js');
    });
    const notice = page.getByRole('button', { name: 'Neue Version verfügbar – neu laden' });
    await expect(notice).toBeInViewport();
    await expectAxeClean(page);
    await page.screenshot({ path: 'test-results/update-notice-phone.png' });
  });
});

test.describe('with a self-hosted basemap', () => {
  test.skip(TILES_MISSING, TILES_WHY); // installs the shared tiles
  test.describe.configure({ timeout: 300_000 });
  test('tiles seen once are shown offline', async ({ page, context }) => {
    const { problems, foreign } = watch(page);
    await visitBasemapOnce(page, context);
    expect(await renderedCount(page, 'basemap-building')).toBeGreaterThan(20);

    // No network and no test server any more: only the worker's caches are left.
    await context.unrouteAll();
    await context.setOffline(true);
    const tiles: string[] = [];
    page.on('response', (r) => {
      // Tile URLs carry the install's revision (`?v=…`, issue 26).
      if (new URL(r.url()).pathname.endsWith('.pbf') && r.fromServiceWorker()) tiles.push(r.url());
    });
    await page.reload();
    await waitForTiles(page);
    expect(tiles.length).toBeGreaterThan(0);
    expect(await renderedCount(page, 'basemap-building')).toBeGreaterThan(20);
    expect(await renderedCount(page, 'plan-fill')).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });
});

test.describe('offline on a phone with a self-hosted basemap (issue 22)', () => {
  test.skip(TILES_MISSING, TILES_WHY); // installs the shared tiles
  test.describe.configure({ timeout: 300_000 });
  test.use({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    geolocation: { longitude: 6.4885, latitude: 50.8037 },
    permissions: ['geolocation']
  });
  test('unvisited streets offline: at most one quiet notice, no error banner, the answer still computes', async ({
    page,
    context
  }) => {
    await visitBasemapOnce(page, context);
    await context.unrouteAll();
    await context.setOffline(true);
    await page.reload();
    await waitForTiles(page);
    // Far from anything seen: every tile there is missing.
    for (const [lon, lat] of [
      [6.43, 50.83],
      [6.52, 50.78],
      [6.45, 50.76]
    ])
      // Resolves once every tile of this view has arrived or failed (MapLibre's `idle`): no
      // fixed wait before the notices are counted.
      await page.evaluate(
        ([x, y]) =>
          new Promise<void>((resolve) => {
            const map = window.fnpViewer!.map;
            map.once('idle', () => resolve());
            map.jumpTo({ center: [x!, y!], zoom: 16 });
          }),
        [lon, lat]
      );
    await expect(page.getByRole('alert').locator('.notice')).toHaveCount(0);
    const notices = page.getByText('Offline – nicht alle Kartenteile verfügbar');
    expect(await notices.count()).toBeLessThanOrEqual(1);
    await page.getByRole('button', { name: 'Mein Standort' }).click();
    await expect(page.getByTestId('nearby-sentence')).toContainText('Ihr Ort liegt');
    await page.screenshot({ path: '/tmp/resident-offline.png' });
  });
});
