import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { CATEGORIES } from '../../src/lib/plan/categories';
import { patientMap } from './patient';
import { gotoViewer, renderedCategories, settledText } from './helpers';

// Maps are rendered off-screen at 300 dpi in SwiftShader on a shared machine.
test.setTimeout(480_000);

const label = (code: string) => CATEGORIES.find((c) => c.code === code)!.label.de;
const flat = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

async function openPanel(page: Page, paper: 'A4' | 'A3', orientation: 'Querformat' | 'Hochformat') {
  await page.getByRole('button', { name: 'Druck & Export' }).click();
  await page.getByRole('radio', { name: paper }).check();
  await page.getByRole('radio', { name: orientation }).check();
}

async function exportFile(
  page: Page,
  name: 'PDF herunterladen' | 'Karte als PNG',
  png: 'nur Karte' | 'ganzes Blatt' = 'ganzes Blatt'
) {
  // „Karte als PNG“ offers the map alone (for a slide) or the whole sheet.
  if (name === 'Karte als PNG') await page.getByRole('button', { name, exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 200_000 }),
    page.getByRole('button', { name: name === 'Karte als PNG' ? png : name, exact: true }).click()
  ]);
  return { path: (await file.path())!, name: file.suggestedFilename() };
}

/** Balance figures exactly as the panel shows them. */
async function screenBalance(page: Page) {
  const table = page.getByTestId('balance-table');
  await settledText(table);
  return (await table.locator('td').allInnerTexts()).map(flat);
}

test('PDF: title, legend of the visible categories, balance as on screen, notice; A4/A3', async ({
  page
}) => {
  await gotoViewer(page, '#map=13.2/50.80/6.48&hide=industrie&status=bestand');
  await patientMap(page);
  const drawn = Object.keys(await renderedCategories(page));
  expect(drawn.length).toBeGreaterThan(3);
  const figures = await screenBalance(page);

  await openPanel(page, 'A4', 'Querformat');
  const pdf = await exportFile(page, 'PDF herunterladen');
  expect(pdf.name).toBe('dueren-2025-a4-quer.pdf');
  copyFileSync(pdf.path, test.info().outputPath('export-a4-quer.pdf'));
  expect(execFileSync('pdfinfo', [pdf.path]).toString()).toMatch(
    /Page size:\s+841\.89 x 595\.28 pts \(A4\)/
  );
  const text = flat(execFileSync('pdftotext', [pdf.path, '-']).toString());
  expect(text).toContain('Flächennutzungsplan Düren 2025');
  for (const code of drawn) expect(text, `legend ${code}`).toContain(label(code));
  expect(text).not.toContain(label('industrie'));
  for (const f of figures) expect(text, `balance figure ${f}`).toContain(f);
  expect(text).toContain('Modelldaten – nicht rechtsverbindlich');
  expect(text).toContain('Gedruckt am');

  await page.getByRole('radio', { name: 'A3' }).check();
  await page.getByRole('radio', { name: 'Hochformat' }).check();
  const a3 = await exportFile(page, 'PDF herunterladen');
  expect(execFileSync('pdfinfo', [a3.path]).toString()).toMatch(
    /Page size:\s+841\.89 x 1190\.55 pts \(A3\)/
  );
});

test('Karte als PNG: A4 landscape at 300 dpi is 3508 × 2480 px with the map drawn', async ({
  page
}) => {
  await gotoViewer(page);
  await patientMap(page);
  await openPanel(page, 'A4', 'Querformat');
  const png = await exportFile(page, 'Karte als PNG');
  const bytes = readFileSync(png.path);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([3508, 2480]);
  // The map box is painted (plan colours), not left blank: sample it at low resolution.
  const coloured = await page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const c = document.createElement('canvas');
    c.width = 351;
    c.height = 248;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0, 351, 248);
    // The map box of the A4 landscape sheet: x 10…~200 mm, y 30…~170 mm.
    const d = ctx.getImageData(20, 40, 150, 120).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - d[i + 1]!) > 20) n++;
    return n / (d.length / 4);
  }, bytes.toString('base64'));
  expect(coloured).toBeGreaterThan(0.2);
});

