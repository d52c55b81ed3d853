import { expect, test } from '@playwright/test';
import { gotoViewer, renderedCount, watch } from './helpers';
import {
  axeViolations,
  renderedNames,
  serveSite,
  siteWithBasemap,
  TILES_MISSING,
  TILES_WHY,
  waitForTiles
} from './basemap-helpers';

// A build with the shared Düren tiles installed by `npm run basemap` (into a temporary copy).
// Generous timeouts: SwiftShader on a shared 2-core machine renders tiles slowly.
test.describe.configure({ timeout: 300_000 });
// Every test here renders the installed shared tiles.
test.skip(TILES_MISSING, TILES_WHY);
test.use({ actionTimeout: 60_000 });
test.beforeEach(async ({ context }) => {
  await serveSite(context, siteWithBasemap());
});

const STREET_LABELS = [
  'basemap-street-label',
  'basemap-street-label-mid',
  'basemap-street-label-detail'
];
const ROADS = ['basemap-road', 'basemap-road-main', 'basemap-road-mid', 'basemap-road-detail'];

test('the self-hosted basemap renders streets with German names at z16, offline', async ({
  page
}) => {
  const { problems, foreign } = watch(page);
  await gotoViewer(page, '#map=16/50.8037/6.4885');
  await waitForTiles(page);
  let roads = 0;
  for (const l of ROADS) roads += await renderedCount(page, l);
  expect(roads).toBeGreaterThan(20);
  expect(await renderedCount(page, 'basemap-building')).toBeGreaterThan(20);
  expect(await renderedNames(page, STREET_LABELS)).toContain('Kölnstraße');
  // Label text: German name first, then the local one, then Latin (what these tiles carry).
  const field = await page.evaluate(() =>
    window.fnpViewer!.map.getLayoutProperty('basemap-street-label', 'text-field')
  );
  expect(JSON.stringify(field)).toBe(
    '["coalesce",["get","name:de"],["get","name"],["get","name:latin"]]'
  );
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap');
  await page.screenshot({ path: 'test-results/basemap-self-z16.png' });
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
});

test('plan labels and basemap labels do not hide each other', async ({ page }) => {
  const planLabels = async () =>
    (await renderedCount(page, 'districts-label')) + (await renderedCount(page, 'places-label'));
  await gotoViewer(page, '#map=14/50.805/6.485&bm=aus');
  await waitForTiles(page);
  const without = await planLabels();
  expect(without).toBeGreaterThan(0);
  await gotoViewer(page, '#map=14/50.805/6.485');
  await page.reload();
  await waitForTiles(page);
  await expect
    .poll(() => renderedCount(page, 'basemap-road'), { timeout: 120_000 })
    .toBeGreaterThan(0);
  await waitForTiles(page);
  // Every plan label still placed, and basemap labels placed beside them (collision-checked).
  expect(await planLabels()).toBe(without);
  expect(
    (await renderedNames(page, [...STREET_LABELS, 'basemap-place-label'])).length
  ).toBeGreaterThan(3);
  await page.screenshot({ path: 'test-results/basemap-self-labels.png' });
});

test('the opacity control sets the plan fill opacity and keeps it in the URL', async ({ page }) => {
  await gotoViewer(page, '#map=15/50.8037/6.4885');
  await waitForTiles(page);
  const slider = page.getByRole('slider', { name: 'Deckkraft der Planflächen' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/op=0(&|$)/);
  const opacity = () =>
    page.evaluate(() => window.fnpViewer!.map.getPaintProperty('plan-fill', 'fill-opacity'));
  expect(await opacity()).toBe(0);
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/op=40/);
  expect(await opacity()).toBe(0.4);
  await waitForTiles(page);
  await page.screenshot({ path: 'test-results/basemap-opacity-40.png' });
  await page.reload();
  await waitForTiles(page);
  expect(await opacity()).toBe(0.4);
  await expect(slider).toHaveValue('40');
});

