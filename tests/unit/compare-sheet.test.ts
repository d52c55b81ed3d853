import { describe, expect, it } from 'vitest';
import { comparisonContent } from '../../src/lib/export/compare-sheet';
import { matrixFromPieces } from '../../src/lib/geo/transition';
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
