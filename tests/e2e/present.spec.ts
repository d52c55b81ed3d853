import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { patientMap } from './patient';
import { gotoViewer, parseGerman, watch } from './helpers';
import { readPlanFeatures } from '../../src/lib/geo/measure';
import { viewSubject } from '../../src/lib/geo/subject';
import { geometryBounds } from '../../src/lib/geo/bounds';
import { parseSceneFile, sceneFilter, sceneState } from '../../src/lib/state/scenes';
import { changeTotals, previousPieces } from '../../src/lib/geo/transition';
import { CHANGE_KINDS, changeKind } from '../../src/lib/plan/change';

const shipped = JSON.parse(readFileSync('data/dueren-2025/scenes.json', 'utf8')) as {
  scenes: { title: string; hash: string }[];
};

const center = (page: Page) =>
  page.evaluate(() => {
    const c = window.fnpViewer!.map.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: window.fnpViewer!.map.getZoom() };
  });

async function expectMapAt(page: Page, want: { lon: number; lat: number; zoom: number }) {
  await expect
    .poll(
      async () => {
        const c = await center(page);
        return (
          Math.abs(c.lon - want.lon) < 1e-3 &&
          Math.abs(c.lat - want.lat) < 1e-3 &&
          Math.abs(c.zoom - want.zoom) < 0.01
        );
      },
      { timeout: 15_000 }
    )
    .toBe(true);
}

const features = readPlanFeatures(
  JSON.parse(readFileSync('data/dueren-2025/plan.geojson', 'utf8')),
  'plan.geojson'
);

/**
 * The comparison is on screen: the earlier map draws areas in their 1999 category next to the
 * current map, and the overlay gives the hectares of every kind of change as the data has them.
 */
async function expectComparison(page: Page, hidden: readonly string[] = [], twoMaps = true) {
  if (twoMaps) {
    await page.waitForFunction(() => window.fnpViewer?.before?.loaded() === true, null, {
      timeout: 120_000
    });
    // Both maps draw areas; the earlier one its 1999 areas (ids `<id>@1999`).
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const ids = (m: import('maplibre-gl').Map) =>
              m
                .queryRenderedFeatures({ layers: ['plan-fill'] })
                .map((f) => String(f.properties.id));
            const v = window.fnpViewer!;
            const before = ids(v.before!);
            return Math.min(
              before.filter((id) => id.endsWith('@1999')).length,
              before.length,
              ids(v.map).length
            );
          }),
        { timeout: 60_000 }
      )
      .toBeGreaterThan(100);
  } else {
    // The change map draws only areas of the kinds it shows.
    const kindOf = new Map(
      features.map((f) => [
        f.properties.id,
        changeKind(f.properties.category, f.properties.previous)
      ])
    );
    await expect
      .poll(
        async () => {
          const ids = await page.evaluate(() => [
            ...new Set(
              window
                .fnpViewer!.map.queryRenderedFeatures({ layers: ['plan-fill'] })
                .map((f) => String(f.properties.id))
            )
          ]);
          const wrong = ids.filter((id) => hidden.includes(kindOf.get(id) ?? ''));
          return ids.length > 0 && wrong.length === 0;
        },
        { timeout: 60_000 }
      )
      .toBe(true);
  }
  const totals = changeTotals(previousPieces(features));
  const legend = page.getByTestId('present-changes');
  // The legend of what the map shows: the kinds the scene does not hide, with their hectares.
  const shown = CHANGE_KINDS.filter((k) => !hidden.includes(k) && totals[k] > 0);
  await expect(legend.locator('[data-kind]')).toHaveCount(shown.length);
  for (const kind of shown) {
    const text = await legend.locator(`[data-kind="${kind}"] [data-ha]`).innerText();
    expect(parseGerman(text), kind).toBeCloseTo(totals[kind] / 10_000, 1);
  }
}

/** The comparison a scene names is on screen (two maps, or the change map with its filter). */
function expectSceneComparison(page: Page, scene: { hash: string }) {
  const params = new URLSearchParams(scene.hash.slice(1));
  return expectComparison(
    page,
    params.get('chg')?.split(',') ?? [],
    ['swipe', 'side'].includes(params.get('cmp') ?? 'swipe')
  );
}

