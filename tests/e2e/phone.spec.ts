/**
 * Phone layout (390 × 844, touch), the circle tool by press-drag (mouse and touch), and the
 * tabbed panel column at 1024 px and 1280 × 720.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { gotoViewer, scaleHidesAttribution, waitForMap, startDrawing } from './helpers';

async function axe(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
}

/** Radius (m) of the drawn circle, from the URL. */
const radiusInUrl = (page: Page) =>
  Number(new URL(page.url()).hash.match(/region=c:[^,]+,[^,]+,([\d.]+)/)?.[1]);

/** Metres between two screen points at the map's centre latitude (Web Mercator). */
async function metresBetween(page: Page, dxPx: number) {
  return page.evaluate((dx) => {
    const map = window.fnpViewer!.map;
    const c = map.getCenter();
    const metresPerPx = (78271.517 * Math.cos((c.lat * Math.PI) / 180)) / 2 ** map.getZoom();
    return dx * metresPerPx;
  }, dxPx);
}

/**
 * Whether every point (lon, lat) is on the map and above the bottom sheet, with a few px of
 * room, once the map has stopped moving (MapLibre's own `project`, not the viewer's arithmetic).
 */
async function aboveSheet(page: Page, points: [number, number][]) {
  return page.evaluate((pts) => {
    const map = window.fnpViewer!.map;
    if (map.isMoving()) return 'moving';
    const canvas = map.getCanvas().getBoundingClientRect();
    const sheet = document.querySelector('.sheet.phone')!.getBoundingClientRect();
    const outside = pts
      .map((p) => map.project(p))
      .map((q) => ({ x: canvas.left + q.x, y: canvas.top + q.y }))
      .filter(
        (q) =>
          q.x < canvas.left + 4 ||
          q.x > canvas.right - 4 ||
          q.y < canvas.top + 4 ||
          q.y > sheet.top - 4
      );
    return outside.length === 0
      ? 'inside'
      : `outside: ${JSON.stringify({ outside, sheet: sheet.top })}`;
  }, points);
}

/** A place north of the centre (as in nearby.spec). */
const HOME = { longitude: 6.4964, latitude: 50.8105 };

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test.describe('with the sheet open', () => {
    test.use({ geolocation: HOME, permissions: ['geolocation'] });

    test('a found place and „Mein Standort“ with its circle are shown above the sheet', async ({
      page
    }) => {
      test.setTimeout(120_000);
      // Far from both targets, so the map has to move to them.
      await gotoViewer(page, '#map=14/50.78/6.42');
      await waitForMap(page);

      const search = page.getByRole('combobox', { name: 'Suche' });
      await search.fill('Modellfabrik Papier');
      await page
        .getByRole('option', { name: /Modellfabrik Papier/ })
        .first()
        .click();
      // The answer opens the sheet to half height, over the lower half of the map.
      await expect(page.locator('.sheet.phone')).toHaveAttribute('data-size', 'half');
      await expect
        .poll(() => aboveSheet(page, [[6.489358, 50.810232]]), { timeout: 20_000 })
        .toBe('inside');
      await page.screenshot({ path: 'test-results/phone-search-fit.png' });

      await page.getByRole('button', { name: 'Mein Standort' }).click();
      await expect(page).toHaveURL(/region=c:6\.4964,50\.8105,500/);
      // The whole 500 m circle: its northern, southern, eastern and western rim.
      const dLat = 500 / 111_195;
      const dLon = dLat / Math.cos((HOME.latitude * Math.PI) / 180);
      const { longitude: lon, latitude: lat } = HOME;
      await expect
        .poll(
          () =>
            aboveSheet(page, [
              [lon, lat],
              [lon, lat + dLat],
              [lon, lat - dLat],
              [lon + dLon, lat],
              [lon - dLon, lat]
            ]),
          { timeout: 20_000 }
        )
        .toBe('inside');
      await page.screenshot({ path: 'test-results/phone-locate-fit.png' });
    });
  });

  test('tapping an area shows its details inside the viewport', async ({ page }) => {
    test.setTimeout(120_000);
    await gotoViewer(page, '#map=15/50.8017/6.483');
    await waitForMap(page);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(389);
    await page.screenshot({ path: '/tmp/wt9-phone-0.png' });
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height * 0.4);
    const info = page.getByTestId('feature-info');
    await expect(info).toBeVisible();
    await expect(info).toBeInViewport();
    const r = (await info.boundingBox())!;
    expect(r.y + 40).toBeLessThan(844);
    await page.screenshot({ path: '/tmp/wt9-phone-1.png' });
    expect(await scaleHidesAttribution(page)).toBe(false);
    await axe(page);
  });

  test('a circle drawn by touch press-drag has the dragged radius', async ({ page }) => {
    test.setTimeout(120_000);
    await gotoViewer(page, '#map=14/50.8017/6.483');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Fläche zeichnen' }).click();
    await startDrawing(page, 'Kreis zeichnen');
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const x0 = box.x + box.width / 2;
    const y0 = box.y + box.height / 2;
    const dx = 120;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }]
      });
    await touch('touchStart', x0, y0);
    for (let i = 1; i <= 10; i++) await touch('touchMove', x0 + (dx * i) / 10, y0);
    await touch('touchEnd', x0 + dx, y0);
    await expect(page).toHaveURL(/region=c:/);
    const expected = await metresBetween(page, dx);
    expect(Math.abs(radiusInUrl(page) / expected - 1)).toBeLessThan(0.02);
  });
});

test('a circle drawn by mouse press-drag has the dragged radius, shown while drawing', async ({
  page
}) => {
  test.setTimeout(120_000);
  await gotoViewer(page, '#map=14/50.8017/6.483');
  await waitForMap(page);
  await startDrawing(page, 'Kreis zeichnen');
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const x0 = box.x + box.width / 2;
  const y0 = box.y + box.height / 2;
  const dx = 150;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x0 + (dx * i) / 10, y0);
  await expect(page).toHaveURL(/region=c:/);
  const during = () =>
    page.evaluate(
      () => window.fnpViewer!.map.queryRenderedFeatures({ layers: ['region-label'] }).length
    );
  await expect.poll(during).toBe(1);
  await page.mouse.up();
  const expected = await metresBetween(page, dx);
  expect(Math.abs(radiusInUrl(page) / expected - 1)).toBeLessThan(0.02);
  // The map did not pan while dragging.
  const center = await page.evaluate(() => window.fnpViewer!.map.getCenter().toArray());
  expect(center[0]).toBeCloseTo(6.483, 4);
});

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 }
]) {
  test(`at ${viewport.width} × ${viewport.height} the panels share one tabbed column`, async ({
    page
  }) => {
    await page.setViewportSize(viewport);
    await gotoViewer(page);
    await waitForMap(page);
    const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
    expect(map.width).toBeGreaterThan(viewport.width * 0.6);
    await page.getByRole('tab', { name: 'Flächenbilanz' }).click();
    await expect(page.getByTestId('balance-table')).toBeVisible();
    await page.screenshot({ path: `/tmp/wt9-${viewport.width}.png` });
    await axe(page);
  });
}
