import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { syntheticPlan } from '../../src/lib/geo/synthetic';
import { labelPoints } from '../../src/lib/geo/labels';
import { CATEGORIES } from '../../src/lib/plan/categories';
import { printExtent, sheetLayout, visibleCategories } from '../../src/lib/export/layout';
import { fullFilter } from '../../src/lib/geo/engine';
import { mapBounds, parseGerman, pixelAt, settledText, waitForMap, watch } from './helpers';

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
/** Opens the viewer, then a generated plan of `n` areas from disk; waits for „geöffnet“. */
async function openGenerated(
  page: import('@playwright/test').Page,
  name: string,
  n: number,
  seed: number,
  timeout: number
) {
  const plan = writePlan(name, n, seed);
  await page.goto('/');
  await waitForMap(page);
  await page.getByLabel('XPlanGML- oder GeoJSON-Datei öffnen').setInputFiles(plan.file);
  const count = n.toLocaleString('de-DE');
  await expect(page.getByText(`„${name}“ geöffnet: ${count} Flächen`)).toBeVisible({ timeout });
  return plan;
}

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
  const plan = await openGenerated(page, 'parzellen.geojson', 3000, 3, 60_000);

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

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));

test('a very large plan shows a simplified overview: notice, legend, colours, click selects the area, areas from the stated zoom', async ({
  page
}) => {
  test.setTimeout(300_000);
  const { problems, foreign } = watch(page);
  const plan = await openGenerated(page, 'sehr-gross.geojson', 12_000, 11, 120_000);
  // Notice and legend say that the overview is simplified, and from which zoom the areas come.
  const notice = page
    .locator('div.notices')
    .filter({ hasText: /vereinfachtes Übersichtsbild.*ab Zoomstufe (\d+)/ });
  await expect(notice).toBeVisible();
  const zoom = Number(/ab Zoomstufe (\d+)/.exec(await notice.innerText())![1]);
  await expect(page.getByTestId('overview-note')).toContainText(
    `Unterhalb von Zoomstufe ${zoom} zeigt die Karte ein Bild des Plans`
  );
  await waitForMap(page);
  expect(await page.evaluate(() => window.fnpViewer!.map.getZoom())).toBeLessThan(zoom);
  // Below the threshold MapLibre draws none of the areas themselves (no tile holds them all).
  expect((await renderedIds(page)).size).toBe(0);

  // The overview shows the right colour where the largest area in view lies, and a click there
  // selects that very area (the plan worker names it).
  const target = await page.evaluate(() => {
    const m = window.fnpViewer!.map;
    const b = m.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  });
  const inView = plan.features.filter((f) => {
    const [lon, lat] = labelPoints({ type: 'FeatureCollection', features: [f] }).features[0]!
      .geometry.coordinates as [number, number];
    return lon > target[0]! && lon < target[2]! && lat > target[1]! && lat < target[3]!;
  });
  const largest = inView.sort((a, b) => b.properties.area_m2 - a.properties.area_m2)[0]!;
  const [lon, lat] = labelPoints({ type: 'FeatureCollection', features: [largest] }).features[0]!
    .geometry.coordinates as [number, number];
  const point = await page.evaluate(
    ([lon, lat]) => window.fnpViewer!.map.project([lon!, lat!]),
    [lon, lat]
  );
  const drawn = await pixelAt(page, point.x, point.y);
  const color = hex(CATEGORIES.find((c) => c.code === largest.properties.category)!.color);
  const background = hex('#f4f3ef');
  const expected = color.map((c, i) => 0.85 * c + 0.15 * background[i]!);
  for (let i = 0; i < 3; i++) expect(Math.abs(drawn[i]! - expected[i]!)).toBeLessThan(16);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await expect(page.locator('dd').filter({ hasText: largest.properties.id }).first()).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => location.hash))
    .toContain(`sel=${largest.properties.id}`);

  // From the stated zoom on the areas are drawn (vector tiles cut by the plan worker).
  await page.evaluate(
    ([lon, lat, z]) => window.fnpViewer!.map.jumpTo({ center: [lon!, lat!], zoom: z! + 0.5 }),
    [lon, lat, zoom]
  );
  await waitForMap(page);
  const ids = await page.evaluate(
    ([lon, lat]) =>
      window
        .fnpViewer!.map.queryRenderedFeatures(window.fnpViewer!.map.project([lon!, lat!]), {
          layers: ['plan-fill']
        })
        .map((f) => String(f.properties.id)),
    [lon, lat]
  );
  expect(ids).toEqual([largest.properties.id]);
  await page.screenshot({ path: join(tmp, 'open-large-overview.png') });

  // The page's copy of the areas (compact, geometry decoded on access) serves list, search and
  // print. The list: every area, largest first; choosing one selects it.
  const bySize = [...plan.features].sort((a, b) => b.properties.area_m2 - a.properties.area_m2);
  await expect(page.locator('#list-caption')).toContainText(
    `${plan.features.length.toLocaleString('de-DE')} Treffer`
  );
  const list = page.getByTestId('area-list').getByRole('button');
  await expect(list.first()).toHaveAttribute('data-id', bySize[0]!.properties.id);
  await list.nth(1).click();
  await expect(list.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(() => page.evaluate(() => location.hash))
    .toContain(`sel=${bySize[1]!.properties.id}`);

  // The search finds an area by its id and moves the map to it (its stored label point and box).
  const wanted = bySize[bySize.length >> 1]!;
  const search = page.getByRole('combobox', { name: 'Suche' });
  await search.fill(wanted.properties.id);
  await page
    .getByRole('option')
    .filter({ has: page.locator('.name').getByText(wanted.properties.id, { exact: true }) })
    .click();
  await expect
    .poll(() => page.evaluate(() => location.hash))
    .toContain(`sel=${wanted.properties.id}`);
  const [wLon, wLat] = labelPoints({ type: 'FeatureCollection', features: [wanted] }).features[0]!
    .geometry.coordinates as [number, number];
  await waitForMap(page);
  const view = await mapBounds(page);
  expect(wLon).toBeGreaterThan(view[0]);
  expect(wLon).toBeLessThan(view[2]);
  expect(wLat).toBeGreaterThan(view[1]);
  expect(wLat).toBeLessThan(view[3]);
  await page.screenshot({ path: join(tmp, 'open-large-search.png') });

  // Print: the sheet's legend names exactly the categories of the areas in the printed extent.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole('button', { name: 'Druck & Export' }).click();
  await page.getByRole('radio', { name: 'A4' }).check();
  await page.getByRole('radio', { name: 'Querformat' }).check();
  const shown = await mapBounds(page);
  await page.getByRole('button', { name: 'Drucken', exact: true }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed), {
      timeout: 200_000
    })
    .toBe(1);
  const sheetMap = sheetLayout('a4', 'landscape').map;
  const expectedLegend = visibleCategories(
    plan.features,
    fullFilter(),
    printExtent(shown, sheetMap.w, sheetMap.h)
  ).map((code) => CATEGORIES.find((c) => c.code === code)!.label.de);
  expect(expectedLegend.length).toBeGreaterThan(0);
  const legend = page
    .getByTestId('print-sheet')
    .locator('.box', { hasText: 'Legende' })
    .locator('li');
  await expect(legend).toHaveText(expectedLegend);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: join(tmp, 'open-large-print.png') });
  await page.emulateMedia({ media: 'screen' });
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
});
