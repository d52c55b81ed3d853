import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readPlanFeatures } from '../../src/lib/geo/measure';
import {
  MATRIX_KEYS,
  cellArea,
  changeTotals,
  matrixFromPieces,
  previousPieces
} from '../../src/lib/geo/transition';
import { CHANGE_KINDS } from '../../src/lib/plan/change';
import { gotoViewer, parseGerman, waitForMap as waitForMainMap, watch } from './helpers';

// Two maps under SwiftShader on a shared 2-core machine load slowly: allow for it.
test.setTimeout(240_000);
const waitForMap = (page: Page) => waitForMainMap(page, 120_000);

declare global {
  interface Window {
    fnpViewer?: {
      map: import('maplibre-gl').Map;
      before?: import('maplibre-gl').Map;
      /** The map's whole style is in (MapView adds all but the plan after its first frame). */
      complete?: boolean;
    };
  }
}

const raw = readFileSync('data/dueren-2025/plan.geojson', 'utf8');
const features = readPlanFeatures(JSON.parse(raw), 'plan.geojson');
const pieces = previousPieces(features);
const matrix = matrixFromPieces(pieces);

async function waitForBefore(page: Page) {
  await page.waitForFunction(() => window.fnpViewer?.before?.loaded() === true, null, {
    timeout: 120_000
  });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.fnpViewer!.before!;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      })
  );
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('swipe: the button opens the comparison, the divider moves by keyboard, both halves render', async ({
  page
}) => {
  const { problems, foreign } = watch(page);
  await gotoViewer(page);
  await waitForMap(page);
  await page.getByRole('button', { name: 'Vergleich 1999 | 2025' }).click();
  await expect(page).toHaveURL(/mode=compare/);
  await waitForMap(page);
  await waitForBefore(page);
  const slider = page.getByRole('slider', { name: /Trennlinie/ });
  await expect(slider).toHaveAttribute('aria-valuenow', '50');
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuenow', '40');
  await expect(page).toHaveURL(/div=0\.4/);
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuenow', '100');
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuenow', '0');
  await page.keyboard.press('PageUp');
  await expect(slider).toHaveAttribute('aria-valuenow', '10');

  // The earlier map draws each area in its 1999 category, the current map in its 2025 one.
  const drawn = await page.evaluate(() => {
    const read = (m: import('maplibre-gl').Map) =>
      Object.fromEntries(
        m
          .queryRenderedFeatures({ layers: ['plan-fill'] })
          .map((f) => [String(f.properties.id), String(f.properties.category)])
      );
    return { before: read(window.fnpViewer!.before!), after: read(window.fnpViewer!.map) };
  });
  const returned = features.filter(
    (f) => f.properties.previous === 'gewerbe' && f.properties.category === 'landwirtschaft'
  );
  expect(Object.keys(drawn.before).length).toBeGreaterThan(1000);
  expect(Object.keys(drawn.after).length).toBeGreaterThan(1000);
  for (const f of returned.slice(0, 10)) {
    expect(drawn.before[`${f.properties.id}@1999`]).toBe('gewerbe');
    expect(drawn.after[f.properties.id]).toBe('landwirtschaft');
  }
  // Panning the current map moves the earlier one with it.
  await page.evaluate(() => window.fnpViewer!.map.jumpTo({ center: [6.47, 50.8], zoom: 14 }));
  const c = await page.evaluate(() => window.fnpViewer!.before!.getCenter().toArray());
  expect(c[0]).toBeCloseTo(6.47, 5);
  expect(problems).toEqual([]);
  expect(foreign).toEqual([]);
});

