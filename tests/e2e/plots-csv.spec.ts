/**
 * „Grundstücksliste öffnen (CSV)“ in the finder (issue 26, goal 3): a city's plot list as German
 * Excel writes it (Windows-1252, `;`, decimal comma) is read in the browser with the reader of
 * `npm run import-plots` and shown instead of the city's list; a broken file gives the reader's
 * German error with its line and leaves the list as it was; „Liste der Stadt wieder anzeigen“
 * brings the city's list back. The files are made here.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { csvRecords } from '../../src/lib/csv';
import { expectAxeClean, gotoViewer, tableIds, waitForMap, watch } from './helpers';

const SHOTS = process.env.E2E_SHOTS;
test.describe.configure({ timeout: 180_000 });

const HEADER =
  'Kennung;Gewerbegebiet;Fläche (m²);Nutzungsart;Status;Verfügbar ab;Preisindikation (€/m²);Stand;lon;lat';
const ESTATES = ['Düren-Süd', 'Im Großen Tal', 'Rurbenden; Nord'];
const STATUSES = ['verfügbar', 'reserviert', 'in Vorbereitung'];
const IDS = Array.from({ length: 12 }, (_, i) => `EL-${String(i + 1).padStart(2, '0')}`);

/** Windows-1252 bytes (Latin-1 plus € and the German quotes). */
function cp1252(text: string): Buffer {
  const extra: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93 };
  return Buffer.from([...text].map((c) => extra[c] ?? c.charCodeAt(0)));
}

function rows(): string[] {
  return IDS.map((id, i) => {
    const estate = ESTATES[i % 3]!;
    const quoted = estate.includes(';') ? `"${estate}"` : estate;
    const size = (2000 + i * 1500).toLocaleString('de-DE');
    const lon = (6.455 + (i % 4) * 0.012).toFixed(3).replace('.', ',');
    const lat = (50.795 + Math.floor(i / 4) * 0.012).toFixed(3).replace('.', ',');
    return `${id};${quoted};${size};${i % 2 ? 'GI' : 'GE'};${STATUSES[i % 3]};2027-0${(i % 9) + 1}-01;${40 + i},5;2026-11-01;${lon};${lat}`;
  });
}

const VALID = cp1252([HEADER, ...rows()].join('\r\n') + '\r\n');
/** Row 3 (line 3) opens a quote that is never closed. */
const BROKEN = cp1252(
  [HEADER, rows()[0]!, rows()[1]!.replace(/^EL-02;/, 'EL-02;"Rurbenden')].join('\r\n')
);

async function openCsv(page: Page, name: string, buffer: Buffer) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Grundstücksliste öffnen (CSV)' }).click()
  ]);
  expect(chooser.isMultiple()).toBe(false);
  await chooser.setFiles({ name, mimeType: 'text/csv', buffer });
}

async function total(page: Page): Promise<number> {
  const text = await page.locator('#plots-count').innerText();
  return Number(text.match(/von ([\d.]+)/)![1]!.replace(/\./g, ''));
}

