import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { csvRecords } from '../../src/lib/csv';
import { gotoViewer, tableIds, waitForMap as waitForMapSoon, watch } from './helpers';

const SHOTS = process.env.E2E_SHOTS;

// Map rendering on SwiftShader is slow on the shared 2-core machine; these tests do a lot.
test.describe.configure({ timeout: 150_000 });

/** The map's first load can take over 30 s when the shared machine is busy. */
const waitForMap = (page: Page) => waitForMapSoon(page, 90_000);

/** Ids of the plots in the map's plot source (what the map draws, whatever the view). */
function mapPlotIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.fnpViewer!.map;
    const ids = map.querySourceFeatures('plots').map((f) => String(f.properties.id));
    return [...new Set(ids)].sort();
  });
}

async function countText(page: Page) {
  const text = await page.locator('#plots-count').innerText();
  const [shown, total] = text.match(/[\d.]+/g)!.map((n) => Number(n.replace(/\./g, '')));
  return { shown: shown!, total: total! };
}

async function openFinder(page: Page, hash = '') {
  await gotoViewer(page, hash);
  if (!hash.includes('mode=plots'))
    await page.getByRole('button', { name: 'Gewerbeflächen finden' }).click();
  await expect(page.getByTestId('plots-table')).toBeVisible();
  await waitForMap(page);
}

