import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { zipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import type { Polygon } from 'geojson';
import { renderedCount, waitForMap, watch } from './helpers';

// The project's own Bebauungsplan fixture (XPlanGML 5.4): WA with GRZ 0,4 / GFZ 0,8 / II /
// offene Bauweise and a textliche Festsetzung, GE, Grün, Straße, Baugrenze.
const BPLAN = resolve('tests/fixtures/xplan/bplan-5.4-nutzungsschablone.gml');

test('a Bebauungsplan opened from disk: plain-German details, Nutzungsschablone label and Baugrenze on the map', async ({
  page
}) => {
  const { problems, foreign } = watch(page);
  await page.goto('/');
  await waitForMap(page);
  await page.getByLabel('XPlanGML- oder GeoJSON-Datei öffnen').setInputFiles(BPLAN);
  await expect(page.getByText(/„bplan-5\.4-nutzungsschablone\.gml“ geöffnet/)).toBeVisible({
    timeout: 30_000
  });
  await waitForMap(page);

  // The WA area's details: the Nutzungsschablone, its values in plain German, the text.
  await page.getByTestId('area-list').locator('[data-id="WA1"]').click();
  const info = page.locator('section[aria-labelledby=info-title]');
  await expect(info.locator('[data-field=bau]')).toContainText('höchstens 2 Vollgeschosse');
  await expect(info.locator('[data-field=bau]')).toContainText(
    '40 % des Grundstücks dürfen überbaut werden'
  );
  await expect(page.getByTestId('nutzungsschablone')).toContainText('WA');
  await expect(page.getByTestId('nutzungsschablone')).toContainText('0,4');
  await expect(page.getByTestId('texte').getByRole('listitem')).not.toHaveCount(0);

  // Below building scale no label; at building scale the WA area's label is drawn.
  const center = await page.evaluate(() => {
    const map = window.fnpViewer!.map;
    const wa = map.querySourceFeatures('plan').find((f) => f.properties.id === 'WA1')!;
    const ring = (wa.geometry as Polygon).coordinates[0]!;
    const xs = ring.map((p) => p[0]!);
    const ys = ring.map((p) => p[1]!);
    return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
  });
  await page.evaluate(
    (c) => window.fnpViewer!.map.jumpTo({ center: c as [number, number], zoom: 14 }),
    center
  );
  await waitForMap(page);
  expect(await renderedCount(page, 'plan-schablone')).toBe(0);
  await page.evaluate(
    (c) => window.fnpViewer!.map.jumpTo({ center: c as [number, number], zoom: 17 }),
    center
  );
  await waitForMap(page);
  const labels = await page.evaluate(() =>
    window
      .fnpViewer!.map.queryRenderedFeatures({ layers: ['plan-schablone'] })
      .map((f) => String(f.properties.schablone))
  );
  expect(labels.some((l) => l.startsWith('WA | II / 0,4 | 0,8 / o'))).toBe(true);
  expect(await renderedCount(page, 'plan-baugrenze')).toBeGreaterThan(0);
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
});

test('an XPlanArchiv (.zip) opens like its XPlanGML file', async ({ page }) => {
  const { problems } = watch(page);
  await page.goto('/');
  await waitForMap(page);
  // The file dialog offers archives.
  await expect(page.getByLabel('XPlanGML- oder GeoJSON-Datei öffnen')).toHaveAttribute(
    'accept',
    /\.zip/
  );
  const zip = zipSync({ 'bplan.gml': new Uint8Array(readFileSync(BPLAN)) });
  await page.getByLabel('XPlanGML- oder GeoJSON-Datei öffnen').setInputFiles({
    name: 'bplan-archiv.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(zip)
  });
  await expect(page.getByText(/„bplan-archiv\.zip“ geöffnet/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('area-list').locator('[data-id="WA1"]')).toBeVisible();
  expect(problems).toEqual([]);
});

test('a Bebauungsplan: the Flächenbilanz per Baugebiet with the buildable ground, on screen and on the print sheet', async ({
  page
}) => {
  test.setTimeout(240_000);
  await page.addInitScript(() => {
    window.print = () => {};
  });
  const { problems } = watch(page);
  await page.goto('/');
  await waitForMap(page);
  // The Düren FNP has no Baugebiete: no such table.
  await expect(page.getByTestId('balance-table')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('baugebiet-table')).toHaveCount(0);
  await page.getByLabel('XPlanGML- oder GeoJSON-Datei öffnen').setInputFiles(BPLAN);
  await expect(page.getByText(/„bplan-5\.4-nutzungsschablone\.gml“ geöffnet/)).toBeVisible({
    timeout: 30_000
  });
  // The fixture: WA 80 m × 60 m with GRZ 0,4 (1 920 m² buildable), GE 100 m × 60 m with GRZ 0,8
  // (4 800 m²) in a plan of 1,80 ha (with Grün and Straße).
  const table = page.getByTestId('baugebiet-table');
  await expect(table.getByRole('columnheader')).toHaveText([
    'Baugebiet',
    'Fläche',
    'Anteil am Plan',
    'GRZ',
    'davon überbaubar (GRZ)'
  ]);
  const cells = (tr: import('@playwright/test').Locator) =>
    tr
      .locator('th, td')
      .evaluateAll((els) => els.map((e) => e.textContent!.replace(/\s+/g, ' ').trim()));
  await expect
    .poll(() => cells(table.locator('tbody tr[data-category=wa]')))
    .toEqual(['Allgemeines Wohngebiet (WA)', '0,48 ha', '26,6 %', '0,40', '0,19 ha']);
  expect(await cells(table.locator('tbody tr[data-category=ge]'))).toEqual([
    'Gewerbegebiet (GE)',
    '0,60 ha',
    '33,3 %',
    '0,80',
    '0,48 ha'
  ]);
  expect(await cells(table.locator('tfoot tr'))).toEqual([
    'Summe',
    '1,08 ha',
    '59,9 %',
    '0,62',
    '0,67 ha'
  ]);

  // The print sheet carries the same table.
  await page.getByRole('button', { name: 'Druck & Export' }).click();
  await page.getByRole('button', { name: 'Drucken', exact: true }).click();
  const printed = page.getByTestId('print-sheet').locator('table.baugebiete');
  await expect(printed.locator('tfoot tr')).toHaveCount(1, { timeout: 200_000 });
  expect(await cells(printed.locator('tfoot tr'))).toEqual([
    'Summe',
    '1,08 ha',
    '59,9 %',
    '0,62',
    '0,67 ha'
  ]);
  expect(problems).toEqual([]);
});