const iqFile = JSON.parse(readFileSync('data/dueren-2025/innovationsquartier.geojson', 'utf8'));

/** What a shipped scene is about, as the viewer works it out. */
function subjectOf(hash: string) {
  const scene = parseSceneFile({ version: 1, scenes: [{ title: 'x', hash }] }).scenes[0]!;
  const region =
    sceneState(scene).scope === 'iq' ? geometryBounds(iqFile.features[0].geometry) : null;
  return viewSubject(features, sceneFilter(scene), region)!;
}

type Box = { left: number; top: number; right: number; bottom: number };
const meets = (a: Box, b: Box) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

/**
 * The scene's subject lies in the free part of the map: its screen box (its rendered areas, or
 * the region's outline projected) inside the map and clear of every overlay; no two overlays and
 * no overlay and map control meet.
 */
async function expectSubjectClear(page: Page, hash: string) {
  const subject = subjectOf(hash);
  await page.waitForFunction(
    () => window.fnpViewer?.map && !window.fnpViewer.map.isMoving(),
    null,
    {
      timeout: 60_000
    }
  );
  const ids = subject.kind === 'areas' ? subject.ids : null;
  // A comparison scene builds its maps anew: wait until the subject's areas are drawn.
  if (ids)
    await expect
      .poll(
        () =>
          page.evaluate((ids) => {
            const want = new Set(ids);
            const seen = new Set(
              window
                .fnpViewer!.map.queryRenderedFeatures({ layers: ['plan-fill'] })
                .map((f) => String(f.properties.id))
                .filter((id) => want.has(id))
            );
            return seen.size;
          }, ids),
        { timeout: 60_000 }
      )
      .toBe(ids.length);
  // The scene's flight may begin a moment after the scene appears: measured again until the map
  // is at rest and the subject clear (no fixed wait; the list of problems must become empty).
  await expect.poll(() => subjectProblems(page, subject, ids), { timeout: 60_000 }).toEqual([]);
}

/** What keeps a scene's subject from being clear (see `expectSubjectClear`); empty when it is. */
async function subjectProblems(
  page: Page,
  subject: ReturnType<typeof subjectOf>,
  ids: string[] | null
): Promise<string[]> {
  const got = await page.evaluate(
    ({ bounds, ids }) => {
      const map = window.fnpViewer!.map;
      const box = map.getContainer().getBoundingClientRect();
      const toPage = (p: { x: number; y: number }) => ({ x: p.x + box.left, y: p.y + box.top });
      let rendered = 0;
      const pts: { x: number; y: number }[] = [];
      if (ids) {
        const want = new Set(ids);
        const seen = new Set<string>();
        for (const f of map.queryRenderedFeatures({ layers: ['plan-fill'] })) {
          const id = String(f.properties.id);
          if (!want.has(id)) continue;
          seen.add(id);
        }
        rendered = seen.size;
      }
      for (const [lon, lat] of [
        [bounds[0], bounds[1]],
        [bounds[2], bounds[3]],
        [bounds[0], bounds[3]],
        [bounds[2], bounds[1]]
      ])
        pts.push(toPage(map.project([lon!, lat!])));
      const subjectBox = {
        left: Math.min(...pts.map((p) => p.x)),
        right: Math.max(...pts.map((p) => p.x)),
        top: Math.min(...pts.map((p) => p.y)),
        bottom: Math.max(...pts.map((p) => p.y))
      };
      const rect = (el: Element) => {
        const r = el.getBoundingClientRect();
        return {
          name: el.className || el.tagName,
          left: r.left,
          top: r.top,
          right: r.right,
          bottom: r.bottom
        };
      };
      const overlays = [
        ...document.querySelectorAll(
          'main.present .caption, main.present .toolbar, main.present .overlay'
        )
      ]
        .filter((el) => el.getClientRects().length > 0)
        .map(rect);
      const controls = [
        ...document.querySelectorAll(
          'main.present .maplibregl-ctrl-top-right .maplibregl-ctrl, main.present .maplibregl-ctrl-bottom-right .maplibregl-ctrl'
        )
      ]
        .filter((el) => el.getClientRects().length > 0)
        .map(rect);
      // The comparison's own labels (years, the divider's grip) are read, never covered.
      const labels = [...document.querySelectorAll('main.present .tag, main.present .grip')]
        .filter((el) => el.getClientRects().length > 0)
        .map(rect);
      const divider = document.querySelector('main.present .swipe .divider');
      const dividerX = divider ? rect(divider).left + 2 : null;
      const moving = map.isMoving() || !map.loaded();
      return {
        map: rect(map.getContainer()),
        subjectBox,
        overlays,
        controls,
        labels,
        dividerX,
        rendered,
        moving
      };
    },
    { bounds: subject.bounds, ids }
  );
  const problems: string[] = [];
  if (got.moving) problems.push('the map is moving or loading');
  if (ids && got.rendered !== ids.length)
    problems.push(`${got.rendered} of ${ids.length} areas of the subject drawn`);
  const s = got.subjectBox;
  const m = got.map;
  if (s.left < m.left - 1 || s.right > m.right + 1 || s.top < m.top - 1 || s.bottom > m.bottom + 1)
    problems.push('subject outside the map');
  for (const o of got.overlays) if (meets(s, o)) problems.push(`subject under ${o.name}`);
  got.overlays.forEach((a, i) =>
    got.overlays.slice(i + 1).forEach((b) => {
      if (meets(a, b)) problems.push(`${a.name} / ${b.name}`);
    })
  );
  for (const o of got.overlays)
    for (const c of got.controls) if (meets(o, c)) problems.push(`${o.name} over ${c.name}`);
  for (const o of got.overlays)
    for (const l of got.labels) if (meets(o, l)) problems.push(`${o.name} over ${l.name}`);
  // Swipe: the divider cuts the subject, so both plans show part of it.
  if (got.dividerX !== null && (got.dividerX <= s.left || got.dividerX >= s.right))
    problems.push(`divider at ${Math.round(got.dividerX)} px, beside the subject`);
  return problems;
}

