import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { syntheticPlan } from '../../src/lib/geo/synthetic';
import { parseGerman, settledText, waitForMap, watch } from './helpers';

const tmp = mkdtempSync(join(tmpdir(), 'fnp-e2e-open-large-'));

/** A generated plan of `n` parcels as GeoJSON (no stored areas, as GIS tools write it). */
function writePlan(name: string, n: number, seed: number) {
  const features = syntheticPlan({ n, seed, parcels: true, side_m: 9220 * Math.sqrt(n / 2000) });
  const file = join(tmp, name);
  const plain = features.map((f) => {
    const { area_m2: _area, ...properties } = f.properties;
    void _area;
    return { type: 'Feature', properties, geometry: f.geometry };
  });
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: plain }));
  return { file, features };
}

/** Distinct plan ids MapLibre has drawn in the current view. */
async function renderedIds(page: import('@playwright/test').Page): Promise<Set<string>> {
  const ids = await page.evaluate(() =>
    window
      .fnpViewer!.map.queryRenderedFeatures({ layers: ['plan-fill'] })
      .map((f) => String(f.properties.id))
  );
  return new Set(ids);
}

test('a generated plan of 3,000 areas opens from disk: map, Flächenbilanz as in the file, „Abbrechen“ keeps it', async ({
  page
}) => {
  test.setTimeout(240_000);
  const { problems, foreign } = watch(page);
  const plan = writePlan('parzellen.geojson', 3000, 3);
  await page.goto('/');
  await waitForMap(page);
  await page.getByLabel('XPlanGML- oder GeoJSON-Datei öffnen').setInputFiles(plan.file);
  await expect(page.getByText(/„parzellen\.geojson“ geöffnet: 3\.000 Flächen/)).toBeVisible({
    timeout: 60_000
  });

  // Balance: the whole plan and each category, from the file's own geometry.
  const total = page.getByTestId('balance-table').locator('[data-total-ha]');
  const fileHa = plan.features.reduce((s, f) => s + f.properties.area_m2, 0) / 10_000;
  await expect.poll(async () => parseGerman(await total.innerText())).toBeCloseTo(fileHa, 1);
  const byCategory = new Map<string, number>();
  for (const f of plan.features)
    byCategory.set(
      f.properties.category,
      (byCategory.get(f.properties.category) ?? 0) + f.properties.area_m2 / 10_000
    );
  const [category, ha] = [...byCategory].sort((a, b) => b[1] - a[1])[0]!;
  const row = page
    .getByTestId('balance-table')
    .locator(`tr[data-category=${category}] td[data-ha]`);
  expect(parseGerman(await row.innerText())).toBeCloseTo(ha, 1);

  // Map: MapLibre drew exactly the file's areas (the view is fitted to the plan).
  await waitForMap(page);
  const fileIds = new Set(plan.features.map((f) => f.properties.id));
  const drawn = await renderedIds(page);
  expect(drawn.size).toBe(fileIds.size);
  expect([...drawn].every((id) => fileIds.has(id))).toBe(true);
  // The page's own copy of the areas arrives after the map: the district filter lists them.
  const districts = [...new Set(plan.features.map((f) => f.properties.district))].sort();
  await expect(page.getByRole('combobox', { name: /^Stadtteil/ }).locator('option')).toHaveText([
    'alle Stadtteile',
    ...districts.sort((a, b) => String(a).localeCompare(String(b), 'de'))
  ] as string[]);
  await page.screenshot({ path: join(tmp, 'open-large.png') });

  // „Abbrechen“ while a second, larger file is read: the opened plan stays, balance and map too.
  const before = await settledText(total);
  const heading = await page.getByRole('heading', { level: 1 }).innerText();
  const larger = writePlan('gross.geojson', 60_000, 4);
  await page.getByLabel('XPlanGML- oder GeoJSON-Datei öffnen').setInputFiles(larger.file);
  const cancel = page.getByRole('button', { name: 'Abbrechen' });
  await expect(page.getByRole('progressbar')).toBeAttached();
  await cancel.click();
  await expect(
    page.locator('div.notices').filter({ hasText: '„gross.geojson“ wurde abgebrochen.' })
  ).toBeVisible();
  await expect(cancel).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  expect(await settledText(total)).toBe(before);
  await waitForMap(page);
  expect(await renderedIds(page)).toEqual(drawn);
  // The balance still answers for a changed filter (the worker holding the plan was kept).
  await page.getByRole('combobox', { name: /^Stadtteil/ }).selectOption(String(districts[0]));
  await expect.poll(async () => await total.innerText()).not.toBe(before);
  await page.screenshot({ path: join(tmp, 'open-large-cancelled.png') });
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
  process.stdout.write(`screenshots: ${tmp}/open-large*.png\n`);
});
