/**
 * "Was ist hier geplant?" in the browser: granted geolocation → answer sentence and list, checked
 * against an independent computation from plan.geojson with turf (spherical distances, turf
 * clipping against a GeographicLib circle); point picked by right-click; radius from the URL; decimal comma; Back; axe.
 */
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import geodesic from 'geographiclib-geodesic';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readPlanFeatures } from '../../src/lib/geo/measure';
import { gotoViewer, parseGerman, settledText, waitForMap, watch } from './helpers';

const features = readPlanFeatures(
  JSON.parse(readFileSync('data/dueren-2025/plan.geojson', 'utf8')),
  'plan.geojson'
);
/** A place north of the centre with new housing, mixed and special-use areas within 500 m. */
const HOME = { longitude: 6.4964, latitude: 50.8105 };

/** Independent reference: changed areas within r (turf distance on the sphere), nearest first. */
function reference(lon: number, lat: number, r: number) {
  // The circle from GeographicLib's geodesics (the engine's own circle code is not used).
  const ring: [number, number][] = [];
  for (let i = 0; i <= 720; i++) {
    const p = geodesic.Geodesic.WGS84.Direct(lat, lon, (i % 720) * 0.5, r);
    ring.push([p.lon2!, p.lat2!]);
  }
  const circle = turf.polygon([ring.reverse()]);
  return features
    .filter((f) => {
      const p = f.properties;
      return p.status === 'neu' || (p.previous !== null && p.previous !== p.category);
    })
    .map((f) => {
      const d = Math.max(0, turf.pointToPolygonDistance([lon, lat], f, { units: 'meters' }));
      const part = d < r ? turf.intersect(turf.featureCollection([f, circle])) : null;
      return { f, d, inside_m2: part ? turf.area(part) : 0 };
    })
    .filter((x) => x.d < r && x.inside_m2 >= 1)
    .sort((a, b) => a.d - b.d);
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
}

test.describe('with granted geolocation in Düren', () => {
  test.use({ geolocation: HOME, permissions: ['geolocation'] });

  test('Mein Standort answers with a sentence and list that agree with turf', async ({ page }) => {
    test.setTimeout(180_000);
    const { problems, foreign } = watch(page);
    await gotoViewer(page);
    await waitForMap(page);
    await page.getByRole('button', { name: 'Mein Standort' }).click();
    const panel = page.getByRole('region', { name: 'Was ist hier geplant?' });
    await expect(panel.getByTestId('nearby-sentence')).toContainText('Im Umkreis von 500 m');
    await expect(page).toHaveURL(/poi=6\.4964,50\.8105/);
    await expect(page).toHaveURL(/region=c:6\.4964,50\.8105,500/);

    const ref = reference(HOME.longitude, HOME.latitude, 500);
    expect(ref.length).toBeGreaterThan(0);
    const rows = panel.getByTestId('nearby-list').locator('tbody tr');
    await expect(rows).toHaveCount(ref.length);
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    // Same areas; same order except where two distances are within 2 m of each other.
    expect(new Set(ids)).toEqual(new Set(ref.map((x) => x.f.properties.id)));
    for (let i = 0; i < ref.length; i++) {
      const shown = ref.find((x) => x.f.properties.id === ids[i])!;
      expect(Math.abs(shown.d - ref[i]!.d)).toBeLessThan(2 + ref[i]!.d * 0.005);
      const text = await rows.nth(i).locator('[data-field="distance"]').innerText();
      const metres = text.includes('km')
        ? parseGerman(text.replace('km', '')) * 1000
        : parseGerman(text.replace('m', ''));
      expect(Math.abs(metres - shown.d)).toBeLessThan(2 + shown.d * 0.005);
    }

    // The answer names the spot first, then the nearest changes, each with its WHOLE area and
    // the distance to its nearest edge (rounded to 10 m), as turf measures them.
    const lines = await panel.getByTestId('nearby-sentence').locator('p').allInnerTexts();
    expect(lines[0]).toMatch(/^Ihr Ort liegt in einer /);
    const own = features.find((f) =>
      turf.booleanPointInPolygon([HOME.longitude, HOME.latitude], f)
    );
    const named = ref.filter((x) => x.f.properties.id !== own?.properties.id).slice(0, 4);
    const clauses = lines[1]!.replace(/^Im Umkreis von 500 m ändert sich: /, '').split('; ');
    for (const [i, x] of named.entries()) {
      const m = clauses[i]!.match(
        /, ([\d.,]+) ha \([^)]*Fußballfeld[^)]*\), (?:([\d.,]+) (k?m) entfernt|direkt angrenzend)/
      );
      expect(m, clauses[i]).not.toBeNull();
      const wholeHa = turf.area(x.f) / 10_000;
      expect(Math.abs(parseGerman(m![1]!) - wholeHa)).toBeLessThanOrEqual(0.051 + wholeHa * 0.005);
      if (m![2]) {
        const metres = parseGerman(m![2]) * (m![3] === 'km' ? 1000 : 1);
        expect(Math.abs(metres - x.d)).toBeLessThanOrEqual(6 + x.d * 0.005);
      } else expect(x.d).toBeLessThan(10);
    }
    for (const line of lines) expect(line).not.toMatch(/dargestellt|Darstellung|Bezugsraum/);

    // Selecting a row highlights that area on the map and shows its details.
    const first = rows.first().getByRole('button');
    await first.click();
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(new RegExp(`sel=${ids[0]}`));
    await expect(page.getByTestId('feature-info')).toBeVisible();
    await waitForMap(page);
    const selected = await page.evaluate(
      () => window.fnpViewer!.map.queryRenderedFeatures({ layers: ['plan-selected'] }).length
    );
    expect(selected).toBeGreaterThan(0);

    // The Flächenbilanz below is that of the circle.
    await expect(page.locator('#flaechenbilanz')).toBeVisible();
    const radiusLabel = await page.evaluate(() =>
      window
        .fnpViewer!.map.queryRenderedFeatures({ layers: ['region-label'] })
        .map((f) => f.properties.label)
    );
    expect(radiusLabel).toEqual(['500 m']);
    const poi = await page.evaluate(
      () => window.fnpViewer!.map.queryRenderedFeatures({ layers: ['poi-marker'] }).length
    );
    expect(poi).toBe(1);

    // Another radius: the list grows and the URL follows.
    await panel.getByRole('button', { name: '1 km' }).click();
    await expect(page).toHaveURL(/region=c:6\.4964,50\.8105,1000/);
    await expect(rows).toHaveCount(reference(HOME.longitude, HOME.latitude, 1000).length);
    await panel.getByLabel('Eigener Umkreis in Metern').fill('750');
    await panel.getByRole('button', { name: 'Übernehmen' }).click();
    await expect(page).toHaveURL(/region=c:6\.4964,50\.8105,750/);
    await expect(panel.getByTestId('nearby-sentence')).toContainText('Im Umkreis von 750 m');
    await axe(page);
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });
});