test('change legend hectares and the transition matrix agree with the data', async ({ page }) => {
  await gotoViewer(page, '#mode=compare&cmp=matrix');
  await waitForMap(page);
  const totals = changeTotals(pieces);
  const legend = page.getByTestId('change-legend');
  for (const kind of CHANGE_KINDS) {
    const text = await legend.locator(`[data-kind="${kind}"] [data-ha]`).innerText();
    expect(parseGerman(text), kind).toBeCloseTo(totals[kind] / 10_000, 1);
  }
  const table = page.getByRole('table', { name: /^Übergangsmatrix/ });
  await expect(table).toBeVisible();
  const cells = await table
    .locator('td[data-cell]')
    .evaluateAll((tds) =>
      tds.map((td) => [td.getAttribute('data-cell')!, Number(td.getAttribute('data-m2'))] as const)
    );
  expect(cells.length).toBe(matrix.rows.length * matrix.cols.length);
  for (const [key, m2] of cells) {
    const [from, to] = key.split(',') as [
      (typeof MATRIX_KEYS)[number],
      (typeof MATRIX_KEYS)[number]
    ];
    expect(Math.abs(m2 - cellArea(matrix, from, to)), key).toBeLessThan(1e-6);
  }
  // The published figure: residential land grew by 121 ha since 1999.
  const w = MATRIX_KEYS.indexOf('wohnen');
  expect((matrix.colTotals[w]! - matrix.rowTotals[w]!) / 10_000).toBeCloseTo(121, 0);
});

test('choosing a cell highlights exactly its areas and lists them; the URL restores it', async ({
  page
}) => {
  await gotoViewer(page, '#mode=compare&cmp=matrix');
  await waitForMap(page);
  const expected = features
    .filter(
      (f) => f.properties.previous === 'gewerbe' && f.properties.category === 'landwirtschaft'
    )
    .map((f) => f.properties.id)
    .sort();
  await page
    .getByRole('button', { name: /Gewerbliche Baufläche → Fläche für die Landwirtschaft/ })
    .click();
  await expect(page).toHaveURL(/cell=gewerbe,landwirtschaft/);
  const list = page.getByTestId('cell-areas');
  await expect(list.locator('li')).toHaveCount(expected.length);
  await expect(list).toContainText(`${expected.length} Flächen`);
  // Every returned area on screen, however large the map is beside the matrix.
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features.filter((f) => expected.includes(f.properties.id))) {
    const xy = (f.geometry.coordinates as unknown[]).flat(Infinity) as number[];
    for (let i = 0; i + 1 < xy.length; i += 2) {
      box[0] = Math.min(box[0]!, xy[i]!);
      box[1] = Math.min(box[1]!, xy[i + 1]!);
      box[2] = Math.max(box[2]!, xy[i]!);
      box[3] = Math.max(box[3]!, xy[i + 1]!);
    }
  }
  await page.evaluate(
    (b) =>
      window.fnpViewer!.map.fitBounds(b as [number, number, number, number], {
        padding: 20,
        animate: false
      }),
    box
  );
  await waitForMap(page);
  const highlighted = await page.evaluate(() => [
    ...new Set(
      window
        .fnpViewer!.map.queryRenderedFeatures({ layers: ['compare-cell'] })
        .map((f) => String(f.properties.id))
    )
  ]);
  // The highlight layer selects exactly the cell's areas; what it draws is among them (areas
  // of a few m² may not cover a pixel at this zoom, so the drawn set can be smaller).
  const selected = await page.evaluate(() =>
    JSON.stringify(window.fnpViewer!.map.getFilter('compare-cell'))
  );
  expect([...new Set(selected.match(/DN-\d+/g) ?? [])].sort()).toEqual(expected);
  expect(highlighted.length).toBeGreaterThan(expected.length / 2);
  expect(highlighted.filter((id) => !expected.includes(id))).toEqual([]);
  // The change map colours the returned land as "Rücknahme".
  const fill = await page.evaluate(() => {
    const f = window.fnpViewer!.map.queryRenderedFeatures({ layers: ['plan-fill'] });
    return f.length;
  });
  expect(fill).toBeGreaterThan(1000);

  // Reload: mode, view, divider and cell come back from the URL.
  await page.goto('/#mode=compare&cmp=matrix&div=0.3&cell=gewerbe,landwirtschaft');
  await page.reload();
  await waitForMap(page);
  await expect(page.getByRole('radio', { name: 'Übergangsmatrix' })).toBeChecked();
  await expect(
    page.getByRole('button', { name: /Gewerbliche Baufläche → Fläche für die Landwirtschaft/ })
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('cell-areas').locator('li')).toHaveCount(expected.length);
  await page.getByRole('radio', { name: 'Wischen' }).check();
  await expect(page.getByRole('slider', { name: /Trennlinie/ })).toHaveAttribute(
    'aria-valuenow',
    '30'
  );
});