test('filters narrow the list and the map together; hover and select both ways', async ({
  page
}) => {
  const w = watch(page);
  await openFinder(page);
  await expect(page).toHaveURL(/mode=plots/);
  const all = await countText(page);
  expect(all.shown).toBe(all.total);
  await expect.poll(() => mapPlotIds(page).then((ids) => ids.length)).toBe(all.total);
  expect(
    await page.evaluate(
      () => window.fnpViewer!.map.queryRenderedFeatures({ layers: ['plots-fill'] }).length
    )
  ).toBeGreaterThan(0);

  await page.getByRole('checkbox', { name: 'verfügbar', exact: true }).check();
  await page.getByLabel('Größe von (m²)').fill('5.000');
  await page.getByLabel('Größe von (m²)').press('Tab');
  await page.getByLabel('Höchstens bis zur A4-Anschlussstelle (m)').fill('4000');
  await page.getByLabel('Höchstens bis zur A4-Anschlussstelle (m)').press('Tab');
  await expect(page).toHaveURL(/pmin=5000/);
  await expect(page).toHaveURL(/pstat=verfuegbar/);
  const narrowed = await countText(page);
  expect(narrowed.shown).toBeGreaterThan(0);
  expect(narrowed.shown).toBeLessThan(all.total);
  const ids = (await tableIds(page)).sort();
  expect(ids).toHaveLength(narrowed.shown);
  await expect.poll(() => mapPlotIds(page)).toEqual(ids);
  const drawn = await page.evaluate(() =>
    window.fnpViewer!.map.querySourceFeatures('plots').map((f) => f.properties)
  );
  for (const p of drawn) {
    expect(p.status).toBe('verfügbar');
    expect(Number(p.area_m2)).toBeGreaterThanOrEqual(5000);
  }

  // A bad number keeps the filter and says why, in German.
  await page.getByLabel('Größe bis (m²)').fill('viel');
  await page.getByLabel('Größe bis (m²)').press('Tab');
  await expect(page.getByText('„viel“ ist keine Zahl.')).toBeVisible();
  expect((await countText(page)).shown).toBe(narrowed.shown);

  // The list starts sorted by size, ascending; „absteigend“ turns it round.
  await page.getByLabel('absteigend').check();
  await expect(page).toHaveURL(/psort=-size/);
  const first = (await tableIds(page))[0]!;

  // List → map: hover sets the map feature's hover state; select outlines it.
  await page.locator(`li[data-id="${first}"]`).hover();
  await expect
    .poll(() =>
      page.evaluate(
        (id) => window.fnpViewer!.map.getFeatureState({ source: 'plots', id }).hover,
        first
      )
    )
    .toBe(true);
  await page.getByRole('button', { name: `Grundstück ${first} zeigen` }).click();
  await expect(page).toHaveURL(new RegExp(`plot=${first}`));
  await expect(page.getByRole('heading', { name: `Grundstück ${first}` })).toBeVisible();
  await waitForMap(page);
  expect(
    await page.evaluate(
      () => window.fnpViewer!.map.queryRenderedFeatures({ layers: ['plots-selected'] }).length
    )
  ).toBeGreaterThan(0);

  // Map → list: a click on another drawn plot selects it; hovering it marks its row.
  const other = await page.evaluate((selected) => {
    const map = window.fnpViewer!.map;
    const r = map.getCanvas().getBoundingClientRect();
    // A plot whose vertex mean lies inside it on the map and is not covered by a control.
    for (const f of map.queryRenderedFeatures({ layers: ['plots-fill'] })) {
      if (f.properties.id === selected) continue;
      const ring = (f.geometry as GeoJSON.Polygon).coordinates[0]!;
      const lon = ring.reduce((s, p) => s + p[0]!, 0) / ring.length;
      const lat = ring.reduce((s, p) => s + p[1]!, 0) / ring.length;
      const pt = map.project([lon, lat]);
      const x = r.left + pt.x;
      const y = r.top + pt.y;
      const top = map.queryRenderedFeatures([pt.x, pt.y], { layers: ['plots-fill'] })[0];
      if (top?.properties.id !== f.properties.id) continue;
      if (document.elementFromPoint(x, y) !== map.getCanvas()) continue;
      return { id: String(f.properties.id), x, y };
    }
    return null;
  }, first);
  if (other) {
    await page.mouse.move(other.x, other.y);
    await expect(page.locator(`li[data-id="${other.id}"]`)).toHaveClass(/hovered/);
    await page.mouse.click(other.x, other.y);
    await expect(page).toHaveURL(new RegExp(`plot=${other.id}`));
    await expect(page.locator(`li[data-id="${other.id}"]`)).toHaveClass(/selected/);
  }
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/plots-desktop.png` });
  expect(w.problems).toEqual([]);
  expect(w.foreign).toEqual([]);
});

test('URL round trip: filters, sort and selection come back from the link', async ({ page }) => {
  const hash =
    '#mode=plots&pmin=10000&punit=ha&pzone=GE&pstat=verfuegbar,vorbereitung&pby=2028-12-31&pa4=5000&psort=-a4';
  await openFinder(page, hash);
  await expect(page.getByLabel('Größe von (ha)')).toHaveValue('1,00');
  await expect(page.getByLabel('GE', { exact: true })).toBeChecked();
  await expect(page.getByLabel('in Vorbereitung')).toBeChecked();
  await expect(page.getByLabel('reserviert')).not.toBeChecked();
  await expect(page.getByLabel('Verfügbar spätestens am')).toHaveValue('2028-12-31');
  const ids = await tableIds(page);
  expect(ids.length).toBeGreaterThan(0);
  await page.getByRole('button', { name: `Grundstück ${ids[0]} zeigen` }).click();
  const url = page.url();
  expect(url).toContain('psort=-a4');
  await page.goto('about:blank');
  await page.goto(url);
  await expect(page.getByRole('heading', { name: `Grundstück ${ids[0]}` })).toBeVisible();
  expect(await tableIds(page)).toEqual(ids);
  await expect(page.getByLabel('Größe von (ha)')).toHaveValue('1,00');
});

test('Exposé (PDF) holds id, area, zoning, Stand and the model notice', async ({ page }) => {
  await openFinder(page, '#mode=plots&pzone=GE&psort=-size');
  const id = (await tableIds(page))[0]!;
  await page.getByRole('button', { name: `Grundstück ${id} zeigen` }).click();
  const details = page.getByTestId('plot-details');
  await expect(details.getByTestId('plot-surroundings')).toBeVisible();
  const area = (await details.locator('dd').nth(1).innerText()).split(' (')[0]!;
  const asOf = await details.getByTestId('plot-asof').innerText();
  await waitForMap(page);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Exposé (PDF)' }).click()
  ]);
  expect(download.suggestedFilename()).toBe(`expose-${id}.pdf`);
  const file = test.info().outputPath('expose.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain(id);
  expect(text).toContain(area);
  expect(text).toContain('Gewerbegebiet (GE)');
  expect(text).toContain(`Stand: ${asOf}`);
  expect(text).toContain('Modelldaten – nicht verbindlich');
  expect(text).toContain('Luftlinie');
  if (SHOTS) {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', file, `${SHOTS}/expose`]);
    await page.screenshot({ path: `${SHOTS}/plots-details.png` });
  }
});

test('Export CSV parses back to the shown rows; Export GeoJSON has the same plots', async ({
  page
}) => {
  await openFinder(page, '#mode=plots&pstat=reserviert&psort=available');
  const ids = await tableIds(page);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click()
  ]);
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = csvRecords(text);
  expect(rows[0]!.slice(0, 4)).toEqual(['Kennung', 'Gewerbegebiet', 'Fläche (m²)', 'Nutzungsart']);
  expect(rows.slice(1).map((r) => r[0])).toEqual(ids);
  // every row has coordinates inside Düren and a link to the plot
  const col = (name: string) => rows[0]!.indexOf(name);
  for (const r of rows.slice(1)) {
    const lat = Number(r[col('Breite (WGS84)')]!.replace(',', '.'));
    const lon = Number(r[col('Länge (WGS84)')]!.replace(',', '.'));
    expect(lat).toBeGreaterThan(50.74);
    expect(lat).toBeLessThan(50.86);
    expect(lon).toBeGreaterThan(6.38);
    expect(lon).toBeLessThan(6.54);
    expect(r[col('Link')]).toContain(`plot=${r[0]}`);
  }
  expect(rows.slice(1).every((r) => r[4] === 'reserviert')).toBe(true);
  const [geo] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export GeoJSON' }).click()
  ]);
  const fc = JSON.parse(readFileSync((await geo.path())!, 'utf8'));
  expect(fc.features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual(ids);
});

for (const viewport of [
  { width: 1400, height: 900 },
  { width: 390, height: 844 }
]) {
  test(`axe-core clean in the finder with a plot selected (${viewport.width}px)`, async ({
    page
  }) => {
    await page.setViewportSize(viewport);
    await openFinder(page, '#mode=plots&psort=-size');
    const id = (await tableIds(page))[0]!;
    await page.getByRole('button', { name: `Grundstück ${id} zeigen` }).click();
    await expect(page.getByTestId('plot-surroundings')).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      []
    );
    if (SHOTS)
      await page.screenshot({
        path: `${SHOTS}/plots-${viewport.width}.png`,
        fullPage: viewport.width < 500
      });
  });
}
