import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

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

/** Collects console errors, page errors and requests to other hosts for one page. */
export function watch(page: Page) {
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!(
      url.startsWith('data:') ||
      url.startsWith('blob:') ||
      url.startsWith(`http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`)
    ))
      foreign.push(url);
  });
  return { problems, foreign };
}

/**
 * Waits until MapLibre has loaded the whole style and drawn everything, and the page has its
 * copy of the areas (no `main` says it is busy). `timeout` for the first of these: more where
 * a test builds several maps on a busy shared machine.
 */
export async function waitForMap(page: Page, timeout = 30_000) {
  await page.waitForFunction(
    () =>
      window.fnpViewer?.complete === true &&
      window.fnpViewer.map.loaded() &&
      !document.querySelector('main[aria-busy="true"]'),
    null,
    { timeout }
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.fnpViewer!.map;
        if (map.areTilesLoaded() && !map.isMoving()) map.once('idle', () => resolve());
        else map.once('idle', () => resolve());
        map.triggerRepaint();
      })
  );
}

/** Categories of the plan features MapLibre has drawn in the current view. */
export async function renderedCategories(
  page: Page,
  layer = 'plan-fill'
): Promise<Record<string, number>> {
  return page.evaluate((layer) => {
    const counts: Record<string, number> = {};
    for (const f of window.fnpViewer!.map.queryRenderedFeatures({ layers: [layer] })) {
      const c = String(f.properties.category);
      counts[c] = (counts[c] ?? 0) + 1;
    }
    return counts;
  }, layer);
}

export async function renderedCount(page: Page, layer: string): Promise<number> {
  return page.evaluate(
    (layer) => window.fnpViewer!.map.queryRenderedFeatures({ layers: [layer] }).length,
    layer
  );
}

/** Parses a German-formatted number such as "1.272,04". */
export function parseGerman(text: string): number {
  return Number(text.replace(/\s|ha/g, '').replace(/\./g, '').replace(',', '.'));
}

export async function gotoViewer(page: Page, hash = '') {
  await page.goto(`/${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The prerendered buttons are visible before their handlers exist: a click then is lost.
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
}

/** The locator's text once it has stopped changing (live balances update a frame or two late). */
export async function settledText(locator: import('@playwright/test').Locator): Promise<string> {
  let previous = await locator.innerText();
  await expect
    .poll(
      async () => {
        const now = await locator.innerText();
        const same = now === previous;
        previous = now;
        return same;
      },
      { intervals: [250] }
    )
    .toBe(true);
  return previous;
}

/** Positions of the polygon Terra Draw is drawing, as the map's source has them (0 before). */
export async function drawnVertices(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const source = window.fnpViewer!.map.getSource('td-polygon') as unknown as
      { getData(): Promise<import('geojson').FeatureCollection> } | undefined;
    const data = source ? await source.getData() : null;
    const polygon = data?.features.find((f) => f.geometry.type === 'Polygon');
    return polygon ? (polygon.geometry as import('geojson').Polygon).coordinates[0]!.length : 0;
  });
}

/**
 * Clicks the corners of a polygon in drawing mode, each once the map shows the click before:
 * after k clicks Terra Draw's polygon holds max(4, k + 2) positions (the cursor and the closing
 * one included), a frame or so after the click.
 */
export async function clickCorners(page: Page, corners: readonly { x: number; y: number }[]) {
  for (const [i, p] of corners.entries()) {
    await page.mouse.move(p.x, p.y, { steps: 4 });
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => drawnVertices(page)).toBe(Math.max(4, i + 3));
  }
}

/**
 * Starts drawing with „Vieleck zeichnen“ or „Kreis zeichnen“ and waits until the button shows
 * it pressed: Terra Draw loads on first use, and a gesture before that would not draw.
 */
export async function startDrawing(page: Page, name: 'Vieleck zeichnen' | 'Kreis zeichnen') {
  const button = page.getByRole('button', { name });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** The map's visible bounds (west, south, east, north), once it has stopped moving. */
export async function mapBounds(page: Page): Promise<[number, number, number, number]> {
  await page.waitForFunction(() => !window.fnpViewer!.map.isMoving());
  return page.evaluate(
    () => window.fnpViewer!.map.getBounds().toArray().flat() as [number, number, number, number]
  );
}

/** Whether the map's scale bar and its attribution overlap on screen. */
export async function scaleHidesAttribution(page: Page): Promise<boolean> {
  const scale = (await page.locator('.maplibregl-ctrl-scale').boundingBox())!;
  const attrib = (await page.locator('.maplibregl-ctrl-attrib').boundingBox())!;
  return (
    scale.x < attrib.x + attrib.width &&
    attrib.x < scale.x + scale.width &&
    scale.y < attrib.y + attrib.height &&
    attrib.y < scale.y + scale.height
  );
}

/** The colour MapLibre drew at CSS pixel (x, y) of the map canvas, read right after a frame. */
export async function pixelAt(page: Page, x: number, y: number) {
  return page.evaluate(
    ({ x, y }) =>
      new Promise<number[]>((resolve) => {
        const map = window.fnpViewer!.map;
        map.once('render', () => {
          const gl = map.getCanvas().getContext('webgl2')!;
          const dpr = gl.drawingBufferWidth / map.getCanvas().clientWidth;
          const out = new Uint8Array(4);
          const py = gl.drawingBufferHeight - Math.round(y * dpr) - 1;
          gl.readPixels(Math.round(x * dpr), py, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out);
          resolve([...out]);
        });
        map.triggerRepaint();
      }),
    { x, y }
  );
}

/** No serious or critical WCAG 2.1 A/AA violation on the page as it is now (axe-core). */
export async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    []
  );
}

/** Ids of every row of the result table, after opening all of its pages (50 rows each). */
export async function tableIds(page: Page): Promise<string[]> {
  const more = page.getByRole('button', { name: /^Weitere \d+ anzeigen$/ });
  while (await more.isVisible()) await more.click();
  return page
    .getByTestId('plots-table')
    .locator('li')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')!));
}
