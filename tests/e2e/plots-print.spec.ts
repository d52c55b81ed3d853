import { expect, test, type Page } from '@playwright/test';
import { gotoViewer, waitForMap as waitForMapSoon } from './helpers';

test.describe.configure({ timeout: 150_000 });

/** The map's first load can take over 30 s when the shared machine is busy. */
const waitForMap = (page: Page) => waitForMapSoon(page, 90_000);

test('printing in the finder prints the selected plot’s exposé page only', async ({ page }) => {
  await gotoViewer(page, '#mode=plots&psort=-size');
  await waitForMap(page);
  const id = await page
    .getByTestId('plots-table')
    .locator('li')
    .first()
    .getAttribute('data-id');
  await page.getByRole('button', { name: `Grundstück ${id} zeigen` }).click();
  await expect(page.getByTestId('plot-surroundings')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: `Grundstück ${id}` })).toBeVisible();
  await expect(
    page.getByTestId('plot-details').getByText('Modelldaten – nicht verbindlich')
  ).toBeVisible();
  // Everything outside the exposé is hidden on paper.
  await expect(page.getByTestId('plots-table')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Exposé (PDF)' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/print.png` });
});
