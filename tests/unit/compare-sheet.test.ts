import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COMPARISON_PT,
  comparisonBox,
  comparisonContent,
  comparisonPages,
  drawComparison
} from '../../src/lib/export/compare-sheet';
import { matrixFromPieces, previousPieces } from '../../src/lib/geo/transition';
import { PAPERS, sheetLayout } from '../../src/lib/export/layout';
import { CATEGORY_CODES } from '../../src/lib/plan/categories';
import type { Balance } from '../../src/lib/geo/engine';
import { recorder } from './painter-recorder';
import { pdfSafe } from '../../src/lib/export/pdf-text';
import { translator } from '../../src/lib/i18n';

describe('comparison page of the print sheet', () => {
  const matrix = matrixFromPieces([
    { before: 'a', after: 'a', from: 'landwirtschaft', to: 'wohnen', area_m2: 123_456 },
    { before: 'b', after: 'b', from: 'wohnen', to: 'wohnen', area_m2: 20_000 },
    { before: 'c', after: 'c', from: 'gewerbe', to: 'landwirtschaft', area_m2: 5_000 }
  ]);
  const c = comparisonContent({
    matrix,
    balances: null,
    labels: { before: 'FNP 1999', after: 'FNP 2025' },
    scope: 'ganzes Stadtgebiet',
    t: translator('de'),
    lang: 'de'
  });

  it('has a row per earlier category with the hectares of the screen table and totals', () => {
    const row = c.matrixRows.find((r) => r[0]!.startsWith('Fläche für die Landwirtschaft'))!;
    expect(row).toBeDefined();
    // Columns in table order; 12,3456 ha shows as "12,3" like the screen, empty cells as "·".
    expect(row.slice(1)).toContain('12,3');
    expect(row.slice(1)).toContain('·');
    expect(c.matrixTotal.at(-1)).toBe('14,8');
    expect(c.matrixHead.at(-1)).toBe('Summe');
    expect(c.matrixTitle).toMatch(/^Übergangsmatrix/);
  });

  it('writes only what the PDF font can print (the minus becomes a hyphen)', () => {
    expect(pdfSafe('−1,20 ha')).toBe('-1,20 ha');
    for (const text of [c.title, c.matrixTitle, c.matrixKey, ...c.matrixRows.flat()])
      expect(pdfSafe(text), text).not.toContain('?');
  });
});

describe('comparison pages fill their sheet in readable type', () => {
  // The Düren model's own matrix (12 × 12 categories) and a Flächenbilanz of its 12 categories.
  const features = JSON.parse(readFileSync('data/dueren-2025/plan.geojson', 'utf8')).features;
  const matrix = matrixFromPieces(previousPieces(features));
  const balance = (scale: number): Balance => {
    const categories = CATEGORY_CODES.filter((code) => matrix.rows.includes(code)).map(
      (code, i) => ({
        category: code,
        area_m2: (i + 1) * 1_234_567 * scale,
        count: i + 1,
        share: 0
      })
    );
    return {
      categories,
      total: { area_m2: categories.reduce((s, r) => s + r.area_m2, 0), count: 0 }
    } as unknown as Balance;
  };
  const c = comparisonContent({
    matrix,
    balances: { before: balance(1), after: balance(1.1) },
    labels: { before: 'FNP 1999', after: 'FNP 2025' },
    scope: 'Gesamtes Plangebiet',
    t: translator('de'),
    lang: 'de'
  });

  for (const paper of PAPERS)
    it(`${paper.toUpperCase()}: every table at 9 pt or more, inside the box, using its height`, () => {
      const layout = sheetLayout(paper, 'landscape');
      const box = comparisonBox(layout);
      const { p, width } = recorder();
      const pages = comparisonPages(p, c, box);
      // A3 holds matrix and Flächenbilanz together; A4 gives each a page.
      expect(pages.map((pg) => pg.blocks)).toEqual(
        paper === 'a3' ? [['matrix', 'delta']] : [['matrix'], ['delta']]
      );
      for (const page of pages) {
        expect(page.pt).toBeGreaterThanOrEqual(COMPARISON_PT.min);
        const { p: draw, texts } = recorder();
        drawComparison(draw, c, layout, page, 'Titel', ['Hinweis', 'Gedruckt']);
        const tables = texts.filter((x) => x.y > box.y && x.y < box.y + box.h);
        for (const x of tables) {
          expect(x.pt, x.text).toBeGreaterThanOrEqual(COMPARISON_PT.min);
          const left = x.right ? x.x - width(x.text, x.pt) : x.x;
          expect(left, x.text).toBeGreaterThanOrEqual(box.x - 0.01);
          expect(left + width(x.text, x.pt), x.text).toBeLessThanOrEqual(box.x + box.w + 0.01);
        }
        // Nothing below the box but the foot; the tables reach into its lower half.
        const last = Math.max(...tables.map((x) => x.y));
        expect(last).toBeGreaterThan(box.y + box.h / 2);
        expect(texts.filter((x) => x.y > box.y + box.h).every((x) => x.pt === 7)).toBe(true);
      }
      // Every row of the matrix is drawn.
      const { p: draw, texts } = recorder();
      for (const page of pages) drawComparison(draw, c, layout, page, 'T', []);
      for (const row of c.matrixRows) expect(texts.some((x) => x.text === row[0])).toBe(true);
    });
});