/** Ids of the plots the map's plot source holds (whatever the view shows of them). */
function mapIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const source = window.fnpViewer!.map.getSource('plots') as unknown as {
      getData(): Promise<import('geojson').FeatureCollection>;
    };
    const data = await source.getData();
    return data.features.map((f) => String(f.properties!.id)).sort();
  });
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 }
]) {
  test(`open a plot list (CSV), a broken one, and the city's again (${viewport.width}px)`, async ({
    page
  }) => {
    const { problems, foreign } = watch(page);
    const uploads: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') uploads.push(`${r.method()} ${r.url()}`);
    });
    await page.setViewportSize(viewport);
    // A Merkliste entry and a selection of the city's list, which the opened list lacks.
    await gotoViewer(page, '#mode=plots&plot=GF-0001&pmerk=GF-0001');
    await expect(page.getByTestId('plots-table')).toBeVisible();
    await waitForMap(page, 120_000);
    const cityTotal = await total(page);
    expect(cityTotal).toBeGreaterThan(12);

    await openCsv(page, 'grundstuecke.csv', VALID);
    const status = page.getByTestId('plots-opened');
    await expect(status).toHaveText(
      'Eigene Liste „grundstuecke.csv“: 12 Grundstücke — nur in diesem Browser geöffnet, nichts wird hochgeladen.'
    );
    await expect.poll(() => total(page)).toBe(12);
    expect((await tableIds(page)).sort()).toEqual(IDS);
    await expect.poll(() => mapIds(page), { timeout: 30_000 }).toEqual(IDS);
    // The city's selection and Merkliste entry are not in this list: dropped, as on load.
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('GF-0001');
    // The filters work on it: Gewerbegebiet offers the list's own estates.
    const estate = page.getByRole('combobox', { name: /^Gewerbegebiet/ });
    await expect(estate.locator('option')).toHaveText([
      'alle Gewerbegebiete',
      'Düren-Süd',
      'Im Großen Tal',
      'Rurbenden; Nord'
    ]);
    await estate.selectOption('Rurbenden; Nord');
    await expect
      .poll(async () => (await tableIds(page)).sort())
      .toEqual(['EL-03', 'EL-06', 'EL-09', 'EL-12']);
    await estate.selectOption('');
    // Details and the Merkliste of an opened plot.
    await page.getByRole('button', { name: 'Grundstück EL-05 zeigen' }).click();
    await expect(page.getByTestId('plot-surroundings')).toBeVisible();
    await expect(page.getByRole('heading', { name: /EL-05/ }).first()).toBeVisible();
    // Merkliste and CSV export of the opened list.
    await page.getByRole('button', { name: 'Merken EL-05' }).first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('pmerk=EL-05');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).first().click()
    ]);
    const exported = csvRecords(readFileSync((await csv.path())!, 'utf8'));
    expect(
      exported
        .slice(1)
        .map((r) => r[0])
        .sort()
    ).toEqual(IDS);
    if (SHOTS) {
      await waitForMap(page, 60_000);
      await page.screenshot({ path: `${SHOTS}/plots-csv-${viewport.width}.png` });
      await status.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/plots-csv-${viewport.width}-list.png` });
    }
    await expectAxeClean(page);

    // A broken file: the reader's German message with the line; the opened list stays.
    await openCsv(page, 'kaputt.csv', BROKEN);
    const error = page.getByTestId('plots-open-error');
    await expect(error).toContainText('„kaputt.csv“ lässt sich nicht öffnen');
    await expect(error).toContainText(
      'Zeile 3, Spalte 2: Das Anführungszeichen am Anfang von Feld 2 wird nie geschlossen'
    );
    await expect(error).not.toContainText(/Error|undefined/);
    await expect(status).toContainText('„grundstuecke.csv“: 12 Grundstücke');
    expect(await total(page)).toBe(12);
    await expectAxeClean(page);

    // Back to the city's list.
    await page.getByRole('button', { name: 'Liste der Stadt wieder anzeigen' }).click();
    await expect(status).toHaveCount(0);
    await expect(error).toHaveCount(0);
    await expect.poll(() => total(page)).toBe(cityTotal);
    await expect
      .poll(async () => (await mapIds(page)).length, { timeout: 30_000 })
      .toBeGreaterThan(12);
    expect((await tableIds(page)).sort()).toContain('GF-0001');

    // A list can be opened again after the city’s.
    await openCsv(page, 'grundstuecke.csv', VALID);
    await expect(status).toBeVisible();
    expect(uploads).toEqual([]);
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('a long list shows the rows read and can be cancelled; the list shown stays', async ({
  page
}) => {
  const { problems } = watch(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await gotoViewer(page, '#mode=plots');
  await expect(page.getByTestId('plots-table')).toBeVisible();
  const cityTotal = await total(page);
  const lines = [HEADER];
  for (let i = 0; i < 40_000; i++)
    lines.push(
      `L-${i};Gebiet ${i % 13};${1000 + (i % 900)};GE;verfügbar;2027-01-01;50;2026-11-01;6,48;50,8`
    );
  await openCsv(page, 'lang.csv', cp1252(lines.join('\r\n')));
  const reading = page.getByText(/^„lang\.csv“ wird gelesen: [\d.]+ Zeilen …$/);
  await expect(reading).toBeVisible();
  // The page answers while it reads: the count of rows read goes up.
  const rows = async () =>
    Number((await reading.innerText()).match(/: ([\d.]+) Zeilen/)![1]!.replace(/\./g, ''));
  const first = await rows();
  await expect.poll(rows).toBeGreaterThan(first);
  await page.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(reading).toHaveCount(0);
  await expect(page.getByTestId('plots-opened')).toHaveCount(0);
  await expect(page.getByTestId('plots-open-error')).toHaveCount(0);
  expect(await total(page)).toBe(cityTotal);
  await expect(page.getByRole('button', { name: 'Grundstücksliste öffnen (CSV)' })).toBeEnabled();
  expect(problems).toEqual([]);
});
