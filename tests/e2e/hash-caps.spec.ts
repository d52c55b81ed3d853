import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { toLaea } from '../../src/lib/geo/laea';
import { mulberry32 } from '../../src/lib/geo/prng';
import { twistedRegion } from '../../src/lib/geo/synthetic';
import { gotoViewer, parseGerman, settledText, watch } from './helpers';

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

/**
 * A star {n/k} of `n` points in a link (issue 26): vertex i at angle 2π·(i·k mod n)/n, about
 * 1.4 km around the plan's centre; {2000/999} crosses itself about a million times.
 */
function starHash(n: number, k: number): string {
  const [lon, lat] = centre();
  const pts: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * ((i * k) % n)) / n;
    pts.push(`${(lon + 0.02 * Math.cos(a)).toFixed(6)},${(lat + 0.013 * Math.sin(a)).toFixed(6)}`);
  }
  return `#scope=region&region=p:${pts.join(';')}`;
}

/** A 2,000-point star of 4 km² at the plan's centre with 200 bow-ties (neighbours swapped). */
function twistedHash(): { hash: string; area_m2: number } {
  const [x, y] = toLaea(...centre());
  const star = twistedRegion(mulberry32(5), x, y, 4e6, 2000, 200);
  const ring = star.coordinates[0]!.slice(0, -1);
  return {
    hash: `#scope=region&region=p:${ring.map(([lon, lat]) => `${lon!.toFixed(6)},${lat!.toFixed(6)}`).join(';')}`,
    area_m2: 4e6
  };
}

/** Five seconds from the page being usable, as issue 26 asks of the answer or the reason. */
const ANSWER_MS = 5000;

test('a shared link with a 2,000-point star crossing itself a million times says why within 5 s', async ({
  page
}) => {
  const { problems } = watch(page);
  await gotoViewer(page, starHash(2000, 999));
  await expect(
    page.locator('div.notices').filter({
      hasText: 'Die Fläche überschneidet sich selbst an mehr als 20.000 Stellen'
    })
  ).toBeVisible({ timeout: ANSWER_MS });
  await page.screenshot({ path: test.info().outputPath('star-refused.png') });
  // the same link in English says it in English, without a class name
  await page.evaluate((h) => (location.hash = `${h}&lang=en`), starHash(2000, 997));
  const en = page.locator('div.notices').filter({
    hasText: 'The area crosses itself at more than 20,000 places'
  });
  await expect(en).toBeVisible({ timeout: ANSWER_MS });
  expect(await page.getByRole('alert').innerText()).not.toMatch(
    /\b[A-Z][a-z]+(?:[A-Z][a-z]+)*Error\b/
  );
  expect(problems).toEqual([]);
});

test('a shared link with a 2,000-point star crossing itself 200 times is repaired and answered within 5 s', async ({
  page
}) => {
  const { problems } = watch(page);
  const star = twistedHash();
  await gotoViewer(page, star.hash);
  const total = page.getByTestId('balance-table').locator('[data-total-ha]');
  // The repaired star's plan areas: most of its 400 ha (its own area, the bow-ties add
  // little), never the whole city's (about 8,500 ha) nor a sliver.
  await expect
    .poll(async () => parseGerman(await total.innerText()), { timeout: ANSWER_MS })
    .toBeGreaterThan(0.9 * (star.area_m2 / 1e4));
  expect(parseGerman(await settledText(total))).toBeLessThan(1.01 * (star.area_m2 / 1e4));
  await expect(page.getByRole('alert').locator('.notice')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('star-repaired.png') });
  expect(problems).toEqual([]);
});
