import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scaleBar } from '../../src/lib/export/furniture';
import { metersPerCssPixel } from '../../src/lib/export/snapshot';
import {
  PAPERS,
  ORIENTATIONS,
  mmToPx,
  paperSize,
  printExtent,
  sheetLayout,
  visibleCategories,
  type Box
} from '../../src/lib/export/layout';
import { balanceCsv, areaListCsv } from '../../src/lib/export/tables';
import { csvRecords } from '../../src/lib/csv';
import { pdfSafe } from '../../src/lib/export/pdf-text';
import { readPlanFeatures } from '../../src/lib/geo/measure';
import { translator } from '../../src/lib/i18n';
import { CATEGORY_CODES } from '../../src/lib/plan/categories';

const features = readPlanFeatures(
  JSON.parse(readFileSync('data/dueren-2025/plan.geojson', 'utf8')),
  'plan.geojson'
);
const all = {
  categories: new Set(CATEGORY_CODES),
  status: 'alle' as const,
  district: null,
  minArea_m2: 0
};

describe('scale bar', () => {
  it('picks the longest 1-2-5 length that fits, labelled in German', () => {
    expect(scaleBar(10, 120)).toEqual({ meters: 1000, px: 100, label: '1 km' });
    expect(scaleBar(10, 99)).toEqual({ meters: 500, px: 50, label: '500 m' });
    expect(scaleBar(3, 100)).toMatchObject({ meters: 200, label: '200 m' });
    expect(scaleBar(100, 250)).toMatchObject({ meters: 20_000, label: '20 km' });
    expect(scaleBar(0.4, 10)).toMatchObject({ meters: 2, label: '2 m' });
    expect(() => scaleBar(0, 10)).toThrow(RangeError);
  });

  it('uses the Web Mercator scale of a 512 px world', () => {
    // Equator, zoom 0: the whole circumference over 512 px.
    expect(metersPerCssPixel(0, 0)).toBeCloseTo(40_075_016.686 / 512, 3);
    expect(metersPerCssPixel(60, 1)).toBeCloseTo(40_075_016.686 / 512 / 2 / 2, 3);
  });
});

describe('sheet layout', () => {
  it('A4 landscape at 300 dpi is 3508 × 2480 px; A3 portrait 297 × 420 mm', () => {
    const [w, h] = paperSize('a4', 'landscape');
    expect([mmToPx(w, 300), mmToPx(h, 300)]).toEqual([3508, 2480]);
    expect(paperSize('a3', 'portrait')).toEqual([297, 420]);
  });

  it('puts every box on the page, none overlapping another', () => {
    const inside = (b: Box, w: number, h: number) =>
      b.x >= 0 && b.y >= 0 && b.x + b.w <= w && b.y + b.h <= h;
    const overlap = (a: Box, b: Box) =>
      a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    for (const paper of PAPERS)
      for (const o of ORIENTATIONS) {
        const l = sheetLayout(paper, o);
        const boxes = [l.header, l.map, l.legend, l.balance, l.footer];
        for (const b of [...boxes, l.qr]) expect(inside(b, l.page.w, l.page.h)).toBe(true);
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++)
            expect(overlap(boxes[i]!, boxes[j]!), `${paper} ${o} ${i}/${j}`).toBe(false);
        expect(l.map.w * l.map.h).toBeGreaterThan(l.page.w * l.page.h * 0.3);
      }
  });

  it('widens the printed extent to the box, never cuts the view', () => {
    const view: [number, number, number, number] = [6.4, 50.75, 6.5, 50.85];
    const wide = printExtent(view, 200, 100);
    expect(wide[0]).toBeLessThan(6.4);
    expect(wide[2]).toBeGreaterThan(6.5);
    expect(wide[1]).toBe(50.75);
    const tall = printExtent(view, 50, 200);
    expect(tall[1]).toBeLessThan(50.75);
    expect(tall[3]).toBeGreaterThan(50.85);
    expect(tall[0]).toBe(6.4);
  });

  it('lists only categories shown in the printed extent after the filter', () => {
    const whole: [number, number, number, number] = [6, 50, 7, 51];
    expect(visibleCategories(features, all, whole)).toContain('industrie');
    const noIndustry = {
      ...all,
      categories: new Set(CATEGORY_CODES.filter((c) => c !== 'industrie'))
    };
    expect(visibleCategories(features, noIndustry, whole)).not.toContain('industrie');
    expect(visibleCategories(features, { ...all, status: 'neu' }, whole)).not.toContain('wald');
    expect(visibleCategories(features, all, [0, 0, 0.1, 0.1])).toEqual([]);
  });
});

describe('exports', () => {
  const t = translator('de');
  it('writes the Flächenbilanz as German Excel CSV with its total', () => {
    const balance = {
      categories: [
        { category: 'wohnen' as const, area_m2: 12_720_400, count: 859, share: 0.173 },
        { category: 'wald' as const, area_m2: 0.2, count: 0, share: 0 }
      ],
      total: { area_m2: 73_500_000, count: 2500 },
      scope_m2: 73_500_000,
      region_m2: null
    };
    const rows = csvRecords(balanceCsv(balance, t, 'de'));
    expect(rows).toEqual([
      ['Kategorie', 'Fläche (ha)', 'Anteil (%)', 'Anzahl'],
      ['Wohnbaufläche', '1272,04', '17,3', '859'],
      ['Summe', '7350,00', '100,0', '2500']
    ]);
  });

  it('writes the area list with id, name, category, status, district and hectares', () => {
    const rows = csvRecords(areaListCsv(features.slice(0, 3), t, 'de'));
    expect(rows).toHaveLength(4);
    expect(rows[1]![0]).toBe(features[0]!.properties.id);
    expect(rows[1]![5]).toBe(
      (features[0]!.properties.area_m2 / 10_000).toFixed(2).replace('.', ',')
    );
  });

  it('keeps German text for the PDF font and replaces what WinAnsi cannot show', () => {
    expect(pdfSafe('Flächen – „Düren“ ß €')).toBe('Flächen – „Düren“ ß €');
    expect(pdfSafe('Fläche 𝔸 ✓')).toBe('Fläche ? ?');
  });
});
