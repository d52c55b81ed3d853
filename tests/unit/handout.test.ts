import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scaleBar, scaleDenominator } from '../../src/lib/export/furniture';
import { filterText, shownRows, sourcesText } from '../../src/lib/export/describe';
import { drawSheet, type SheetContent } from '../../src/lib/export/sheet';
import { recorder } from './painter-recorder';
import { sheetLayout, PAPERS, ORIENTATIONS } from '../../src/lib/export/layout';
import { parsePlanMeta } from '../../src/lib/plan/validate';
import { fullFilter } from '../../src/lib/geo/engine';
import { translator } from '../../src/lib/i18n';
import { formatNumber } from '../../src/lib/i18n/format';
import { baugebietTable } from '../../src/lib/export/baugebiete';
import { importPlan } from '../../src/lib/xplan/index';

const t = translator('de');
const meta = parsePlanMeta(
  JSON.parse(readFileSync('data/dueren-2025/plan.json', 'utf8')),
  'plan.json'
);

const content = (over: Partial<SheetContent> = {}): SheetContent => ({
  title: 'Wohnbaufläche – Filter: Stand neu 2025',
  subtitle: 'Plan',
  legendTitle: 'Legende',
  legend: [],
  balanceTitle: 'Flächenbilanz',
  balanceHead: ['a', 'b', 'c', 'd'],
  balanceRows: [],
  balanceTotal: ['a', 'b', 'c', 'd'],
  notice: meta.notice!.de,
  sources: sourcesText(meta, t),
  printed: 'Gedruckt am 7.12.2026',
  link: 'https://example.org/#map=12/50.8/6.48&status=neu',
  scaleText: (n) => t('print.scaleText', { n: formatNumber(n, 'de'), paper: 'A4' }),
  ...over
});