test('print emulation, A4 landscape: only the sheet, no control, the whole map', async ({
  page
}) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await gotoViewer(page);
  await patientMap(page);
  await openPanel(page, 'A4', 'Querformat');
  await page.getByRole('button', { name: 'Drucken', exact: true }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed), {
      timeout: 200_000
    })
    .toBe(1);
  // A4 landscape at 96 dpi.
  await page.setViewportSize({ width: 1123, height: 794 });
  await page.emulateMedia({ media: 'print' });
  const visibleControls = await page.evaluate(() =>
    [...document.querySelectorAll('button, input, select, textarea, summary, .maplibregl-ctrl')]
      .filter((el) => (el as HTMLElement).getClientRects().length > 0)
      .map((el) => el.outerHTML.slice(0, 80))
  );
  expect(visibleControls).toEqual([]);
  const sheet = page.getByTestId('print-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(
    'Flächennutzungsplan Düren 2025'
  );
  const img = sheet.getByRole('img', { name: 'Karte des Plans im gedruckten Ausschnitt' });
  const box = (await img.boundingBox())!;
  const sheetBox = (await sheet.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(sheetBox.x);
  expect(box.y).toBeGreaterThanOrEqual(sheetBox.y);
  expect(box.x + box.width).toBeLessThanOrEqual(sheetBox.x + sheetBox.width);
  expect(box.y + box.height).toBeLessThanOrEqual(sheetBox.y + sheetBox.height);
  expect(sheetBox.width).toBeLessThanOrEqual(1123.5);
  expect(sheetBox.height).toBeLessThanOrEqual(794.5);
  // The picture is the map at print resolution, drawn whole into its box (same aspect ratio).
  const natural = await img.evaluate((el: HTMLImageElement) => [el.naturalWidth, el.naturalHeight]);
  expect(natural[0]).toBeGreaterThan(2000);
  expect(Math.abs(natural[0]! / natural[1]! - box.width / box.height)).toBeLessThan(0.01);
  await page.screenshot({ path: 'test-results/print-a4-landscape.png' });
});

test('Flächenbilanz and Flächenliste download as German Excel CSV', async ({ page }) => {
  await gotoViewer(page, '#status=neu');
  await patientMap(page);
  const figures = await screenBalance(page);
  const [balance] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Flächenbilanz als CSV' }).click()
  ]);
  const text = readFileSync((await balance.path())!, 'utf8');
  expect(text.startsWith('\uFEFFKategorie;Fläche (ha);Anteil (%);Anzahl\r\n')).toBe(true);
  // Same figures as on screen, without thousands separator: "64,03 ha" → "64,03".
  for (const f of figures.filter((f) => f.endsWith(' ha')))
    expect(text).toContain(`;${f.replace(' ha', '').replace(/\./g, '')};`);
  const [list] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Flächenliste als CSV' }).click()
  ]);
  const rows = readFileSync((await list.path())!, 'utf8').split('\r\n');
  expect(rows[0]).toBe('\uFEFFKennung;Name;Kategorie;Stand;Stadtteil;Fläche (ha)');
  const caption = await page.locator('#list-caption').innerText();
  expect(rows.filter((r) => r !== '').length - 1).toBe(Number(caption.match(/(\d+) Treffer/)![1]));
  expect(rows.slice(1, -1).every((r) => r.split(';')[3] === 'neu')).toBe(true);
});

