import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { pixelAt, waitForMap, watch } from './helpers';
import { geoTiffArchive, rasterArchive, rasterCornersUtm } from '../fixtures/raster-archive';
import { toWgs84 } from '../../src/lib/xplan/crs';

// An XPlanArchiv the test builds (tests/fixtures/raster-archive.ts): the BPlan fixture, its
// raster plan T1_scan.png (one magenta colour, 400 m × 300 m around the plan) with world file,
// and two PDF attachments.

/** Opens the viewer and in it the archive `name` from disk; waits for the plan on the map. */
async function openArchive(page: Page, name: string, zip: Uint8Array): Promise<void> {
  await page.goto('/');
  await waitForMap(page);
  await page.getByLabel('XPlanGML- oder GeoJSON-Datei öffnen').setInputFiles({
    name,
    mimeType: 'application/zip',
    buffer: Buffer.from(zip)
  });
  await expect(page.getByText(`„${name}“ geöffnet`)).toBeVisible({ timeout: 30_000 });
  await waitForMap(page);
}

test('an XPlanArchiv with a raster plan: the image lies georeferenced under the areas with its own opacity; the attachments open', async ({
  page
}) => {
  const { problems, foreign } = watch(page);
  await openArchive(page, 'bplan-raster.zip', rasterArchive());

  // The image source at the world file's corners, its layer under the plan's areas.
  const utm = toWgs84(25832);
  const expected = rasterCornersUtm().map(([x, y]) => utm(x, y));
  const { coordinates, order, opacity } = await page.evaluate(() => {
    const map = window.fnpViewer!.map;
    const source = map.getSource('plan-raster-0') as unknown as { coordinates: number[][] };
    return {
      coordinates: source.coordinates,
      order: map.getStyle().layers.map((l) => l.id),
      opacity: map.getPaintProperty('plan-raster-0', 'raster-opacity')
    };
  });
  expect(coordinates).toHaveLength(4);
  coordinates.forEach(([lon, lat], i) => {
    expect(lon).toBeCloseTo(expected[i]![0]!, 6);
    expect(lat).toBeCloseTo(expected[i]![1]!, 6);
  });
  expect(order.indexOf('plan-raster-0')).toBeGreaterThan(-1);
  expect(order.indexOf('plan-raster-0')).toBeLessThan(order.indexOf('plan-fill'));
  expect(opacity).toBe(0.8);

  // Legend entry and opacity control beside the legend.
  const archive = page.getByTestId('plan-archive');
  await expect(archive).toContainText('Rasterplan „T1_scan.png“');
  // Named there, not in a second notice under „… geöffnet“ (which pushed a phone's map off the
  // screen): the plan with its raster is shown, and one notice stands.
  await expect(page.locator('.notice')).toHaveCount(1);
  const slider = archive.getByLabel('Deckkraft Rasterplan');
  await expect(slider).toHaveValue('80');

  // Pixels: beside the plan the image itself (magenta), inside the WA area the area's colour
  // over it — which changes when the image is faded out, so the image lies under the area.
  const at = (x: number, y: number) =>
    page.evaluate(
      ([lon, lat]) => {
        const p = window.fnpViewer!.map.project([lon!, lat!]);
        return { x: p.x, y: p.y };
      },
      utm(x, y)
    );
  await page.evaluate(
    (c) => window.fnpViewer!.map.jumpTo({ center: c as [number, number], zoom: 16 }),
    utm(322490, 5630650)
  );
  await waitForMap(page);
  const beside = await at(322340, 5630650);
  const inWa = await at(322440, 5630670);
  const besideWith = await pixelAt(page, beside.x, beside.y);
  const waWith = await pixelAt(page, inWa.x, inWa.y);
  expect(besideWith[0]!).toBeGreaterThan(200);
  expect(besideWith[1]!).toBeLessThan(100);
  expect(besideWith[2]!).toBeGreaterThan(200);
  await slider.fill('0');
  await expect(page).toHaveURL(/ro=0/);
  await expect
    .poll(() =>
      page.evaluate(() => window.fnpViewer!.map.getPaintProperty('plan-raster-0', 'raster-opacity'))
    )
    .toBe(0);
  await waitForMap(page);
  const besideWithout = await pixelAt(page, beside.x, beside.y);
  const waWithout = await pixelAt(page, inWa.x, inWa.y);
  expect(besideWithout[1]!).toBeGreaterThan(200);
  // The WA area is drawn over the image: with the image its colour is pulled towards magenta.
  expect(waWith[1]!).toBeLessThan(waWithout[1]! - 10);
  await slider.fill('80');

  // Attachments with their sizes; opening one shows the PDF by Blob URL in a new tab.
  const begruendung = archive.getByRole('button', { name: /Begruendung\.pdf öffnen \(\d+ kB\)/ });
  await expect(begruendung).toBeVisible();
  await expect(archive.getByRole('button', { name: /Umweltbericht\.pdf öffnen/ })).toBeVisible();
  await expect(archive.getByText('T1_scan.pgw')).toHaveCount(0);
  const [popup] = await Promise.all([page.waitForEvent('popup'), begruendung.click()]);
  expect(popup.url()).toMatch(/^blob:/);
  const text = await page.evaluate((url) => fetch(url).then((r) => r.text()), popup.url());
  expect(text.startsWith('%PDF-1.4')).toBe(true);
  expect(text).toContain('Begruendung zum Bebauungsplan T1');
  await popup.close();
  const save = archive.getByRole('link', { name: 'Speichern' });
  await expect(save).toHaveAttribute('download', 'Begruendung.pdf');
  await expect(save).toHaveAttribute('rel', 'noopener');
  const axe = await new AxeBuilder({ page })
    .include('[data-testid=plan-archive]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);

  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
});

test('an XPlanArchiv with a GeoTIFF raster plan: converted in the worker, it lies at the corners its GeoTIFF tags give, under the areas', async ({
  page
}) => {
  const { problems, foreign } = watch(page);
  await openArchive(page, 'bplan-geotiff.zip', geoTiffArchive());
  const utm = toWgs84(25832);
  const expected = rasterCornersUtm().map(([x, y]) => utm(x, y));
  const { coordinates, order } = await page.evaluate(() => {
    const map = window.fnpViewer!.map;
    const source = map.getSource('plan-raster-0') as unknown as { coordinates: number[][] };
    return { coordinates: source.coordinates, order: map.getStyle().layers.map((l) => l.id) };
  });
  coordinates.forEach(([lon, lat], i) => {
    expect(lon).toBeCloseTo(expected[i]![0]!, 6);
    expect(lat).toBeCloseTo(expected[i]![1]!, 6);
  });
  expect(order.indexOf('plan-raster-0')).toBeGreaterThan(-1);
  expect(order.indexOf('plan-raster-0')).toBeLessThan(order.indexOf('plan-fill'));
  await expect(page.getByTestId('plan-archive')).toContainText('Rasterplan „T1_scan.tif“');
  // The image's pixels (magenta) beside the plan, inside the raster's corners.
  await page.evaluate(
    (c) => window.fnpViewer!.map.jumpTo({ center: c as [number, number], zoom: 16 }),
    utm(322490, 5630650)
  );
  await waitForMap(page);
  const beside = await page.evaluate(
    ([lon, lat]) => window.fnpViewer!.map.project([lon!, lat!]),
    utm(322340, 5630650)
  );
  const outside = await page.evaluate(
    ([lon, lat]) => window.fnpViewer!.map.project([lon!, lat!]),
    utm(322280, 5630650)
  );
  const px = await pixelAt(page, beside.x, beside.y);
  expect(px[0]!).toBeGreaterThan(200);
  expect(px[1]!).toBeLessThan(100);
  expect(px[2]!).toBeGreaterThan(200);
  // 20 m west of the raster's left edge: no magenta.
  const out = await pixelAt(page, outside.x, outside.y);
  expect(out[1]!).toBeGreaterThan(150);
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
});