/** Texts of the presentation (outside the map canvas) set below 24 px. */
const smallTexts = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main.present *')]
      .filter((el) => !el.closest('.maplibregl-map') && !el.closest('.visually-hidden'))
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
      .filter((el) => el.getClientRects().length > 0)
      .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 24)
      .map((el) => `${el.tagName}: ${el.textContent}`)
  );

async function enterPresentation(page: Page) {
  await page.getByRole('button', { name: 'Präsentieren', exact: true }).click();
  await expect(page.getByTestId('scene-title')).toHaveText(shipped.scenes[0]!.title);
  await patientMap(page);
}

test.use({ viewport: { width: 1280, height: 720 } });
// Several maps are built one after another in SwiftShader on a shared machine.
test.setTimeout(240_000);

test('Präsentieren walks the shipped scenes by keys (URL, title, map); Escape restores', async ({
  page
}) => {
  const { problems, foreign } = watch(page);
  await gotoViewer(page, '#map=14/50.80/6.48&status=bestand&scope=ansicht');
  await patientMap(page);
  const before = page.url();
  const beforeView = await center(page);
  await enterPresentation(page);
  await expect(page).toHaveURL(/mode=present&scene=1/);
  await expectSubjectClear(page, shipped.scenes[0]!.hash);

  // Large type: every text of the presentation's own overlays is at least 24 px at 1280 × 720.
  expect(await smallTexts(page)).toEqual([]);

  // Every key a presenter's clicker sends for "next", in turn, until the last scene.
  const nextKeys = ['ArrowRight', 'PageDown', ' '];
  const last = shipped.scenes.length;
  for (let i = 1; i < last; i++) {
    const scene = shipped.scenes[i]!;
    const params = new URLSearchParams(scene.hash.slice(1));
    await page.keyboard.press(nextKeys[(i - 1) % nextKeys.length]!);
    await expect(page.getByTestId('scene-title')).toHaveText(scene.title);
    await expect(page).toHaveURL(new RegExp(`scene=${i + 1}$`));
    // The scene's choices are applied, e.g. "neu" for the new residential areas.
    const status = params.get('status');
    if (status) await expect(page).toHaveURL(new RegExp(`status=${status}`));
    // A scene in the comparison mode shows the comparison: both plans' maps with the divider
    // (or the change map) and the hectares of each kind of change, all in large type.
    if (params.get('mode') === 'compare') {
      await expect(page.getByTestId('present-compare')).toBeVisible();
      if ((params.get('cmp') ?? 'swipe') === 'swipe')
        await expect(
          page.getByRole('slider', { name: /Trennlinie zwischen FNP 1999/ })
        ).toBeVisible();
      const changes = page.getByTestId('present-changes');
      await expect(changes).toBeVisible();
      await expect(changes.locator('[data-ha]').first()).toHaveText(/\d+,\d ha/);
      await expectSceneComparison(page, scene);
      await expectSubjectClear(page, scene.hash);
      expect(await smallTexts(page)).toEqual([]);
      await page.screenshot({ path: 'test-results/present-compare-1280.png' });
    } else {
      await expect(page.getByTestId('present-compare')).toHaveCount(0);
      await expectSubjectClear(page, scene.hash);
    }
    await page.screenshot({ path: test.info().outputPath(`scene-${i + 1}-1280.png`) });
  }
  await page.keyboard.press('ArrowRight'); // past the end: stays on the last scene
  await expect(page).toHaveURL(new RegExp(`scene=${last}$`));
  await page.keyboard.press('Home');
  await expect(page.getByTestId('scene-title')).toHaveText('Gesamtstadt');
  await page.keyboard.press('End');
  await expect(page.getByTestId('scene-title')).toHaveText(shipped.scenes[last - 1]!.title);
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('scene-title')).toHaveText(shipped.scenes[last - 2]!.title);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('scene-title')).toHaveText(shipped.scenes[last - 3]!.title);
  // The overlays can be hidden.
  await expect(page.getByTestId('present-balance')).toBeVisible();
  await page.getByRole('button', { name: 'Flächenbilanz', exact: true }).click();
  await expect(page.getByTestId('present-balance')).toBeHidden();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Präsentieren' })).toBeVisible();
  await expect(page).toHaveURL(before);
  await patientMap(page);
  await expectMapAt(page, beforeView);
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
});