test('PDF from the comparison mode carries the Übergangsmatrix and the Flächenbilanz 1999/2025 as on screen', async ({
  page
}) => {
  await gotoViewer(page, '#mode=compare&cmp=matrix');
  await patientMap(page);
  const matrix = page.getByTestId('transition-matrix');
  await expect(matrix).toBeVisible({ timeout: 120_000 });
  // Every row of the matrix as on screen: its figures (empty cells "·" left out) and total.
  const rows = await matrix.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      label: tr.querySelector('th')!.textContent!.trim(),
      figures: [...tr.querySelectorAll('td')]
        .map((td) => td.textContent!.trim())
        .filter((v) => v !== '·')
    }))
  );
  expect(rows.length).toBeGreaterThan(3);
  const delta = page.getByTestId('delta-table');
  await expect(delta).toBeVisible({ timeout: 120_000 });
  await settledText(delta);
  // The PDF's WinAnsi font writes the minus sign as a hyphen.
  const deltaFigures = (await delta.locator('tbody td, tfoot td').allInnerTexts()).map((v) =>
    flat(v).replace('\u2212', '-')
  );

  await openPanel(page, 'A4', 'Hochformat');
  const pdf = await exportFile(page, 'PDF herunterladen');
  copyFileSync(pdf.path, test.info().outputPath('export-vergleich.pdf'));
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '3', pdf.path]).toString();
  // On A4 the matrix and the Flächenbilanz get a landscape page each, in readable type.
  expect(info).toMatch(/Pages:\s+3/);
  expect(info).toMatch(/Page\s+1 size:\s+595\.28 x 841\.89 pts \(A4\)/);
  expect(info).toMatch(/Page\s+2 size:\s+841\.89 x 595\.28 pts \(A4\)/);
  expect(info).toMatch(/Page\s+3 size:\s+841\.89 x 595\.28 pts \(A4\)/);
  const page2 = execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '3', pdf.path, '-'])
    .toString()
    .split('\n');
  const text = flat(page2.join('\n'));
  // Every word of the tables (below the header, above the foot) at 9 pt or more: pdftotext's
  // word box is about 1.15 times the type size high.
  for (const n of [2, 3]) {
    const words = pdfWords(pdf.path, n).filter((w) => w.y0 > 90 && w.y1 < 520);
    expect(words.length).toBeGreaterThan(20);
    for (const w of words) expect(w.y1 - w.y0, `${w.text} on page ${n}`).toBeGreaterThan(9);
    // The tables use the sheet: they reach into its lower half.
    expect(Math.max(...words.map((w) => w.y1)), `page ${n}`).toBeGreaterThan(300);
  }
  expect(text).toContain('Übergangsmatrix');
  for (const row of rows) {
    const line = page2.find((l) => l.trimStart().startsWith(row.label));
    expect(line, `matrix row ${row.label}`).toBeDefined();
    const onPaper = line!.slice(row.label.length).match(/\d[\d.]*,\d/g) ?? [];
    expect(onPaper, `matrix row ${row.label}`).toEqual(row.figures);
  }
  for (const f of deltaFigures) expect(text, `Flächenbilanz figure ${f}`).toContain(f);
  expect(text).toContain('Modelldaten – nicht rechtsverbindlich');
});

/** The kinds the change map shows (ticked, not 0 ha), with their hectares as the legend gives them. */
async function changeLegendOnScreen(page: Page) {
  const legend = page.getByTestId('change-legend');
  await expect(legend).toBeVisible({ timeout: 120_000 });
  return legend.locator('li').evaluateAll((lis) =>
    lis
      .filter((li) => li.querySelector<HTMLInputElement>('input')?.checked)
      .map((li) => ({
        name: li.querySelector('.name')!.textContent!.trim(),
        ha: li.querySelector('[data-ha]')!.textContent!.trim()
      }))
      .filter((r) => r.ha !== '0,0 ha')
  );
}

/** Words of a PDF page with their boxes (pdftotext -bbox), in points. */
function pdfWords(path: string, page = 1) {
  const html = execFileSync('pdftotext', [
    '-bbox',
    '-f',
    String(page),
    '-l',
    String(page),
    path,
    '-'
  ]).toString();
  return [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
    )
  ].map((m) => ({
    x0: Number(m[1]),
    y0: Number(m[2]),
    x1: Number(m[3]),
    y1: Number(m[4]),
    text: m[5]!.replaceAll('&amp;', '&')
  }));
}