test('a refused location gives a clear message', async ({ page, context }) => {
  await context.clearPermissions();
  await gotoViewer(page);
  await waitForMap(page);
  await page.getByRole('button', { name: 'Mein Standort' }).click();
  await expect(
    page.getByText('Ihr Standort wurde nicht freigegeben.', { exact: false })
  ).toBeVisible();
});

test.describe('outside the plan', () => {
  test.use({ geolocation: { longitude: 6.96, latitude: 50.94 }, permissions: ['geolocation'] });
  test('says the location is outside the plan area', async ({ page }) => {
    await gotoViewer(page);
    await waitForMap(page);
    await page.getByRole('button', { name: 'Mein Standort' }).click();
    await expect(page.getByText('außerhalb des Plangebiets', { exact: false })).toBeVisible();
    await expect(page).not.toHaveURL(/poi=/);
  });
});

test('right-click sets the point of interest; the answer is a link', async ({ page }) => {
  await gotoViewer(page);
  await waitForMap(page);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
  await expect(page).toHaveURL(/poi=.*region=c:|region=c:.*poi=/);
  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url);
  await waitForMap(page);
  await expect(page.getByTestId('nearby-sentence')).toContainText('Im Umkreis von 500 m');
});

test('decimal comma in the minimum size: 2,5 is 2.5 ha', async ({ page }) => {
  await gotoViewer(page);
  await waitForMap(page);
  await page.getByLabel('Mindestgröße (ha)').fill('2,5');
  await expect(page).toHaveURL(/min=2\.5(&|$)/);
  const list = await settledText(page.locator('#flaechenbilanz'));
  expect(list.length).toBeGreaterThan(0);
  await page.getByLabel('Mindestgröße (ha)').fill('zwei');
  await expect(page.getByText('Bitte eine Zahl angeben')).toBeVisible();
  await expect(page).toHaveURL(/min=2\.5(&|$)/);
});

test('Back returns to the previous selection; panning adds no history', async ({ page }) => {
  const [a, b] = features.filter((f) => f.properties.name).map((f) => f.properties.id);
  await gotoViewer(page, `#sel=${a}`);
  await waitForMap(page);
  const length0 = await page.evaluate(() => history.length);
  await page.evaluate((b) => (location.hash = `#sel=${b}`), b!);
  await expect(page.getByTestId('feature-info')).toContainText(b!);
  await page.evaluate(() => window.fnpViewer!.map.panBy([200, 100], { animate: false }));
  await page.evaluate(() => window.fnpViewer!.map.panBy([-50, 80], { animate: false }));
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => history.length)).toBe(length0 + 1);
  // A selection made by clicking in the list pushes an entry of its own.
  await page.goBack();
  await expect(page.getByTestId('feature-info')).toContainText(a!);
  await expect(page).toHaveURL(new RegExp(`sel=${a}`));
});

test('the FNP dialog opens from the answer panel and is accessible', async ({ page }) => {
  await gotoViewer(page);
  await waitForMap(page);
  await page.getByRole('button', { name: 'Was ist ein Flächennutzungsplan?' }).click();
  const dialog = page.getByRole('dialog', { name: 'Was ist ein Flächennutzungsplan?' });
  await expect(dialog).toContainText('nicht grundstücksgenau');
  await axe(page);
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Was heißt das? – Wohnbaufläche' }).click();
  await expect(page.getByText('Hier soll vor allem gewohnt werden.').first()).toBeVisible();
  await axe(page);
});