test('a scene added and renamed is exported and reimports identically', async ({ page }) => {
  await gotoViewer(page, '#map=13/50.81/6.47&hide=wald');
  await patientMap(page);
  await enterPresentation(page);
  const dialog = page.getByRole('dialog', { name: 'Szenen bearbeiten' });
  // The planner moves the divider of the comparison (the last scene), then adds what is on
  // screen as a scene: it stays a comparison, with the divider where it was left.
  const n = shipped.scenes.length;
  const comparison = new URLSearchParams(shipped.scenes[n - 1]!.hash.slice(1));
  expect(comparison.get('mode')).toBe('compare');
  await page.keyboard.press('End');
  await expect(page.getByTestId('scene-title')).toHaveText(shipped.scenes[n - 1]!.title);
  const slider = page.getByRole('slider', { name: /Trennlinie/ });
  await slider.focus();
  await slider.press('ArrowRight');
  await slider.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', '54');
  // The slider's keys move the divider, not the presentation.
  await expect(page).toHaveURL(new RegExp(`scene=${n}$`));
  await page.getByRole('button', { name: 'Szenen bearbeiten' }).click();
  const onScreen = new URLSearchParams(new URL(page.url()).hash.slice(1));
  onScreen.delete('mode');
  onScreen.delete('scene');
  await dialog.getByRole('button', { name: 'Aktuelle Ansicht als Szene hinzufügen' }).click();
  const title = dialog.getByRole('textbox', { name: `Titel der Szene ${n + 1}` });
  await expect(title).toHaveValue(`Neue Szene ${n + 1}`);
  await title.fill('Baugebiete am Stadtrand');
  await title.press('Tab');
  await dialog
    .getByRole('textbox', { name: `Notiz zur Szene ${n + 1}` })
    .fill('Für die Sitzung am 3. März');
  await dialog.getByRole('button', { name: `Szene ${n + 1} nach oben` }).click();
  await expect(dialog.getByRole('textbox', { name: `Titel der Szene ${n}` })).toHaveValue(
    'Baugebiete am Stadtrand'
  );

  const exportScenes = async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Szenen herunterladen (JSON)' }).click()
    ]);
    return readFileSync((await file.path())!, 'utf8');
  };
  const first = await exportScenes();
  const parsed = JSON.parse(first);
  expect(parsed.scenes).toHaveLength(n + 1);
  expect(parsed.scenes[n - 1]).toMatchObject({
    title: 'Baugebiete am Stadtrand',
    note: 'Für die Sitzung am 3. März'
  });
  // The added scene is the state on screen: the viewer's choices and the comparison as left.
  const added = new URLSearchParams(parsed.scenes[n - 1].hash.slice(1));
  expect(added.get('mode')).toBe('compare');
  expect(added.get('div')).toBe('0.54');
  added.delete('mode');
  added.delete('div');
  expect(Object.fromEntries(added)).toEqual(Object.fromEntries(onScreen));

  // Kept across a reload (localStorage) …
  await page.reload();
  // The URL still names scene n, which is now the added one, shown as a comparison.
  await expect(page.getByTestId('scene-title')).toHaveText('Baugebiete am Stadtrand');
  await expect(page.getByRole('slider', { name: /Trennlinie/ })).toHaveAttribute(
    'aria-valuenow',
    '54'
  );
  await page.getByRole('button', { name: 'Szenen bearbeiten' }).click();
  await expect(dialog.getByRole('textbox', { name: `Titel der Szene ${n}` })).toHaveValue(
    'Baugebiete am Stadtrand'
  );
  // … restore the shipped ones, then upload the export: identical again.
  await dialog.getByRole('button', { name: 'Mitgelieferte Szenen wiederherstellen' }).click();
  await expect(dialog.getByRole('textbox', { name: /^Titel der Szene/ })).toHaveCount(n);
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'szenen.json',
    mimeType: 'application/json',
    buffer: Buffer.from(first)
  });
  await expect(dialog.getByRole('textbox', { name: /^Titel der Szene/ })).toHaveCount(n + 1);
  expect(await exportScenes()).toBe(first);

  // A broken file is refused with a message; the scenes stay.
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'kaputt.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version":1,"scenes":[{"title":"x","hash":"#hide=unsinn"}]}')
  });
  await expect(dialog.getByRole('alert')).toContainText('keine gültigen Szenen (#1 hash: hide)');
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await page.getByRole('button', { name: 'Präsentation beenden' }).click();
  await expect(page.getByRole('button', { name: 'Präsentieren' })).toBeVisible();
});