test('handout from the change map with a filter: change legend with the hectares on screen, filter in the title, scale 1:n matching the bar, sources for people', async ({
  page
}) => {
  const hidden = ['unveraendert', 'sonstige', 'umwidmung'];
  await gotoViewer(page, `#mode=compare&cmp=change&chg=${hidden.join(',')}`);
  await patientMap(page);
  const onScreen = await changeLegendOnScreen(page);
  expect(onScreen.length).toBeGreaterThan(1);
  await openPanel(page, 'A4', 'Querformat');
  const title = page.getByTestId('print-title');
  await expect(title).toHaveValue(/Filter: .*Neue Wohnbaufläche/);
  const pdf = await exportFile(page, 'PDF herunterladen');
  copyFileSync(pdf.path, test.info().outputPath('handout-aenderungen.pdf'));
  const text = flat(execFileSync('pdftotext', [pdf.path, '-']).toString());
  for (const r of onScreen) expect(text, r.name).toContain(`${r.name}: ${r.ha}`);
  expect(text).toContain('Änderungen (Hektar)');
  expect(text).toContain(flat(await title.inputValue()));
  expect(text).not.toMatch(/…|npm|data\//);
  expect(text.split('(ODbL 1.0) (ODbL 1.0)').length).toBe(1);

  // The numeric scale against the bar: „0“ at its start, its length right-aligned at its end.
  const words = pdfWords(pdf.path);
  const scale = words.find((w) => w.text.startsWith('1:'))!;
  expect(scale, 'Maßstab 1:n').toBeDefined();
  const n = Number(scale.text.slice(2).replaceAll('.', ''));
  // „Maßstab 1:n“ starts where the bar does, below it.
  const start = words.find((w) => w.text === 'Maßstab' && Math.abs(w.y1 - scale.y1) < 1)!;
  const zero = words.find((w) => w.text === '0' && Math.abs(w.x0 - start.x0) < 1)!;
  const unit = words.find(
    (w) => (w.text === 'km' || w.text === 'm') && Math.abs(w.y1 - zero.y1) < 1
  )!;
  const value = words
    .filter((w) => Math.abs(w.y1 - zero.y1) < 1 && w.x1 < unit.x0 && w.x0 > zero.x1)
    .at(-1)!;
  const metres = Number(value.text.replace(',', '.')) * (unit.text === 'km' ? 1000 : 1);
  const barMm = ((unit.x1 - zero.x0) * 25.4) / 72;
  const barScale = (metres * 1000) / barMm;
  expect(Math.abs(n - barScale) / barScale).toBeLessThan(0.02);
});

test('handout from swipe and side by side: a change map page with the change legend and the hectares on screen', async ({
  page
}) => {
  await gotoViewer(page, '#mode=compare&cmp=side');
  await patientMap(page);
  const onScreen = await changeLegendOnScreen(page);
  expect(onScreen.length).toBeGreaterThan(2);
  await openPanel(page, 'A3', 'Querformat');
  const pdf = await exportFile(page, 'PDF herunterladen');
  copyFileSync(pdf.path, test.info().outputPath('handout-nebeneinander.pdf'));
  // The sheet as on screen, the change map, the matrix page (A3: matrix and balance together).
  expect(execFileSync('pdfinfo', [pdf.path]).toString()).toMatch(/Pages:\s+3/);
  const pageText = (n: number) =>
    flat(execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf.path, '-']).toString());
  const first = pageText(1);
  const change = pageText(2);
  expect(change).toContain('Änderungskarte FNP 1999 – FNP 2025');
  expect(change).toContain('Änderungen (Hektar)');
  for (const r of onScreen) expect(change, r.name).toContain(`${r.name}: ${r.ha}`);
  // The first page is the map on screen: the 2025 plan in its categories.
  expect(first).not.toContain('Änderungen (Hektar)');
  expect(pageText(3)).toContain('Übergangsmatrix');
});

test('„Karte als PNG“ – „nur Karte“ at A4/300 dpi: the map alone with its pHYs of 11811 px/m', async ({
  page
}) => {
  await gotoViewer(page, '#map=12/50.80/6.48');
  await patientMap(page);
  await openPanel(page, 'A4', 'Querformat');
  // The panel's buttons are inside the window at 1280 px.
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const name of ['Drucken', 'PDF herunterladen', 'Karte als PNG']) {
    const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
    expect(box.x + box.width, name).toBeLessThanOrEqual(1280);
  }
  const png = await exportFile(page, 'Karte als PNG', 'nur Karte');
  expect(png.name).toBe('dueren-2025-karte-a4-quer.png');
  const bytes = readFileSync(png.path);
  // pHYs right after IHDR: 11811 px/m both ways, unit metre.
  expect(bytes.subarray(37, 41).toString()).toBe('pHYs');
  expect([bytes.readUInt32BE(41), bytes.readUInt32BE(45), bytes[49]]).toEqual([11811, 11811, 1]);
  // The map alone: the size of the sheet's map box at 300 dpi, not the whole sheet.
  const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  expect(w).toBeLessThan(3508);
  expect(h).toBeLessThan(2480);
  expect(w).toBeGreaterThan(2000);
});
