/**
 * CSV as German Excel opens it without an import dialog: UTF-8 with a byte-order mark,
 * semicolons between fields, CRLF line ends, numbers with a decimal comma and no thousands
 * separator. Shared by every export (Flächenbilanz, area list, plots, comparison tables); read
 * back (and every other CSV) by read.ts.
 */

/** A cell: text is quoted where needed; numbers are written with a decimal comma. */
export type CsvCell = string | number | null;

const BOM = '\uFEFF';

/** A number in German notation for CSV: `1234,5` (no grouping, so Excel reads it as a number). */
export function csvNumber(n: number, digits: number): string {
  if (!Number.isFinite(n)) return '';
  return n.toFixed(digits).replace('.', ',');
}

function cell(v: CsvCell): string {
  if (v === null) return '';
  const text = typeof v === 'number' ? csvNumber(v, Number.isInteger(v) ? 0 : 2) : v;
  // Leading =, +, - or @ would make Excel evaluate text as a formula (CSV injection).
  const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text (with BOM) for a German header row and data rows. */
export function germanCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[]
): string {
  return BOM + [header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}