test('Flächenbilanz 1999 / 2025 / Δ follows the scope and a district', async ({ page }) => {
  await gotoViewer(page, '#mode=compare&cmp=change');
  await waitForMap(page);
  const table = page.getByTestId('delta-table');
  const row = table.locator('tr[data-category="wohnen"]');
  // The published +121 ha, as the data files have it (to ±1 %).
  const whole = (pred: (f: (typeof features)[number]) => boolean) =>
    features.filter(pred).reduce((s, f) => s + f.properties.area_m2, 0) / 10_000;
  const delta =
    whole((f) => f.properties.category === 'wohnen') -
    whole((f) => f.properties.previous === 'wohnen');
  expect(Math.abs(delta - 121)).toBeLessThan(1.21);
  await expect(row.locator('[data-delta]')).toHaveText(`+${delta.toFixed(2).replace('.', ',')} ha`);
  await page.getByLabel('Stadtteil').selectOption('Birkesdorf');
  const inBirkesdorf = features.filter((f) => f.properties.district === 'Birkesdorf');
  const sum = (pred: (f: (typeof features)[number]) => boolean) =>
    inBirkesdorf.filter(pred).reduce((s, f) => s + f.properties.area_m2, 0) / 10_000;
  await expect(row.locator('[data-after]')).toHaveText(
    `${sum((f) => f.properties.category === 'wohnen')
      .toFixed(2)
      .replace('.', ',')} ha`
  );
  await expect(row.locator('[data-before]')).toHaveText(
    `${sum((f) => f.properties.previous === 'wohnen')
      .toFixed(2)
      .replace('.', ',')} ha`
  );
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Flächenbilanz als CSV' }).click();
  const file = await (await download).path();
  const csv = readFileSync(file, 'utf8');
  expect(csv.startsWith('\uFEFFKategorie;FNP 1999 (ha);FNP 2025 (ha);Δ (ha)\r\n')).toBe(true);
});

test('two plans: a recategorised copy opened from disk is overlaid and its changes found', async ({
  page
}) => {
  await gotoViewer(page, '#mode=compare&cmp=matrix');
  await waitForMap(page);
  // The earlier plan: the same areas under new ids, five residential areas still farmland.
  const json = JSON.parse(raw);
  const changed: string[] = [];
  for (const f of json.features) {
    if (
      changed.length < 5 &&
      f.properties.category === 'wohnen' &&
      f.properties.previous === 'wohnen'
    ) {
      changed.push(f.properties.id);
      f.properties.category = 'landwirtschaft';
    }
    f.properties.id = `alt-${f.properties.id}`;
  }
  await page.getByTestId('compare-file').setInputFiles({
    name: 'fnp-alt.geojson',
    mimeType: 'application/geo+json',
    buffer: Buffer.from(JSON.stringify(json))
  });
  await expect(page.getByText(/Verglichen wird jetzt/)).toBeVisible({ timeout: 45_000 });
  const cell = page.getByRole('button', {
    name: /Fläche für die Landwirtschaft → Wohnbaufläche/
  });
  await cell.click();
  await expect(page.getByTestId('cell-areas').locator('li')).toHaveCount(5);
  const listed = await page
    .getByTestId('cell-areas')
    .locator('li')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
  expect(listed.sort()).toEqual(changed.sort());
  expect(await axe(page)).toEqual([]);
});

for (const viewport of [
  { width: 1400, height: 900 },
  // A council room's projector.
  { width: 1280, height: 720 },
  { width: 390, height: 844 }
]) {
  test(`axe-core is clean in swipe, side-by-side and matrix view at ${viewport.width}×${viewport.height}`, async ({
    page
  }) => {
    await page.setViewportSize(viewport);
    await gotoViewer(page, '#mode=compare');
    await waitForMap(page);
    expect(await axe(page)).toEqual([]);
    await gotoViewer(page, '#mode=compare&cmp=side');
    await waitForMap(page);
    await waitForBefore(page);
    expect(await axe(page)).toEqual([]);
    await gotoViewer(page, '#mode=compare&cmp=matrix&cell=gewerbe,landwirtschaft');
    await waitForMap(page);
    await expect(page.getByTestId('cell-areas')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}
