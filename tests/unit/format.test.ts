import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/i18n/format';

describe('formatNumber', () => {
  it('small whole numbers (formatted without Intl) read exactly as Intl writes them', () => {
    for (const [locale, tag] of [
      ['de', 'de-DE'],
      ['en', 'en-GB']
    ] as const) {
      const intl = new Intl.NumberFormat(tag, {
        minimumFractionDigits: 0,
        maximumFractionDigits: 0,
        signDisplay: 'negative'
      });
      for (let v = -1500; v <= 1500; v++) expect(formatNumber(v, locale)).toBe(intl.format(v));
      expect(formatNumber(-0, locale)).toBe(intl.format(-0));
      expect(formatNumber(999.5, locale)).toBe(intl.format(999.5));
    }
    expect(formatNumber(1272, 'de')).toBe('1.272');
    expect(formatNumber(85, 'de', 1)).toBe('85,0');
  });
});
