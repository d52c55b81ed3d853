import { expect, test, type Page } from '@playwright/test';
import { gotoViewer, renderedCount, watch } from './helpers';
import {
  axeViolations,
  mockTiles,
  TILES_MISSING,
  TILES_WHY,
  waitForTiles
} from './basemap-helpers';

// The default build (no tiles installed): online basemaps only after consent. Their hosts are
// route-mocked with the shared Düren tiles; `requests` records what reached them.
test.describe.configure({ timeout: 300_000 });
test.use({ actionTimeout: 60_000 });

const OFM = /^https:\/\/tiles\.openfreemap\.org\//;
const BMDE = /^https:\/\/sgx\.geodatenzentrum\.de\//;
let requests: string[];

test.beforeEach(async ({ context }) => {
  requests = [];
  await context.route('https://tiles.openfreemap.org/planet', (route) => {
    requests.push(route.request().url());
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify({
        tilejson: '3.0.0',
        tiles: ['https://tiles.openfreemap.org/planet/20250101_001001_pt/{z}/{x}/{y}.pbf'],
        minzoom: 0,
        maxzoom: 14,
        bounds: [6.37, 50.72, 6.55, 50.88]
      })
    });
  });
  await mockTiles(context, /^https:\/\/tiles\.openfreemap\.org\/planet\/.+\.pbf$/, requests);
  // basemap.de publishes its own style; the mock is a small style over the same tiles.
  await context.route(/^https:\/\/sgx\.geodatenzentrum\.de\/.*styles\/.*\.json$/, (route) => {
    requests.push(route.request().url());
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify({
        version: 8,
        sources: {
          smarttiles_de: {
            type: 'vector',
            tiles: [
              'https://sgx.geodatenzentrum.de/gdz_basemapde_vektor/tiles/v1/bm_web_de_3857/{z}/{x}/{y}.pbf'
            ],
            maxzoom: 14
          }
        },
        layers: [
          { id: 'Hintergrund', type: 'background', paint: { 'background-color': '#eeeeee' } },
          {
            id: 'Strasse',
            type: 'line',
            source: 'smarttiles_de',
            'source-layer': 'transportation',
            paint: { 'line-color': '#999999', 'line-width': 3 }
          }
        ]
      })
    });
  });
  await mockTiles(context, /^https:\/\/sgx\.geodatenzentrum\.de\/.+\.pbf$/, requests);
});

const roads = (page: Page) => renderedCount(page, 'basemap-road');

async function consentTo(page: Page, source: 'OpenFreeMap' | 'basemap.de') {
  await page.getByRole('button', { name: 'Hintergrundkarte' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hintergrundkarte einblenden' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: source, exact: true }).check();
  await expect(dialog).toContainText('IP-Adresse');
  await expect(
    dialog.getByRole('link', { name: /Datenschutzhinweise des Betreibers/ })
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Zustimmen und laden' }).click();
  await expect(dialog).toBeHidden();
}

test('no request to another host before consent; the dialog names operator and data', async ({
  page
}) => {
  const { foreign, problems } = watch(page);
  await gotoViewer(page, '#map=15/50.8037/6.4885');
  await waitForTiles(page);
  await page.getByRole('button', { name: 'Hintergrundkarte' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'OpenFreeMap', exact: true }).check();
  await expect(dialog).toContainText('OpenFreeMap (openfreemap.org)');
  await dialog.getByRole('radio', { name: 'basemap.de', exact: true }).check();
  await expect(dialog).toContainText('Bundesamt für Kartographie und Geodäsie');
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeHidden();
  // Had cancelling loaded a basemap, the map would be busy until its tiles are drawn.
  await waitForTiles(page);
  expect(await roads(page)).toBe(0);
  expect(requests).toEqual([]);
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
});

test('after consent OpenFreeMap renders with its attribution; the choice survives a reload; withdrawing removes it', async ({
  page
}) => {
  test.skip(TILES_MISSING, TILES_WHY); // renders the shared tiles
  await gotoViewer(page, '#map=16/50.8037/6.4885');
  await waitForTiles(page);
  expect(requests).toEqual([]);
  await consentTo(page, 'OpenFreeMap');
  await expect.poll(() => roads(page), { timeout: 120_000 }).toBeGreaterThan(0);
  await waitForTiles(page);
  expect(requests.some((u) => OFM.test(u))).toBe(true);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('OpenFreeMap');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap');
  await expect(page).toHaveURL(/bm=openfreemap/);
  await page.screenshot({ path: 'test-results/consent-openfreemap.png' });

  // A new visit without bm= in the URL: localStorage keeps choice and consent.
  await page.goto('about:blank');
  await page.goto('/#map=16/50.8037/6.4885');
  await waitForTiles(page);
  await expect.poll(() => roads(page), { timeout: 120_000 }).toBeGreaterThan(0);
  await expect(page.getByRole('dialog')).toBeHidden();
  // This visit runs under the offline app's service worker: the mocked online tiles still came
  // through, and nothing of another host was stored in its caches.
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
    return urls;
  });
  expect(cached.length).toBeGreaterThan(0);
  expect(cached.filter((u) => !u.startsWith(new URL(page.url()).origin))).toEqual([]);

  await page.getByRole('button', { name: 'Hintergrundkarte' }).click();
  await page.getByRole('button', { name: 'Einwilligung widerrufen' }).click();
  await expect.poll(() => roads(page), { timeout: 60_000 }).toBe(0);
  await expect(page.locator('.maplibregl-ctrl-attrib')).not.toContainText('OpenFreeMap');
  await expect(page).not.toHaveURL(/bm=/);
  const before = requests.length;
  await page.reload();
  await waitForTiles(page);
  expect(await roads(page)).toBe(0);
  expect(requests.length).toBe(before);
});

test('a link with bm=openfreemap asks for consent first and loads nothing until then', async ({
  page
}) => {
  test.skip(TILES_MISSING, TILES_WHY); // renders the shared tiles
  await gotoViewer(page, '#map=16/50.8037/6.4885&bm=openfreemap');
  const dialog = page.getByRole('dialog', { name: 'Hintergrundkarte einblenden' });
  await expect(dialog).toBeVisible({ timeout: 120_000 });
  await expect(dialog.getByRole('radio', { name: 'OpenFreeMap', exact: true })).toBeChecked();
  await waitForTiles(page);
  expect(requests).toEqual([]);
  await dialog.getByRole('button', { name: 'Zustimmen und laden' }).click();
  await expect.poll(() => roads(page), { timeout: 120_000 }).toBeGreaterThan(0);
});

test('basemap.de keeps its own published style, with its attribution', async ({ page }) => {
  test.skip(TILES_MISSING, TILES_WHY); // renders the shared tiles
  await gotoViewer(page, '#map=16/50.8037/6.4885');
  await waitForTiles(page);
  await consentTo(page, 'basemap.de');
  await expect(page).toHaveURL(/bm=basemapde/);
  const lines = () => renderedCount(page, 'bm-Strasse');
  await expect.poll(lines, { timeout: 120_000 }).toBeGreaterThan(0);
  expect(requests.some((u) => BMDE.test(u) && u.endsWith('bm_web_gry.json'))).toBe(true);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('basemap.de');
  await page.screenshot({ path: 'test-results/consent-basemapde.png' });
});
