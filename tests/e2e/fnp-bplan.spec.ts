import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { MultiPolygon, Polygon } from 'geojson';
import { gotoViewer, renderedCount, waitForMap, watch } from './helpers';

/** Moves the camera (a test's own jump; the app moves only through its map controller). */
async function jump(page: Page, center: [number, number], zoom: number) {
  await page.evaluate(
    ([c, z]) => window.fnpViewer!.map.jumpTo({ center: c as [number, number], zoom: z as number }),
    [center, zoom] as const
  );
  await waitForMap(page);
}

/**
 * The middle of the largest polygon's outer ring (its bounding box) of the first feature of a
 * source with that category (any, for null).
 */
async function centreOf(
  page: Page,
  source: string,
  category: string | null
): Promise<[number, number]> {
  return page.evaluate(
    ([source, category]) => {
      const f = window
        .fnpViewer!.map.querySourceFeatures(source!)
        .find((x) => category === null || x.properties.category === category)!;
      const g = f.geometry as Polygon | MultiPolygon;
      const rings = g.type === 'Polygon' ? [g.coordinates[0]!] : g.coordinates.map((p) => p[0]!);
      const ring = rings.sort((a, b) => b.length - a.length)[0]!;
      const xs = ring.map((p) => p[0]!);
      const ys = ring.map((p) => p[1]!);
      return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
    },
    [source, category] as const
  ) as Promise<[number, number]>;
}

test('FNP with BPlan 01/377: outline at city scale, contents at building scale, details name both, switcher lists it', async ({
  page
}) => {
  // Five map states on a software renderer: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  const { problems, foreign } = watch(page);
  await gotoViewer(page);
  await waitForMap(page);
  // The BPlan arrives after the first map (a light start), then its Geltungsbereich is drawn.
  await expect
    .poll(() => renderedCount(page, 'bplan-boundary'), { timeout: 30_000 })
    .toBeGreaterThan(0);

  // City scale around the Innovationsquartier: the outline and its name, no contents.
  const quarter = await centreOf(page, 'bplan-boundary', null);
  await jump(page, quarter, 13);
  expect(await renderedCount(page, 'bplan-boundary')).toBeGreaterThan(0);
  const label = await page.evaluate(() =>
    window
      .fnpViewer!.map.queryRenderedFeatures({ layers: ['bplan-label'] })
      .map((f) => String(f.properties.name))
  );
  expect(label).toContain('BPlan 01/377 (Modell)');
  expect(await renderedCount(page, 'bplan-fill')).toBe(0);

  // Building scale: Baugebiete, Nutzungsschablone labels, Baugrenzen.
  await jump(page, quarter, 16);
  const mu = await centreOf(page, 'bplan-areas', 'mu');
  await jump(page, mu, 17);
  expect(await renderedCount(page, 'bplan-fill')).toBeGreaterThan(0);
  expect(await renderedCount(page, 'bplan-baugrenze')).toBeGreaterThan(0);
  const schablonen = await page.evaluate(() =>
    window
      .fnpViewer!.map.queryRenderedFeatures({ layers: ['bplan-schablone'] })
      .map((f) => String(f.properties.schablone))
  );
  expect(schablonen.some((s) => s.startsWith('MU | V / 0,6 | 2,4'))).toBe(true);

  // A click in the MU area: the details name the FNP and the BPlan.
  const at = await page.evaluate((c) => {
    const map = window.fnpViewer!.map;
    const p = map.project(c as [number, number]);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, mu);
  await page.mouse.click(at.x, at.y);
  const info = page.locator('section[aria-labelledby=info-title]');
  await expect(info.getByTestId('plans-here')).toHaveText(
    /^FNP: Gemischte Baufläche · BPlan 01\/377 \(Modell\): MU, GRZ 0,6, GFZ 2,4, max\. 5 Vollgeschosse$/
  );
  const part = info.getByTestId('part-details');
  await expect(part.getByRole('heading', { level: 3 })).toContainText(
    'Bebauungsplan 01/377 „Südliches Bahnhofsquartier“'
  );
  await expect(part).toContainText('Modell');
  await expect(part.locator('[data-field=bau]')).toContainText('höchstens 5 Vollgeschosse');
  await expect(part.getByTestId('texte')).toContainText('Retentionsgründach');
  // English second.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(info.getByTestId('plans-here')).toHaveText(
    /^FNP: Mixed-use area · BPlan 01\/377 \(model\): MU, GRZ 0\.6, GFZ 2\.4, max\. 5 full storeys$/
  );
  await page.getByRole('button', { name: 'Deutsch' }).click();

  // The switcher lists the FNP and, below it, the BPlan.
  const options = page.getByRole('combobox', { name: 'Plan' }).locator('option');
  await expect(options.filter({ hasText: 'Flächennutzungsplan 2025' })).toHaveCount(1);
  await expect(options.filter({ hasText: 'Bebauungsplan 01/377' })).toHaveCount(1);

  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  ).toEqual([]);
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
});

test('choosing BPlan 01/377 in the switcher shows it alone, with its own Flächenbilanz', async ({
  page
}) => {
  const { problems } = watch(page);
  await gotoViewer(page);
  await waitForMap(page);
  await page.getByRole('combobox', { name: 'Plan' }).selectOption('dueren-bplan-01-377');
  await expect(page).toHaveURL(/plan=dueren-bplan-01-377/);
  await waitForMap(page);
  await expect(page.getByTestId('area-list').locator('[data-id="BPL-01-377-01"]')).toBeAttached();
  // Its Flächenbilanz counts its Baugebiete (Urbanes Gebiet), which the FNP does not have.
  await expect(page.getByTestId('balance-table')).toContainText('Urbanes Gebiet');
  // The header names the BPlan and says what its model is built from (its own notice).
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Bebauungsplan 01/377 „Südliches Bahnhofsquartier“ (Modell)'
  );
  await page.locator('#model-notice summary').click();
  await expect(page.locator('#model-notice')).toContainText(
    'entwickelt aus dem FNP-Modell im Innovationsquartier'
  );
  expect(problems).toEqual([]);
});