describe('handout', () => {
  it('sources are for people: names, licences and links, no paths or package names, each licence once', () => {
    const text = sourcesText(meta, t);
    expect(text).not.toMatch(/data\/|npm|…/);
    expect(text).toContain('opendatacommons.org/licenses/odbl/1-0');
    expect(text).toContain('Lizenz dl-de/by-2-0');
    expect(text).not.toContain('(ODbL 1.0). (ODbL 1.0)');
    expect(text.split('(ODbL 1.0) (ODbL 1.0)').length).toBe(1);
    for (const s of meta.sources) expect(text).toContain(s.title);
  });

  it('prints every word of the sources on every paper, and the numeric scale within 2 % of the bar', () => {
    for (const paper of PAPERS)
      for (const orientation of ORIENTATIONS) {
        const layout = sheetLayout(paper, orientation);
        const { p, texts } = recorder();
        const c = content();
        // 3000 px over the map box at 8 m per px.
        const image = { width: 3000, height: 2000 } as HTMLCanvasElement;
        drawSheet(p, c, layout, { image, metersPerPixel: 8 }, image);
        const all = texts.map((x) => x.text).join(' ');
        expect(all).not.toContain('…');
        const words = (s: string) => s.split(/\s+/).filter(Boolean);
        const printed = words(all);
        for (const w of words(c.sources)) expect(printed, `${paper} ${orientation}`).toContain(w);
        // Nothing below the foot.
        for (const x of texts) expect(x.y).toBeLessThanOrEqual(layout.footer.y + layout.footer.h);
        const metersPerMm = (8 * 3000) / layout.map.w;
        const scale = texts.find((x) => x.text.startsWith('Maßstab 1:'))!;
        const n = Number(scale.text.match(/1:([\d.]+)/)![1]!.replaceAll('.', ''));
        const bar = scaleBar(metersPerMm, layout.map.w / 3);
        // The bar is bar.px mm long and says bar.meters: its scale is meters·1000 / mm.
        const barScale = (bar.meters * 1000) / bar.px;
        expect(Math.abs(n - barScale) / barScale).toBeLessThan(0.02);
        expect(scale.text).toContain('bei A');
      }
  });

  it("prints a Bebauungsplan's Baugebiete table below the balance, inside the balance box", () => {
    const bplan = importPlan(
      new Uint8Array(readFileSync('tests/fixtures/xplan/bplan-5.4-nutzungsschablone.gml')),
      'bplan.gml'
    );
    const baugebiete = baugebietTable(bplan.features, t, 'de')!;
    const rows: [string, string, string, string][] = [
      ['Grünfläche', '0,54 ha', '29,9 %', '1'],
      ['Verkehrsfläche', '0,18 ha', '10,2 %', '1'],
      ['Allgemeines Wohngebiet', '0,48 ha', '26,6 %', '1'],
      ['Gewerbegebiet', '0,60 ha', '33,3 %', '1']
    ];
    for (const paper of PAPERS)
      for (const orientation of ORIENTATIONS) {
        const layout = sheetLayout(paper, orientation);
        const { p, texts } = recorder();
        const image = { width: 3000, height: 2000 } as HTMLCanvasElement;
        drawSheet(
          p,
          content({ balanceRows: rows, baugebiete }),
          layout,
          { image, metersPerPixel: 8 },
          image
        );
        const box = layout.balance;
        const at = (text: string) => texts.filter((x) => x.text === text);
        const title = at(baugebiete.title)[0]!;
        // Below the balance's last row (its total), inside the box.
        expect(title.y).toBeGreaterThan(Math.max(...at('Gewerbegebiet').map((x) => x.y)));
        for (const cell of [...baugebiete.head.slice(1), ...baugebiete.total.slice(1)]) {
          const printed = at(cell).filter((x) => x.y > title.y);
          expect(printed, `${paper} ${orientation}: ${cell}`).not.toHaveLength(0);
          for (const x of printed) {
            expect(x.y).toBeLessThanOrEqual(box.y + box.h);
            expect(x.x).toBeLessThanOrEqual(box.x + box.w);
          }
        }
        expect(at('0,19 ha')).toHaveLength(1);
      }
  });

  it('rounds the scale to three significant digits', () => {
    expect(scaleDenominator(24.33)).toBe(24300);
    expect(scaleDenominator(9.876)).toBe(9880);
    expect(scaleDenominator(0.5)).toBe(500);
  });

  it('names the filter, and leaves out rows that would read 0 ha', () => {
    expect(filterText(fullFilter(), t, 'de')).toBeNull();
    const f = { ...fullFilter(), status: 'neu' as const, categories: new Set(['wohnen' as const]) };
    expect(filterText(f, t, 'de')).toBe('Filter: Stand neu 2025, Wohnbaufläche');
    const balance = {
      categories: [
        { category: 'wohnen' as const, area_m2: 640_000, count: 26, share: 0.008 },
        { category: 'verkehr' as const, area_m2: 3000, count: 1, share: 0.005 }
      ],
      total: { area_m2: 643_000, count: 27 },
      scope_m2: 80_000_000,
      region_m2: null
    };
    expect(shownRows(balance, 0).map((r) => r.category)).toEqual(['wohnen']);
    expect(shownRows(balance, 1).map((r) => r.category)).toEqual(['wohnen', 'verkehr']);
    expect(
      shownRows({ ...balance, categories: [{ ...balance.categories[1]!, area_m2: 400 }] }, 1)
    ).toEqual([]);
    expect(shownRows(balance, 2).map((r) => r.category)).toEqual(['wohnen', 'verkehr']);
  });
});

describe('handout headings', () => {
  it('a long title and balance heading are printed whole, in the header and the balance box', () => {
    const long =
      'Flächennutzungsplan Düren 2025 – Filter: Neue Wohnbaufläche, Neue Gewerbe- oder Industriefläche, Andere neue Baufläche, Rücknahme: wieder Freiraum';
    for (const orientation of ORIENTATIONS) {
      const layout = sheetLayout('a4', orientation);
      const { p, texts } = recorder();
      const image = { width: 3000, height: 2000 } as HTMLCanvasElement;
      drawSheet(
        p,
        content({ title: long, balanceTitle: long }),
        layout,
        { image, metersPerPixel: 8 },
        image
      );
      const inHeader = texts.filter((x) => x.y <= layout.header.y + layout.header.h);
      expect(inHeader.map((x) => x.text).join(' ')).toContain(long);
      for (const x of inHeader)
        expect(x.text.length * x.pt * 0.3528 * 0.5).toBeLessThanOrEqual(layout.header.w);
      const inBalance = texts.filter(
        (x) => x.y > layout.balance.y && x.y < layout.balance.y + 30 && x.x === layout.balance.x
      );
      expect(inBalance.map((x) => x.text).join(' ')).toContain(long);
    }
  });
});
