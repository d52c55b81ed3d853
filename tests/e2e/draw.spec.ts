import { expect, test } from '@playwright/test';
import { clickCorners, parseGerman, settledText, waitForMap, startDrawing } from './helpers';

test('drawing a polygon updates the Flächenbilanz, and the URL keeps the region across a reload', async ({
  page
}) => {
  await page.goto('/');
  await waitForMap(page);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const at = (fx: number, fy: number) => ({
    x: box.x + box.width * fx,
    y: box.y + box.height * fy
  });
  const corners = [at(0.4, 0.45), at(0.6, 0.45), at(0.62, 0.65), at(0.5, 0.58), at(0.38, 0.66)];

  await startDrawing(page, 'Vieleck zeichnen');
  await expect(page.getByRole('radio', { name: 'Gezeichnete Fläche' })).toBeChecked();
  await clickCorners(page, corners);
  // While drawing, the panel already shows the balance of the unfinished polygon.
  const total = page.getByTestId('balance-table').locator('[data-total-ha]');
  await expect(total).toBeVisible();
  await page.mouse.move(corners[0]!.x, corners[0]!.y, { steps: 4 });
  await page.mouse.click(corners[0]!.x, corners[0]!.y);
  await page.getByRole('button', { name: 'Fertig' }).click();

  await expect(page).toHaveURL(/region=p:/);
  const drawnHa = parseGerman(await settledText(total));
  expect(drawnHa).toBeGreaterThan(1);
  const region = new URL(page.url()).hash.match(/region=p:([^&]+)/)![1]!;
  expect(region.split(';').length).toBe(corners.length);

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Gezeichnete Fläche' })).toBeChecked();
  await expect.poll(async () => parseGerman(await total.innerText())).toBeCloseTo(drawnHa, 2);
  await waitForMap(page);
  expect(
    await page.evaluate(
      () => window.fnpViewer!.map.queryRenderedFeatures({ layers: ['region-line'] }).length
    )
  ).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Gezeichnete Fläche löschen' }).click();
  await expect(page).not.toHaveURL(/region=/);
  await expect(page.getByText('Noch keine Fläche gezeichnet.')).toBeVisible();
});

test('a circle around the map centre gives the balance within that radius', async ({ page }) => {
  await page.goto('/#map=14/50.8017/6.483');
  await waitForMap(page);
  await page.getByText('Umkreis um einen Ort').click();
  await page.getByLabel('Umkreis um die Kartenmitte (m)').fill('500');
  await page.getByRole('button', { name: 'Umkreis übernehmen' }).click();
  await expect(page).toHaveURL(/region=c:6\.483,50\.8017,500/);
  const total = page.getByTestId('balance-table').locator('[data-total-ha]');
  // π · 500² m² = 78.54 ha, all inside the city, which the plan covers without gaps.
  await expect.poll(async () => parseGerman(await total.innerText())).toBeCloseTo(78.54, 1);
});
