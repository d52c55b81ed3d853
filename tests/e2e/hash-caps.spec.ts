import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { gotoViewer, settledText, watch } from './helpers';

/** The plan's centre, from the data (so the test holds on any model of Düren). */
function centre(): [number, number] {
  const fc = JSON.parse(readFileSync(join('data', 'dueren-2025', 'boundary.geojson'), 'utf8'));
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      minX = Math.min(minX, c[0]);
      maxX = Math.max(maxX, c[0]);
      minY = Math.min(minY, c[1] as number);
      maxY = Math.max(maxY, c[1] as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of fc.features ?? [fc]) visit((f.geometry ?? f).coordinates);
  return [(minX + maxX) / 2, (minY + maxY) / 2];
}

function regionHash(n: number): string {
  const [lon, lat] = centre();
  const pts: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    pts.push(`${(lon + 0.02 * Math.cos(a)).toFixed(6)},${(lat + 0.013 * Math.sin(a)).toFixed(6)}`);
  }
  return `#scope=region&region=p:${pts.join(';')}`;
}

const pointsInUrl = (url: string) =>
  decodeURIComponent(/region=p:([^&]*)/.exec(url)?.[1] ?? '').split(';').length;

test('a region of 5,000 points in a link is simplified to 2,000 with a notice saying so', async ({
  page
}) => {
  const { problems } = watch(page);
  await gotoViewer(page, regionHash(5000));
  const notice = page.locator('div.notices').filter({
    hasText: 'Die Fläche im Link hatte 5.000 Punkte; sie wurde auf 2.000 Punkte vereinfacht.'
  });
  await expect(notice).toBeVisible();
  // The balance is for the (simplified) region, and the address now carries that region.
  const total = page.getByTestId('balance-table').locator('[data-total-ha]');
  await expect(total).not.toHaveText('');
  expect(await settledText(total)).not.toMatch(/^0,00/);
  await expect.poll(() => pointsInUrl(page.url())).toBeLessThanOrEqual(2000);
  await page.screenshot({ path: test.info().outputPath('hash-region-simplified.png') });
  expect(problems).toEqual([]);
});

test('the same notice for a region typed into an open page, in English too', async ({ page }) => {
  await gotoViewer(page, '#lang=en');
  await expect(page.getByTestId('balance-table')).toBeVisible();
  await page.evaluate((h) => (location.hash = h + '&lang=en'), regionHash(3000));
  await expect(
    page.locator('div.notices').filter({
      hasText: 'The area in the link had 3,000 points; it was simplified to 2,000 points.'
    })
  ).toBeVisible();
  await expect.poll(() => pointsInUrl(page.url())).toBeLessThanOrEqual(2000);
});
