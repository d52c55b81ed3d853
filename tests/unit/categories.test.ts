import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  CATEGORY_CODES,
  GROUPS,
  category,
  categoriesInGroup
} from '../../src/lib/plan/categories';
import { categoryColor } from '../../src/lib/map/expressions';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
};

describe('category table', () => {
  it('has one entry per code, in code order, each in a known group', () => {
    expect(CATEGORIES.map((c) => c.code)).toEqual([...CATEGORY_CODES]);
    const groups = new Set(GROUPS.map((g) => g.code));
    for (const c of CATEGORIES) expect(groups.has(c.group)).toBe(true);
    for (const g of GROUPS) expect(categoriesInGroup(g.code).length).toBeGreaterThan(0);
  });

  it('has German and English labels, distinct colours and valid hex codes', () => {
    for (const c of CATEGORIES) {
      expect(c.label.de.length).toBeGreaterThan(2);
      expect(c.label.en.length).toBeGreaterThan(2);
      expect(c.color).toMatch(/^#[0-9A-F]{6}$/i);
      expect(c.outline).toMatch(/^#[0-9A-F]{6}$/i);
    }
    expect(new Set(CATEGORIES.map((c) => c.color.toLowerCase())).size).toBe(CATEGORIES.length);
  });

  it('uses the PlanZV colours of the xplanbox style for the main categories', () => {
    expect(category('wohnen').color).toBe('#CF9377');
    expect(category('gewerbe').color).toBe('#A6A596');
    expect(category('wald').color).toBe('#34AB8F');
  });

  it('tells industry from commerce at a glance (contrast of the fills ≥ 1.5:1)', () => {
    expect(contrast(category('industrie').color, category('gewerbe').color)).toBeGreaterThanOrEqual(
      1.5
    );
  });

  it('feeds the map colour expression from the same table', () => {
    for (const c of CATEGORIES) {
      const expression = categoryColor as readonly unknown[];
      expect(expression[expression.indexOf(c.code) + 1]).toBe(c.color);
    }
  });

  it('names in its XPlanung description every class and Baufläche code it imports', () => {
    for (const c of CATEGORIES) {
      for (const cls of c.xplanMatch.classes ?? []) expect(c.xplan.de, c.code).toContain(cls);
      for (const code of c.xplanMatch.allgArt ?? []) expect(c.xplan.de, c.code).toContain(code);
    }
    const owners = CATEGORIES.flatMap((c) => c.xplanMatch.classes ?? []);
    expect(new Set(owners).size).toBe(owners.length);
  });

  it('throws for an unknown code', () => {
    expect(() => category('nope' as never)).toThrow(/Unknown category/);
  });
});
