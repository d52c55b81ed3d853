/**
 * The loading path of issue 13: MapLibre reads plan.geojson by URL while the plan worker
 * fetches and indexes it; the page itself never fetches or parses it; areas come stored in the
 * data (measured, with a notice, where a file has none); only the Latin subset of Noto Sans.
 * Expectations are derived from the data files.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { gotoViewer, parseGerman, renderedCount, waitForMap, watch, startDrawing } from './helpers';

interface RawFeature {
  properties: { id: string; category: string; area_m2?: number; overlay?: boolean };
}
const planText = readFileSync('data/dueren-2025/plan.geojson', 'utf8');
const plan = JSON.parse(planText) as { features: RawFeature[] };
const counted = plan.features.filter((f) => f.properties.overlay !== true);
const totalHa = counted.reduce((s, f) => s + f.properties.area_m2! / 10_000, 0);

test('the plan is drawn from its URL; balance, list and details match the stored areas', async ({
  context,
  page
}) => {
  const seen = watch(page);
  const planRequests: string[] = [];
  // context: the requests come from workers (MapLibre's and the plan worker), not the page.
  // The offline app's service worker caches the build after the plan has loaded (a copy for
  // offline use, not for this view): its own requests are not counted.
  // The FNP's areas only: the Bebauungspläne it lists load their own plan.geojson after the map.
  const FNP_AREAS = '/data/dueren-2025/plan.geojson';
  context.on('request', (r) => {
    if (r.url().endsWith(FNP_AREAS) && r.serviceWorker() === null) planRequests.push(r.url());
  });
  const pageRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith(FNP_AREAS) && r.frame() === page.mainFrame())
      pageRequests.push(r.url());
  });
  await gotoViewer(page);
  await waitForMap(page);
  expect(await renderedCount(page, 'plan-fill')).toBeGreaterThan(counted.length / 10);
  // MapLibre's own source is the URL, not data handed over from the page.
  const source = await page.evaluate(
    () =>
      (
        window.fnpViewer!.map as unknown as {
          style: { stylesheet: { sources: { plan: { data: unknown } } } };
        }
      ).style.stylesheet.sources.plan.data
  );
  expect(source).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/data\/dueren-2025\/plan\.geojson$/);

  const total = page.getByTestId('balance-table').locator('[data-total-ha]');
  await expect(total).toBeVisible();
  expect(Math.abs(parseGerman(await total.innerText()) - totalHa)).toBeLessThan(0.006);
  // Fetched by MapLibre's worker and by the plan worker only.
  expect(planRequests.length).toBe(2);
  // The largest area heads the list with its stored size; choosing it shows its details.
  const largest = [...counted].sort((a, b) => b.properties.area_m2! - a.properties.area_m2!)[0]!;
  const first = page.getByTestId('area-list').getByRole('button').first();
  await expect(first).toHaveAttribute('data-id', largest.properties.id);
  await first.click();
  const shown = parseGerman(
    (await page.getByTestId('feature-info').locator('[data-field=area]').innerText()).split(
      ' ha'
    )[0]!
  );
  expect(Math.abs(shown - largest.properties.area_m2! / 10_000)).toBeLessThan(0.006);
  await expect(page.getByText('keine Flächengröße gespeichert')).toHaveCount(0);
  expect(seen.problems).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('a plan file without stored areas still loads, is measured and says so', async ({
  context,
  page
}) => {
  const stripped = JSON.stringify({
    type: 'FeatureCollection',
    features: (
      JSON.parse(planText) as { features: { properties: Record<string, unknown> }[] }
    ).features.map((f) => {
      delete f.properties.area_m2;
      return f;
    })
  });
  await context.route('**/data/dueren-2025/plan.geojson', (r) =>
    r.fulfill({ status: 200, contentType: 'application/geo+json', body: stripped })
  );
  await gotoViewer(page);
  const count = plan.features.length.toLocaleString('de-DE');
  await expect(
    page.getByText(`für ${count} Flächen keine Flächengröße gespeichert`, { exact: false })
  ).toBeVisible();
  const total = page.getByTestId('balance-table').locator('[data-total-ha]');
  await expect(total).toBeVisible();
  expect(Math.abs(parseGerman(await total.innerText()) - totalHa) / totalHa).toBeLessThan(1e-4);
  // The map gets the measured areas too, so the minimum-size filter works there as well.
  await waitForMap(page);
  const all = await renderedCount(page, 'plan-fill');
  expect(all).toBeGreaterThan(counted.length / 10);
  const sizes = counted.map((f) => f.properties.area_m2! / 10_000).sort((a, b) => b - a);
  const threshold = Math.floor(sizes[Math.floor(sizes.length / 10)]!);
  await page.getByLabel('Mindestgröße (ha)').fill(String(threshold));
  await expect.poll(() => renderedCount(page, 'plan-fill')).toBeLessThan(all / 2);
  await expect.poll(() => renderedCount(page, 'plan-fill')).toBeGreaterThan(0);
});

test('only the Latin subset of Noto Sans is shipped and requested', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (/\.(woff2?|ttf|otf)(\?|$)/.test(r.url())) fonts.push(r.url().split('/').pop()!);
  });
  await gotoViewer(page);
  await waitForMap(page);
  await expect(page.getByTestId('balance-table')).toBeVisible();
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) expect(f).toMatch(/^noto-sans-latin-(400|700)-normal\.[\w-]+\.woff2$/);
  const shipped = readdirSync('build/_app/immutable/assets').filter((f) =>
    /\.(woff2?|ttf|otf)$/.test(f)
  );
  expect(shipped.length).toBeGreaterThan(0);
  for (const f of shipped) expect(f).toMatch(/^noto-sans-latin-(400|700)-normal\./);
});

test('Terra Draw is fetched only when drawing starts', async ({ context, page }) => {
  const scripts: string[] = [];
  // Not the offline app's service worker, which caches every file of the build once the plan
  // has loaded: what counts is what the page and its workers fetch to run.
  context.on('request', (r) => {
    if (/\.m?js$/.test(new URL(r.url()).pathname) && r.serviceWorker() === null)
      scripts.push(new URL(r.url()).pathname);
  });
  await gotoViewer(page);
  await waitForMap(page);
  await expect(page.getByTestId('balance-table')).toBeVisible();
  // Terra Draw's own chunks, from Vite's manifest of the build.
  const manifest = JSON.parse(
    readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
  ) as Record<string, { file: string }>;
  const chunks = Object.entries(manifest)
    .filter(([k]) => k.includes('node_modules/terra-draw'))
    .map(([, v]) => `/${v.file}`);
  expect(chunks.length).toBeGreaterThan(0);
  const terraDraw = () => scripts.filter((p) => chunks.includes(p));
  expect(terraDraw()).toEqual([]);
  await startDrawing(page, 'Vieleck zeichnen');
  await expect(page.getByRole('radio', { name: 'Gezeichnete Fläche' })).toBeChecked();
  await expect.poll(() => terraDraw().length).toBeGreaterThan(0);
});

test('npm run bench:page runs and prints its figures', async () => {
  test.setTimeout(900_000);
  const out = execFileSync('npx', ['tsx', 'cli/bench-page.ts', '--pairs', '1'], {
    encoding: 'utf8',
    env: { ...process.env, BENCH_PORT: String(Number(process.env.E2E_PORT ?? 4173) + 1000) }
  });
  expect(out).toMatch(/^bench page viewer_ms=\d+ bare_ms=\d+ ratio=\d+\.\d\d js_gz_kb=\d+\.\d$/m);
});