const comparisonScene = shipped.scenes.findIndex((s) => s.hash.includes('mode=compare'));
for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 }
]) {
  for (const n of [3, comparisonScene + 1]) {
    test(`axe-core finds no serious violation in presentation mode at ${viewport.width}px, scene ${n}`, async ({
      page
    }) => {
      await page.setViewportSize(viewport);
      await gotoViewer(page, `#mode=present&scene=${n}`);
      await expect(page.getByTestId('scene-title')).toHaveText(shipped.scenes[n - 1]!.title);
      await patientMap(page);
      if (n === comparisonScene + 1) await expectSceneComparison(page, shipped.scenes[n - 1]!);
      else await expect(page.getByTestId('present-balance')).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const bad = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical'
      );
      expect(
        bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      ).toEqual([]);
      await page.screenshot({ path: `test-results/present-${viewport.width}-scene${n}.png` });
    });
  }
}

test('presenter keys: „b“ and „.“ black the screen, „w“ whitens it, any key returns; a pointer', async ({
  page
}) => {
  await gotoViewer(page, '#mode=present&scene=2');
  await expect(page.getByTestId('scene-title')).toHaveText(shipped.scenes[1]!.title);
  const blank = page.getByTestId('present-blank');
  const covers = () =>
    page.evaluate(() => {
      const el = document.elementFromPoint(640, 360)!;
      return {
        blank: el.matches('[data-testid="present-blank"]'),
        bg: getComputedStyle(el).backgroundColor
      };
    });
  for (const key of ['b', '.']) {
    await page.keyboard.press(key);
    await expect(blank).toBeVisible();
    expect(await covers()).toEqual({ blank: true, bg: 'rgb(0, 0, 0)' });
    // Any key returns — and does only that: the clicker's "next" does not skip a scene.
    await page.keyboard.press('ArrowRight');
    await expect(blank).toHaveCount(0);
    await expect(page.getByTestId('scene-title')).toHaveText(shipped.scenes[1]!.title);
  }
  await page.keyboard.press('w');
  expect(await covers()).toEqual({ blank: true, bg: 'rgb(255, 255, 255)' });
  await page.keyboard.press('x');
  await expect(blank).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('scene-title')).toHaveText(shipped.scenes[2]!.title);

  // The pointer: a large ring that follows the mouse.
  await page.getByRole('button', { name: 'Zeiger', exact: true }).click();
  await page.mouse.move(700, 300);
  const pointer = page.getByTestId('present-pointer');
  await expect(pointer).toBeVisible();
  const box = (await pointer.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(60);
  expect(Math.abs(box.x + box.width / 2 - 700)).toBeLessThan(3);
  expect(Math.abs(box.y + box.height / 2 - 300)).toBeLessThan(3);
});

