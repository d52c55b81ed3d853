/**
 * A resident on a 390 × 844 phone (issue 22): the first screen asks the question, the sheet comes
 * down to a peek in every state, long-press and search open the answer, search by street + house
 * number and with a typo (picked from the shared tiles at run time), „Link teilen“ gives a link
 * whose recipient sees „geteilter Ort“, the skip link reaches the answer in ≤ 3 Tabs, axe.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { gotoViewer, waitForMap } from './helpers';
import {
  axeViolations,
  ORIGIN,
  serveSite,
  siteWithBasemap,
  TILES_MISSING,
  TILES_WHY
} from './basemap-helpers';
import { nameIndexEntries } from '../../src/lib/search/name-index';

const HOME = { longitude: 6.4964, latitude: 50.8105 };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

const sheet = (page: Page) => page.locator('aside.sheet');
const answerTab = (page: Page) => page.getByRole('tab', { name: 'Was ist hier?' });

async function longPress(page: Page, x: number, y: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  // The finger stays down this long: the gesture itself (a long press), not a wait for the page.
  await page.waitForTimeout(900);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test.describe('phone', () => {
  test.use({ ...PHONE, geolocation: HOME, permissions: ['geolocation'] });

  test('first screen: search and „Mein Standort“ with one line of help; FNP help without „Mehr“', async ({
    page
  }) => {
    await gotoViewer(page);
    await waitForMap(page);
    await expect(page.getByRole('combobox', { name: 'Suche' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mein Standort' })).toBeInViewport();
    await expect(answerTab(page)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('Suchen Sie oben Ihre Adresse')).toBeInViewport();
    await expect(
      page.getByRole('button', { name: 'Was ist ein Flächennutzungsplan?' })
    ).toBeVisible();
    await page.screenshot({ path: '/tmp/resident-first.png' });
    expect(await axeViolations(page)).toEqual([]);
  });

  test('„Mein Standort“: answer with focus on its heading; the sheet comes down to a peek and up', async ({
    page
  }) => {
    await gotoViewer(page);
    await waitForMap(page);
    await page.getByRole('button', { name: 'Mein Standort' }).click();
    await expect(page.getByTestId('nearby-sentence')).toContainText('Ihr Ort liegt');
    await expect(page.getByRole('heading', { name: 'Was ist hier geplant?' })).toBeFocused();
    await expect(page.getByTestId('nearby-place')).toHaveText('Ort: Mein Standort');
    await expect(page.getByTestId('nearby-caveat')).toContainText('geschätzt');
    expect(page.url()).not.toContain('Mein');
    // The marker lies in the part of the map the sheet leaves free (below the header's map top).
    await page.waitForFunction(() => !window.fnpViewer!.map.isMoving());
    const at = await page.evaluate(
      ([lon, lat]) => window.fnpViewer!.map.project([lon!, lat!]),
      [HOME.longitude, HOME.latitude]
    );
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const sheetTop = (await sheet(page).boundingBox())!.y;
    expect(canvas.y + at.y).toBeGreaterThan(canvas.y);
    expect(canvas.y + at.y).toBeLessThan(sheetTop);
    expect(at.x).toBeGreaterThan(0);
    expect(at.x).toBeLessThan(canvas.width);
    await page.screenshot({ path: '/tmp/resident-located.png' });
    // Down to a peek by tapping the handle, by the keyboard, and by dragging it.
    const handle = page.locator('.sheet .handle');
    for (let i = 0; i < 3 && (await sheet(page).getAttribute('data-size')) !== 'peek'; i++)
      await handle.tap();
    await expect(sheet(page)).toHaveAttribute('data-size', 'peek');
    const peek = await sheet(page).boundingBox();
    expect(peek!.height).toBeLessThan(130);
    await page.screenshot({ path: '/tmp/resident-peek.png' });
    await handle.focus();
    await page.keyboard.press('ArrowUp');
    await expect(sheet(page)).toHaveAttribute('data-size', 'half');
    await page.keyboard.press('Escape');
    await expect(sheet(page)).toHaveAttribute('data-size', 'peek');
    await page.keyboard.press('ArrowUp');
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + 200, { steps: 4 });
    await page.mouse.up();
    await expect(sheet(page)).toHaveAttribute('data-size', 'peek');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a long-press on an area opens the answer, not „Auswahl“', async ({ page }) => {
    await gotoViewer(page);
    await waitForMap(page);
    await page.getByRole('tab', { name: 'Legende' }).click();
    // In the middle of the map the sheet leaves free (the city centre).
    const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const top = (await sheet(page).boundingBox())!.y;
    await longPress(page, map.x + map.width / 2, (map.y + top) / 2);
    await expect(page).toHaveURL(/poi=/);
    await expect(answerTab(page)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('nearby-sentence')).toContainText('Im Umkreis von 500 m');
    await expect(page.getByTestId('nearby-place')).toHaveText('Ort: Gewählter Ort');
    await page.screenshot({ path: '/tmp/resident-longpress.png' });
  });

  test('„Link teilen“ gives a link whose recipient sees „geteilter Ort“', async ({
    page,
    context,
    browser
  }) => {
    await context.grantPermissions(['geolocation', 'clipboard-read', 'clipboard-write'], {
      origin: ORIGIN
    });
    // Web Share is not in headless chromium: the phone falls back to the clipboard.
    await gotoViewer(page);
    await waitForMap(page);
    await page.getByRole('button', { name: 'Mein Standort' }).click();
    await expect(page.getByTestId('nearby-sentence')).toContainText('Ihr Ort liegt');
    await page.getByRole('button', { name: 'Link teilen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link kopiert' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const poi = new URLSearchParams(new URL(link).hash.slice(1)).get('poi');
    expect(poi).toMatch(/,geteilter Ort$/);
    const other = await browser.newContext(PHONE);
    const neighbour = await other.newPage();
    await neighbour.goto(link);
    await expect(neighbour.getByTestId('nearby-place')).toHaveText('Ort: geteilter Ort');
    await expect(neighbour.getByTestId('nearby-sentence')).toContainText('Ihr Ort liegt');
    await expect(neighbour.getByText('Mein Standort', { exact: false })).not.toHaveText(
      /Ort: Mein/
    );
    await other.close();
  });
});

test.describe('keyboard', () => {
  test('the skip link is the first stop and reaches the answer in ≤ 3 Tabs', async ({ page }) => {
    await gotoViewer(page);
    await waitForMap(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Zu ‚Was ist hier geplant?‘' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Was ist hier geplant?' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Mein Standort' })).toBeFocused();
  });

  test('„?“ buttons have names containing their visible text', async ({ page }) => {
    await gotoViewer(page);
    await waitForMap(page);
    const names = await page
      .locator('button')
      .filter({ hasText: /^\?$/ })
      .evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''));
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).toContain('?');
  });
});

/** A street with house numbers from the shared tiles' index, picked at run time. */
function pickStreet(dir: string) {
  const entries = nameIndexEntries(
    JSON.parse(readFileSync(join(dir, 'basemap', 'search.json'), 'utf8'))
  );
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  const unique = entries.filter(
    (e) =>
      e.kind === 'street' &&
      counts.get(e.label) === 1 &&
      (e.numbers?.size ?? 0) > 3 &&
      e.label.length >= 10
  );
  const s = unique[Math.floor(unique.length / 2)]!;
  // The name that occurs most often (in Düren: several Stadtteile have one).
  const twice = entries
    .filter((e) => e.kind === 'street')
    .sort(
      (a, b) => counts.get(b.label)! - counts.get(a.label)! || a.label.localeCompare(b.label)
    )[0]!;
  return { street: s, number: [...s.numbers!.keys()][0]!, twice: twice.label };
}

