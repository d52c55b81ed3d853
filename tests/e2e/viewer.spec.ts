import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { CATEGORIES } from '../../src/lib/plan/categories';
import { readPlanFeatures } from '../../src/lib/geo/measure';
import {
  gotoViewer,
  parseGerman,
  renderedCategories,
  renderedCount,
  scaleHidesAttribution,
  waitForMap,
  watch
} from './helpers';

const planJson = JSON.parse(readFileSync('data/dueren-2025/plan.geojson', 'utf8'));
const features = readPlanFeatures(planJson, 'plan.geojson');
const haByCategory = new Map<string, number>();
for (const f of features) {
  const c = f.properties.category;
  haByCategory.set(c, (haByCategory.get(c) ?? 0) + f.properties.area_m2 / 10_000);
}
const totalHa = [...haByCategory.values()].reduce((a, b) => a + b, 0);

test('renders every layer of the plan offline, without console errors', async ({ page }) => {
  const { problems, foreign } = watch(page);
  await gotoViewer(page);
  await waitForMap(page);
  const rendered = await renderedCategories(page);
  for (const c of haByCategory.keys())
    expect(rendered[c], `category ${c} drawn`).toBeGreaterThan(0);
  for (const layer of [
    'boundary-line',
    'districts-line',
    'iq-line',
    'places-circle',
    'districts-label',
    'iq-label'
  ]) {
    expect(await renderedCount(page, layer), `layer ${layer}`).toBeGreaterThan(0);
  }
  await expect(
    page.locator('summary', { hasText: 'Modelldaten – nicht rechtsverbindlich' })
  ).toBeVisible();
  // The plan's sources run over several lines of the attribution: the scale bar stays clear.
  expect(await scaleHidesAttribution(page)).toBe(false);
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
});

test('toggling a legend entry hides its areas on the map and keeps it in the URL', async ({
  page
}) => {
  await gotoViewer(page);
  await waitForMap(page);
  expect((await renderedCategories(page)).industrie).toBeGreaterThan(0);
  await page.getByRole('checkbox', { name: /^Industrie/ }).uncheck();
  await waitForMap(page);
  expect((await renderedCategories(page)).industrie ?? 0).toBe(0);
  expect((await renderedCategories(page)).wohnen).toBeGreaterThan(0);
  await expect(page).toHaveURL(/hide=industrie/);
  await page.getByRole('checkbox', { name: 'Innovationsquartier' }).uncheck();
  await waitForMap(page);
  expect(await renderedCount(page, 'iq-line')).toBe(0);
});

test('clicking an area shows its details', async ({ page }) => {
  await gotoViewer(page);
  await waitForMap(page);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  // A point near the middle well inside one area: the whole 9 × 9 px square around it hits the
  // same area, so the click (at whole pixels) selects what the query found.
  const { point, hit } = await page.evaluate(
    ({ w, h }) => {
      const map = window.fnpViewer!.map;
      const idAt = (x: number, y: number) =>
        map.queryRenderedFeatures([x, y], { layers: ['plan-fill'] })[0]?.properties;
      for (let step = 0; step < 400; step++) {
        const x = Math.round(w * 0.55 + ((step % 20) - 10) * 8);
        const y = Math.round(h * 0.55 + (Math.floor(step / 20) - 10) * 8);
        const here = idAt(x, y);
        const square = map.queryRenderedFeatures(
          [
            [x - 4, y - 4],
            [x + 4, y + 4]
          ],
          { layers: ['plan-fill'] }
        );
        if (here && square.every((f) => f.properties.id === here.id))
          return { point: { x, y }, hit: here };
      }
      return { point: { x: Math.round(w * 0.55), y: Math.round(h * 0.55) }, hit: null };
    },
    { w: box.width, h: box.height }
  );
  expect(hit).toBeTruthy();
  await page.mouse.click(box.x + point.x, box.y + point.y);
  const info = page.getByTestId('feature-info');
  await expect(info).toBeVisible();
  const label = CATEGORIES.find((c) => c.code === hit!.category)!.label.de;
  await expect(info.locator('[data-field=category]')).toContainText(label);
  const expected = features.find((f) => f.properties.id === hit!.id)!.properties.area_m2 / 10_000;
  const shown = parseGerman((await info.locator('[data-field=area]').innerText()).split(' ha')[0]!);
  expect(Math.abs(shown - expected)).toBeLessThan(0.006);
  await expect(page).toHaveURL(new RegExp(`sel=${hit!.id}`));
});