test('searching a street flies there, marks it and offers "Was ist hier geplant?"', async ({
  page
}) => {
  await gotoViewer(page);
  await waitForTiles(page);
  const box = page.getByRole('combobox', { name: 'Suche' });
  await box.fill('Kölnstr');
  const option = page
    .getByRole('group', { name: 'Straßen' })
    // Each street names its district (issue 22: same-named streets told apart).
    .getByRole('option', { name: /^Kölnstraße Innenstadt$/ });
  await expect(option).toBeVisible();
  await expect(page.getByRole('group', { name: 'Straßen' })).toBeVisible();
  await page.screenshot({ path: 'test-results/search-popup.png' });
  await option.click();
  await expect(page).toHaveURL(
    /poi=6\.\d+,50\.\d+,K%C3%B6lnstra%C3%9Fe|poi=6\.\d+,50\.\d+,Kölnstraße/
  );
  await waitForTiles(page);
  const view = await page.evaluate(() => {
    const m = window.fnpViewer!.map;
    return { ...m.getCenter(), zoom: m.getZoom() };
  });
  expect(view.lng).toBeGreaterThan(6.483);
  expect(view.lng).toBeLessThan(6.494);
  expect(view.lat).toBeGreaterThan(50.802);
  expect(view.lat).toBeLessThan(50.806);
  expect(view.zoom).toBeGreaterThan(14.5);
  expect(await renderedCount(page, 'poi-marker')).toBe(1);
  expect(await renderedNames(page, STREET_LABELS)).toContain('Kölnstraße');
  await page.screenshot({ path: 'test-results/search-chosen.png' });
  await page.getByRole('button', { name: 'Was ist hier geplant?' }).click();
  await expect(page).toHaveURL(/scope=region/);
  await expect(page).toHaveURL(/region=c:6\.\d+,50\.\d+,500/);
});

test('keyboard-only search: type, arrow keys, Enter, Escape', async ({ page }) => {
  await gotoViewer(page);
  await waitForTiles(page);
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'search-input')) break;
  }
  const box = page.getByRole('combobox', { name: 'Suche' });
  await expect(box).toBeFocused();
  await page.keyboard.type('Eberhard Hoesch Str');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowDown');
  const first = page.getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await expect(first).toContainText('Eberhard-Hoesch-Straße');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/poi=.*Eberhard-Hoesch-Stra/);
  // The answer opens and its heading takes the focus (issue 22); the search's own
  // „Was ist hier geplant?“ works from the keyboard as well.
  await expect(page.getByRole('heading', { name: 'Was ist hier geplant?' })).toBeFocused();
  await page.getByRole('button', { name: 'Was ist hier geplant?' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/region=c:/);
});

test('the search finds categories and areas, and says what it covers when nothing is found', async ({
  page
}) => {
  await gotoViewer(page);
  await waitForTiles(page);
  const box = page.getByRole('combobox', { name: 'Suche' });
  await box.fill('Landwirtschaft');
  await expect(page.getByRole('group', { name: 'Flächenarten' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Fläche für die Landwirtschaft' })).toBeVisible();
  await box.fill('Birkesdorf');
  await expect(page.getByRole('group', { name: 'Stadtteile' })).toBeVisible();
  await box.fill('Qwertzstraße');
  await expect(page.getByText('Nichts gefunden für „Qwertzstraße“.').last()).toBeVisible();
  await expect(page.getByText(/alle Straßen und Orte der Hintergrundkarte/)).toBeVisible();
});

test('axe-core: no violation with the basemap, the search list and the dialog, desktop and phone', async ({
  page
}) => {
  await gotoViewer(page);
  await waitForTiles(page);
  await page.getByRole('combobox', { name: 'Suche' }).fill('Bahnhof');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Hintergrundkarte' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('combobox', { name: 'Suche' }).fill('Kölnstr');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/search-phone.png' });
  expect(await axeViolations(page)).toEqual([]);
});