test.describe('search on the shared tiles', () => {
  test.skip(TILES_MISSING, TILES_WHY);
  test.use(PHONE);

  test('street + house number and a one-letter typo open the answer at that place', async ({
    page,
    context
  }) => {
    const dir = siteWithBasemap();
    const { street, number, twice } = pickStreet(dir);
    await serveSite(context, dir);
    await page.goto(`${ORIGIN}/`);
    await waitForMap(page);
    const box = page.getByRole('combobox', { name: 'Suche' });
    await box.fill(`${street.label} ${number}`);
    const option = page.getByRole('option').first();
    await expect(option).toContainText(`${street.label} ${number}`, { ignoreCase: true });
    await option.click();
    await expect(answerTab(page)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('heading', { name: 'Was ist hier geplant?' })).toBeFocused();
    await expect(page.getByTestId('nearby-sentence')).toContainText('Im Umkreis von');
    await page.screenshot({ path: '/tmp/resident-search-house.png' });
    // One letter dropped in the middle.
    const cut = Math.floor(street.label.length / 2);
    await box.fill(street.label.slice(0, cut) + street.label.slice(cut + 1));
    await expect(
      page.getByRole('option', { name: new RegExp(`^${street.label}`) }).first()
    ).toBeVisible();
    // Two streets of one name: different Stadtteile on their second line.
    await box.fill(twice);
    const lines = page.getByRole('option', { name: new RegExp(`^${twice}`) });
    await expect(lines.nth(1)).toBeVisible();
    const details = await lines.locator('.detail').allInnerTexts();
    expect(new Set(details).size).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: '/tmp/resident-search-twice.png' });
  });
});

test('without installed tiles the search says streets need the basemap, and still finds districts', async ({
  page
}) => {
  await gotoViewer(page);
  await waitForMap(page);
  await page.getByRole('combobox', { name: 'Suche' }).fill('Birkesdorf');
  await expect(page.getByRole('option', { name: 'Birkesdorf' }).first()).toBeVisible();
  await expect(page.getByTestId('search-no-streets')).toContainText('Hintergrundkarte');
});
