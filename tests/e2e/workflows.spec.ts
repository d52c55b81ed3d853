import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {
  clickCorners,
  parseGerman,
  renderedCategories,
  settledText,
  waitForMap,
  watch,
  startDrawing
} from './helpers';
import { generateFnp } from '../fixtures/generate';

/** A generated FNP of another town, 80 km east of Düren (no area of it lies in Düren). */
const OTHER_PLAN = {
  name: 'beispielstadt.gml',
  mimeType: 'application/gml+xml',
  buffer: Buffer.from(
    generateFnp({
      version: '5.1',
      cols: 12,
      rows: 10,
      title: 'FNP Beispielstadt',
      origin: [402424.966, 5630611.617]
    })
  )
};

async function drawTriangle(page: Page) {
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const at = (fx: number, fy: number) => ({
    x: box.x + box.width * fx,
    y: box.y + box.height * fy
  });
  const corners = [at(0.45, 0.45), at(0.6, 0.5), at(0.5, 0.62)];
  await clickCorners(page, corners);
  // Back on the first corner: closes the triangle.
  await page.mouse.move(corners[0]!.x, corners[0]!.y, { steps: 4 });
  await page.mouse.click(corners[0]!.x, corners[0]!.y);
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
  );
}

test('after opening a file, drawing still works, and the switcher brings Düren back with every choice kept', async ({
  page
}) => {
  const { problems } = watch(page);
  await page.goto('/#lang=en&status=bestand');
  await waitForMap(page);
  await page.getByLabel('Open an XPlanGML or GeoJSON file').setInputFiles(OTHER_PLAN);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Beispielstadt');
  await waitForMap(page);

  await page.getByRole('button', { name: 'Draw polygon' }).click();
  await drawTriangle(page);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page).toHaveURL(/region=p:/);
  await expect(page.getByTestId('balance-table')).toBeVisible();

  await page.getByRole('combobox', { name: 'Plan' }).selectOption('dueren-2025');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Düren Land-Use Plan 2025');
  // The area drawn in the other town lies outside Düren: it is dropped, with a notice.
  await expect(page).not.toHaveURL(/region=/);
  await expect(
    page.locator('div.notices').filter({ hasText: 'do not exist in this plan' })
  ).toBeVisible();
  await expect(page.getByRole('radio', { name: /existing/ })).toBeChecked();
  await expect(page).toHaveURL(/lang=en/);
  await waitForMap(page);
  expect((await renderedCategories(page)).wohnen).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('a link to an unknown plan falls back to the default plan with a notice', async ({ page }) => {
  await page.goto('/#plan=gibt-es-nicht&status=neu');
  await expect(page.getByRole('alert')).toContainText('gibt-es-nicht');
  await expect(page.getByTestId('balance-table')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'neu dargestellt 2025' })).toBeChecked();
  await expect(page).not.toHaveURL(/gibt-es-nicht/);
});

test('a circle drawn with the pointer is kept as centre and radius; Escape cancels a drawing', async ({
  page
}) => {
  await page.goto('/#map=13/50.8017/6.483');
  await waitForMap(page);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await startDrawing(page, 'Kreis zeichnen');
  await page.mouse.move(cx, cy, { steps: 3 });
  await page.mouse.click(cx, cy);
  await page.mouse.move(cx + 120, cy, { steps: 8 });
  await page.mouse.click(cx + 120, cy);
  await page.getByRole('button', { name: 'Fertig' }).click();
  await expect(page).toHaveURL(/region=c:6\.4\d+,50\.8\d+,\d+/);
  const radius = Number(page.url().match(/region=c:[^,]+,[^,]+,([\d.]+)/)![1]);
  // MapLibre's zoom 13 at 50.8° N is 6.0 m per CSS pixel: 120 px ≈ 725 m.
  expect(radius).toBeGreaterThan(650);
  expect(radius).toBeLessThan(800);
  const total = page.getByTestId('balance-table').locator('[data-total-ha]');
  // The plan covers the city without gaps, so the circle's balance is its own area, π·r².
  await expect
    .poll(async () => parseGerman(await total.innerText()))
    .toBeCloseTo((Math.PI * radius * radius) / 10_000, 0);
  const before = await settledText(total);

  await startDrawing(page, 'Vieleck zeichnen');
  await page.mouse.click(cx - 100, cy - 80);
  await page.mouse.click(cx + 60, cy - 90);
  await page.mouse.click(cx, cy + 70);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/region=c:/);
  await expect(total).toHaveText(before);
});

test('keyboard: Tab reaches legend, filters, scope, list and map, each with a visible focus ring', async ({
  page
}) => {
  await page.goto('/');
  await waitForMap(page);
  const seen = new Set<string>();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const name =
        el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent ?? '';
      return {
        tag: el.tagName.toLowerCase(),
        name: name.trim().slice(0, 40),
        visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
      };
    });
    if (!info) continue;
    expect(info.visible, `focus ring on ${info.tag} "${info.name}"`).toBe(true);
    seen.add(info.name);
  }
  for (const name of ['Zur Flächenbilanz springen', 'Plan öffnen …', 'Vergrößern']) {
    expect(
      [...seen].some((s) => s.includes(name)),
      name
    ).toBe(true);
  }
  expect([...seen].some((s) => s.startsWith('Wohnen'))).toBe(true);
  expect([...seen].some((s) => s.includes('alle Flächen'))).toBe(true);
  expect([...seen].some((s) => s.includes('Karte des Flächennutzungsplans'))).toBe(true);
});

test('axe-core: no violation in English, with a selection, a drawn region, an opened file, and on a phone', async ({
  page
}) => {
  await page.goto('/#lang=en&sel=DN-00941&scope=region&region=c:6.483,50.8017,500');
  await waitForMap(page);
  await expect(page.getByTestId('feature-info')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel('Open an XPlanGML or GeoJSON file').setInputFiles(OTHER_PLAN);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Beispielstadt');
  expect(await axeViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await waitForMap(page);
  expect(await axeViolations(page)).toEqual([]);
});
