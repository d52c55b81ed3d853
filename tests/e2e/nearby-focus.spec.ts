/**
 * Choosing a district (filter) or the Innovationsquartier (Flächenbilanz scope) moves the map
 * there; „Gesamtes Plangebiet“ returns to the whole plan. Expected boxes are computed here from
 * the data files (not with the viewer's own code); URL and Back stay consistent; axe clean.
 */
import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { gotoViewer, mapBounds, waitForMap } from './helpers';

type Box = [number, number, number, number];
interface Collection {
  features: { properties: Record<string, unknown>; geometry: { coordinates: unknown } }[];
}
const read = (file: string) =>
  JSON.parse(readFileSync(`data/dueren-2025/${file}`, 'utf8')) as Collection;
const plan = read('plan.geojson');
const districts = read('districts.geojson');
const iq = read('innovationsquartier.geojson');

/** Every coordinate pair in a (Multi)Polygon, however deep. */
function positions(c: unknown): Position[] {
  if (Array.isArray(c) && typeof c[0] === 'number') return [c as Position];
  return Array.isArray(c) ? c.flatMap(positions) : [];
}
function box(features: Collection['features']): Box {
  const ps = features.flatMap((f) => positions(f.geometry.coordinates));
  const lons = ps.map((p) => p[0]!);
  const lats = ps.map((p) => p[1]!);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/** The district with the fewest plan areas that still has some: a small part of the city. */
const counts = new Map<string, number>();
for (const f of plan.features) {
  const d = f.properties.district;
  if (typeof d === 'string') counts.set(d, (counts.get(d) ?? 0) + 1);
}
const district = [...counts].sort((a, b) => a[1] - b[1])[0]![0];
const districtBox = box([
  ...plan.features.filter((f) => f.properties.district === district),
  ...districts.features.filter((f) => f.properties.name === district)
]);
const iqBox = box(iq.features);
const planBox = box(plan.features);

const contains = (outer: Box, inner: Box) =>
  outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];
const width = (b: Box) => b[2] - b[0];

async function axe(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
}

for (const viewport of [
  { width: 1400, height: 900, name: 'desktop' },
  { width: 390, height: 844, name: 'phone' }
]) {
  test.describe(viewport.name, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('a district moves the map there; „Gesamtes Plangebiet“ shows the whole plan again', async ({
      page
    }) => {
      test.setTimeout(120_000);
      await gotoViewer(page, '#map=16/50.79/6.43');
      await waitForMap(page);
      const whole = page.getByRole('button', { name: 'Gesamtes Plangebiet' });
      await expect(whole).toHaveCount(0);
      if (viewport.name === 'phone') await page.getByRole('tab', { name: 'Legende' }).click();
      await page.getByRole('combobox', { name: /^Stadtteil/ }).selectOption(district);
      await expect(whole).toBeVisible();
      await expect
        .poll(async () => contains(await mapBounds(page), districtBox), { timeout: 20_000 })
        .toBe(true);
      // Moved there, not just zoomed out to everything.
      expect(width(await mapBounds(page))).toBeLessThan(width(planBox) * 1.5);
      await expect(page).toHaveURL(new RegExp(`district=${encodeURIComponent(district)}`));
      await waitForMap(page);
      await page.screenshot({ path: `test-results/focus-district-${viewport.name}.png` });
      await axe(page);

      await whole.click();
      await expect
        .poll(async () => contains(await mapBounds(page), planBox), { timeout: 20_000 })
        .toBe(true);
      await expect(page).not.toHaveURL(/district=/);
      await expect(whole).toHaveCount(0);
      await waitForMap(page);
      await page.screenshot({ path: `test-results/focus-whole-${viewport.name}.png` });
      await axe(page);
    });
  });
}

test('the Innovationsquartier as scope moves the map there; Back returns scope and view', async ({
  page
}) => {
  test.setTimeout(120_000);
  await gotoViewer(page, '#map=15/50.79/6.43');
  await waitForMap(page);
  const startView = new URL(page.url()).hash.match(/map=[^&]+/)![0];
  await page.getByRole('radio', { name: 'Innovationsquartier' }).check();
  await expect
    .poll(async () => contains(await mapBounds(page), iqBox), { timeout: 20_000 })
    .toBe(true);
  expect(width(await mapBounds(page))).toBeLessThan(width(iqBox) * 6);
  await expect(page).toHaveURL(/scope=iq/);
  const whole = page.getByRole('button', { name: 'Gesamtes Plangebiet' });
  await expect(whole).toBeVisible();
  await axe(page);

  // Back: the previous scope and the previous view, in the URL and on the map.
  await page.goBack();
  await expect(page).not.toHaveURL(/scope=iq/);
  await expect(page).toHaveURL(new RegExp(startView.replace(/\./g, '\\.')));
  await expect(page.getByRole('radio', { name: 'Gesamtes Plangebiet' })).toBeChecked();
  await expect(whole).toHaveCount(0);

  await page.goForward();
  await expect(page).toHaveURL(/scope=iq/);
  await whole.focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => contains(await mapBounds(page), planBox), { timeout: 20_000 })
    .toBe(true);
  await expect(page).not.toHaveURL(/scope=iq/);
  await expect(page.getByRole('radio', { name: 'Gesamtes Plangebiet' })).toBeChecked();
});
