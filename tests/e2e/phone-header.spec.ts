/**
 * The header stays tidy on a phone and at 1024, 1280 × 720 and 1400 px: it leaves the map its
 * height, the named main controls stay visible, and every secondary tool is reachable by its
 * exact name, by keyboard, in „Mehr“ (below 1400 px). Screenshots: test-results/header-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { gotoViewer, waitForMap } from './helpers';

async function axe(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
}

const headerHeight = (page: Page) =>
  page.locator('header').evaluate((h) => h.getBoundingClientRect().height);

/** Rows of the header: its direct children grouped where their boxes overlap vertically. */
const headerRows = (page: Page) =>
  page.locator('header').evaluate((h) => {
    const boxes = [...h.children]
      .map((c) => c.getBoundingClientRect())
      .filter((r) => r.height > 0)
      .sort((a, b) => a.top - b.top);
    let rows = 0;
    let bottom = -Infinity;
    for (const r of boxes) {
      if (r.top >= bottom - 1) rows++;
      bottom = r.top >= bottom - 1 ? r.bottom : Math.max(bottom, r.bottom);
    }
    return rows;
  });

/** Pairs of the header's visible controls (fields and buttons) whose boxes overlap. */
const overlappingControls = (page: Page) =>
  page.locator('header').evaluate((h) => {
    const boxes = [...h.querySelectorAll('input:not([type=file]), button, select, summary')]
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0);
    const name = (e: Element) =>
      e.getAttribute('aria-label') ?? (e.textContent?.trim() || e.getAttribute('placeholder'));
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!.r, boxes[j]!.r];
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 0.5 && y > 0.5) out.push(`${name(boxes[i]!.e)} × ${name(boxes[j]!.e)}`);
      }
    return out;
  });

const CASES = [
  {
    width: 390,
    height: 844,
    rows: 3,
    maxShare: 0.17,
    always: ['Vergleich 1999 | 2025', 'Gewerbeflächen finden']
  },
  { width: 1024, height: 768, rows: 2, maxShare: 0.15, always: ['Präsentieren', 'Druck & Export'] },
  { width: 1280, height: 720, rows: 1, maxShare: 0.1, always: ['Präsentieren', 'Druck & Export'] },
  { width: 1400, height: 900, rows: 2, maxShare: 0.13, always: ['Hintergrundkarte', 'English'] }
];

for (const c of CASES) {
  test(`header at ${c.width} × ${c.height}: ${c.rows} row(s), main controls visible`, async ({
    page
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: c.width, height: c.height });
    await gotoViewer(page);
    await waitForMap(page);
    expect(await headerHeight(page)).toBeLessThanOrEqual(c.height * c.maxShare);
    expect(await headerRows(page)).toBeLessThanOrEqual(c.rows);
    await expect(page.getByRole('combobox', { name: 'Suche' })).toBeVisible();
    expect(await overlappingControls(page)).toEqual([]);
    for (const name of ['Vergleich 1999 | 2025', 'Gewerbeflächen finden', ...c.always])
      await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    // The map gets the rest of the window.
    const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
    expect(map.height).toBeGreaterThan(c.height * 0.5);
    await page.screenshot({ path: `test-results/header-${c.width}.png` });
    await axe(page);
  });
}

for (const width of [390, 1280]) {
  test(`„Mehr“ at ${width} px holds every secondary tool, by keyboard`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: width === 390 ? 844 : 720 });
    await gotoViewer(page);
    await waitForMap(page);
    const more = page.getByRole('button', { name: 'Mehr', exact: true });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('button', { name: 'Hintergrundkarte' })).toBeHidden();
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    const names = ['Hintergrundkarte', 'Plan öffnen …', 'Deutsch', 'English'];
    if (width === 390) names.push('Präsentieren', 'Druck & Export');
    for (const name of names)
      await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    await expect(page.getByRole('slider', { name: 'Deckkraft der Planflächen' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: /^Plan/ })).toBeVisible();
    await page.screenshot({ path: `test-results/header-more-${width}.png` });
    await axe(page);

    // „Was ist ein Flächennutzungsplan?“ is not in „Mehr“: it sits in the answer panel (issue 22).
    await expect(
      page.locator('header').getByRole('button', { name: 'Was ist ein Flächennutzungsplan?' })
    ).toHaveCount(0);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(/lang=en/);
    const moreEn = page.getByRole('button', { name: 'More', exact: true });
    await page.keyboard.press('Escape');
    await expect(moreEn).toHaveAttribute('aria-expanded', 'false');
    await expect(moreEn).toBeFocused();
    await expect(page.getByRole('button', { name: 'Basemap' })).toBeHidden();
  });
}
