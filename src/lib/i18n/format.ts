/**
 * Number formatting for areas and shares, the one place for it (Flächenbilanz panel, lists,
 * CLI). German: "1.272,04 ha", "12,3 %", "4.250 m²"; English: "1,272.04 ha", "12.3%", "4,250 m²".
 */
export type Locale = 'de' | 'en';

const cache = new Map<string, Intl.NumberFormat>();

function nf(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', options);
    cache.set(key, f);
  }
  return f;
}

/** A number with a fixed number of decimals in the locale's format ("1.272,04"). */
export function formatNumber(value: number, locale: Locale, decimals = 0): string {
  // Small whole numbers read the same in both locales. The first Intl.NumberFormat costs a
  // browser some 30 ms (locale data), which the page's start (opacity „85 %“) need not pay.
  if (decimals === 0 && Number.isInteger(value) && Math.abs(value) < 1000)
    return String(value === 0 ? 0 : value);
  return nf(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: 'negative'
  }).format(value);
}

/** Square metres as hectares with `decimals` decimals (default 2): "1.272,04 ha". */
export function formatHa(m2: number, locale: Locale, decimals = 2): string {
  return `${formatNumber(m2 / 10_000, locale, decimals)} ha`;
}

/** Square metres, rounded to whole m²: "4.250 m²". */
export function formatM2(m2: number, locale: Locale, decimals = 0): string {
  return `${formatNumber(m2, locale, decimals)} m²`;
}

/** A share (0…1) as percent with `decimals` decimals (default 1): "12,3 %" / "12.3%". */
export function formatPercent(share: number, locale: Locale, decimals = 1): string {
  const text = formatNumber(share * 100, locale, decimals);
  // DIN 5008: a (no-break) space before % in German; none in English.
  return locale === 'de' ? `${text}\u00a0%` : `${text}%`;
}

/** A radius or distance: "500 m", "1 km", "1,5 km" (kilometres from 1 km on whole 100 m). */
export function formatRadius(m: number, locale: Locale): string {
  return m >= 1000 && m % 100 === 0
    ? `${formatNumber(m / 1000, locale, m % 1000 === 0 ? 0 : 1)} km`
    : `${formatNumber(m, locale, 0)} m`;
}

/** A file's size: "850 kB", "1,2 MB" (decimal units, as file managers show them). */
export function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < 1_000_000) return `${formatNumber(Math.max(1, Math.round(bytes / 1000)), locale)} kB`;
  return `${formatNumber(bytes / 1e6, locale, bytes < 10e6 ? 1 : 0)} MB`;
}

/**
 * A number typed by a person: "2,5" and "2.5" are both 2.5 (German users type a decimal comma);
 * with both marks the last one is the decimal separator ("1.234,5", "1,234.5"). Null if unreadable.
 */
export function parseDecimal(text: string): number | null {
  let s = text.trim().replace(/[\s\u00a0]/g, '');
  if (s === '') return null;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (comma >= 0) {
    if (s.indexOf(',') !== comma) return null;
    s = s.replace(',', '.');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  return Number(s);
}
