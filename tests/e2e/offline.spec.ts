import { expect, test, type Page } from '@playwright/test';
import { gotoViewer, parseGerman, renderedCount, waitForMap, watch } from './helpers';

// The service worker of the built site (src/service-worker.ts): after one visit the viewer
// opens without network, and a new version is offered, never mixed in silently.

/** Waits until the worker has installed (precache complete), then reloads under its control. */
async function visitOnceAndControl(page: Page) {
  await gotoViewer(page);
  await waitForMap(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await waitForMap(page);
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
  await waitForMap(page);
  expect(await renderedCount(page, 'plan-fill')).toBeGreaterThan(0);
  expect(await totalHa(page)).toBeCloseTo(onlineTotal, 2);
  // The answers came from the worker's cache, and the network really is gone.
  expect(fromWorker).toContain('/');
  expect(fromWorker).toContain('/data/dueren-2025/plan.geojson');
  expect(fromWorker).toContain('/data/dueren-2025/plan.json');
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
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
  // A new deployment, as the browser sees it: a worker script it has not run yet. (Playwright
  // cannot answer the browser's own update fetch of the worker script, so the script URL
  // carries a marker instead; the app's own register() call goes through this wrapper.)
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (url, options) {
      const deploy = localStorage.getItem('test-deploy');
      return register.call(this, deploy ? `${String(url)}?deploy=${deploy}` : url, options);
    };
  });
  await visitOnceAndControl(page);
  const notice = page.getByRole('button', { name: 'Neue Version verfügbar – neu laden' });
  await expect(notice).toHaveCount(0);

  await page.evaluate(async () => {
    localStorage.setItem('test-deploy', '2');
    await navigator.serviceWorker.register('./service-worker.js');
  });
  await expect(notice).toBeVisible();
  await expect(page.getByRole('status').filter({ has: notice })).toBeVisible();
  // Until the user decides, the page stays with the old worker.
  expect(
    await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL.includes('deploy'))
  ).toBe(false);

  await notice.focus();
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForMap(page);
  expect(
    await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL.endsWith('?deploy=2'))
  ).toBe(true);
  await expect(notice).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('the update notice is in English with lang=en', async ({ page }) => {
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (url, options) {
      const deploy = localStorage.getItem('test-deploy');
      return register.call(this, deploy ? `${String(url)}?deploy=${deploy}` : url, options);
    };
  });
  await page.goto('/#lang=en');
  await waitForMap(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await page.evaluate(async () => {
    localStorage.setItem('test-deploy', '3');
    await navigator.serviceWorker.register('./service-worker.js');
  });
  await expect(page.getByRole('button', { name: 'New version available – reload' })).toBeVisible();
});
