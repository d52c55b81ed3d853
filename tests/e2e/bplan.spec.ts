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