test('the Flächenbilanz for the whole plan matches the data and follows the filters', async ({
  page
}) => {
  await gotoViewer(page);
  const table = page.getByTestId('balance-table');
  await expect(table).toBeVisible();
  for (const [c, ha] of haByCategory) {
    const cell = table.locator(`tr[data-category=${c}] td[data-ha]`);
    expect(Math.abs(parseGerman(await cell.innerText()) - ha), c).toBeLessThan(0.006);
  }
  expect(
    Math.abs(parseGerman(await table.locator('[data-total-ha]').innerText()) - totalHa)
  ).toBeLessThan(0.006);

  await page.getByRole('radio', { name: 'neu dargestellt 2025' }).check();
  const newHa = features
    .filter((f) => f.properties.status === 'neu')
    .reduce((s, f) => s + f.properties.area_m2 / 10_000, 0);
  await expect
    .poll(async () => parseGerman(await table.locator('[data-total-ha]').innerText()))
    .toBeCloseTo(newHa, 1);
});

test('the URL restores every choice after a reload, and garbage falls back to defaults', async ({
  page
}) => {
  await gotoViewer(page);
  await waitForMap(page);
  await page.getByRole('checkbox', { name: /^Fläche für Wald/ }).uncheck();
  await page.getByRole('radio', { name: 'Bestand (bereits im FNP 1999)' }).check();
  await page.getByLabel('Mindestgröße (ha)').fill('2');
  await page.getByRole('radio', { name: 'Innovationsquartier' }).check();
  await page.getByRole('button', { name: 'English' }).click();
  const url = page.url();
  expect(url).toMatch(/hide=wald/);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^Forest/ })).not.toBeChecked();
  await expect(page.getByRole('radio', { name: /existing/ })).toBeChecked();
  await expect(page.getByLabel('Minimum size (ha)')).toHaveValue('2');
  await expect(page.getByRole('radio', { name: 'Innovation quarter' })).toBeChecked();
  expect(page.url()).toBe(url);

  const { problems } = watch(page);
  await page.goto('/#map=abc/1/2&hide=nonsense&status=%3Cscript%3E&min=-5&scope=x&lang=fr&foo=1');
  await expect(page.getByText(/konnten nicht gelesen werden/)).toBeVisible();
  await expect(page.getByTestId('balance-table')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'alle Flächen' })).toBeChecked();
  expect(problems).toEqual([]);
});

test('a missing data file gives a clear German message', async ({ page }) => {
  await page.route('**/data/dueren-2025/plan.geojson', (r) =>
    r.fulfill({ status: 404, body: 'not found' })
  );
  await gotoViewer(page);
  await expect(page.getByRole('alert')).toContainText('Der Plan konnte nicht geladen werden');
  await expect(page.getByRole('alert')).toContainText('plan.geojson');
});

test('without WebGL the viewer explains why and the tables still work', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (type.startsWith('webgl')) return null;
      return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
  await gotoViewer(page);
  await expect(page.getByRole('alert')).toContainText('kein WebGL');
  await expect(page.getByTestId('balance-table')).toBeVisible();
  await expect(page.getByTestId('area-list').getByRole('button').first()).toBeVisible();
});

test('property values are rendered as text, never as HTML', async ({ page }) => {
  const evil = structuredClone(planJson);
  evil.features[0].properties.name = '<img src=x onerror="window.__pwned=1">';
  evil.features[0].properties.district = '<b>fett</b>';
  await page.route('**/data/dueren-2025/plan.geojson', (r) => r.fulfill({ json: evil }));
  await gotoViewer(page, `#sel=${evil.features[0].properties.id}`);
  const info = page.getByTestId('feature-info');
  await expect(info.locator('[data-field=name]')).toHaveText(
    '<img src=x onerror="window.__pwned=1">'
  );
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
  ).toBeUndefined();
  expect(await page.locator('img[src=x]').count()).toBe(0);
});

test('keyboard reaches the controls and Enter on a list item selects an area', async ({ page }) => {
  await gotoViewer(page);
  await waitForMap(page);
  // The first stop is the skip link to the answer (issue 22), the second the one to the balance.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Zu ‚Was ist hier geplant?‘' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Zur Flächenbilanz springen' })).toBeFocused();
  const first = page.getByTestId('area-list').getByRole('button').first();
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('feature-info')).toBeVisible();
  await expect(first).toHaveAttribute('aria-pressed', 'true');
});

test('axe-core finds no serious or critical violation', async ({ page }) => {
  await gotoViewer(page);
  await waitForMap(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    []
  );
});