test('a change-map view with a filter, saved as a scene outside the presentation, comes back identical after a reload and in the presentation', async ({
  page
}) => {
  const hidden = ['unveraendert', 'sonstige', 'umwidmung'];
  await gotoViewer(
    page,
    `#map=12.2/50.80/6.47&mode=compare&cmp=change&chg=${hidden.join(',')}&hide=wald`
  );
  await patientMap(page);
  const prepared = new URL(page.url()).hash;
  await page.getByRole('button', { name: 'Szenen', exact: true }).click();
  await page.getByRole('button', { name: 'Als Szene speichern' }).click();
  const n = shipped.scenes.length + 1;
  await expect(page.getByRole('status').filter({ hasText: `Szene ${n}` })).toBeVisible();
  const stored = () =>
    page.evaluate(() => JSON.parse(localStorage.getItem('fnp-viewer.scenes.dueren-2025')!));
  const saved = (await stored()).scenes[n - 1];
  // The scene is the complete state on screen: mode, comparison view, change filter, filter, view.
  expect(Object.fromEntries(new URLSearchParams(saved.hash.slice(1)))).toEqual(
    Object.fromEntries(new URLSearchParams(prepared.slice(1)))
  );

  await page.reload();
  await patientMap(page);
  expect((await stored()).scenes[n - 1].hash).toBe(saved.hash);
  await page.getByRole('button', { name: 'Szenen', exact: true }).click();
  const list = page.getByTestId('scene-menu-list');
  await expect(list.getByRole('button')).toHaveCount(n);
  // Starting from the list starts at the chosen scene.
  await list.getByRole('button', { name: `Neue Szene ${n}` }).click();
  await expect(page.getByTestId('scene-title')).toHaveText(`Neue Szene ${n}`);
  await expect(page).toHaveURL(new RegExp(`mode=present&scene=${n}$`));
  await expect(page.getByTestId('present-compare')).toBeVisible();
  await expectComparison(page, hidden, false);
  // The filter of the view (no forest) holds in the scene too.
  const forest = await page.evaluate(
    () =>
      window
        .fnpViewer!.map.queryRenderedFeatures({ layers: ['plan-fill'] })
        .filter((f) => f.properties.category === 'wald').length
  );
  expect(forest).toBe(0);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(prepared.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$'));
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 }
])
  test(`every shipped scene shows its subject in the free map area at ${viewport.width} × ${viewport.height}`, async ({
    page
  }) => {
    await page.setViewportSize(viewport);
    await gotoViewer(page, '#mode=present&scene=1');
    await patientMap(page);
    for (const [i, scene] of shipped.scenes.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('scene-title')).toHaveText(scene.title);
      await expectSubjectClear(page, scene.hash);
      await page.screenshot({ path: test.info().outputPath(`scene-${i + 1}.png`) });
    }
  });
