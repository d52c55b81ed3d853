/**
 * The one CSV reader (src/lib/csv/read.ts) on what Excel and others write: quotes per RFC 4180
 * (an unbalanced quote is an error with its line, never silent loss), UTF-8 ± BOM, UTF-16 LE/BE,
 * Windows-1252, separators ; , and tab, and a million rows read piece by piece.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CsvByteReader,
  CsvError,
  csvRecords,
  detectSeparator,
  parseCsv,
  germanCsv
} from '../../src/lib/csv';

const utf16 = (text: string, le: boolean, bom: boolean) => {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  let k = 0;
  const put = (c: number) => {
    out[k++] = le ? c & 0xff : c >> 8;
    out[k++] = le ? c >> 8 : c & 0xff;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < text.length; i++) put(text.charCodeAt(i));
  return out;
};
/** Windows-1252 bytes of Latin-1 text (ü = 0xFC, ß = 0xDF …). */
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

const fields = (input: string | Uint8Array) => parseCsv(input).rows.map((r) => r.fields);

function csvError(fn: () => unknown): CsvError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CsvError) return e;
    throw e;
  }
  throw new Error('no CsvError');
}

describe('CSV reader: quotes (RFC 4180)', () => {
  it('a lone quote inside an unquoted field is text; no row after it is lost', () => {
    const text = 'id;name\n1;12" Rohr\n2;b\n3;"c;d"\n4;e\n';
    expect(fields(text)).toEqual([
      ['id', 'name'],
      ['1', '12" Rohr'],
      ['2', 'b'],
      ['3', 'c;d'],
      ['4', 'e']
    ]);
  });

  it('a quoted field spans lines and doubles its quotes; line numbers stay right', () => {
    const { rows } = parseCsv('a;b\n"x\ny";"say ""hi"""\nz;w\n');
    expect(rows.map((r) => [r.line, ...r.fields])).toEqual([
      [1, 'a', 'b'],
      [2, 'x\ny', 'say "hi"'],
      [4, 'z', 'w']
    ]);
  });

  it('an opening quote never closed is an error naming its line and column', () => {
    const e = csvError(() => parseCsv('id;name\n1;a\n2;"b\n3;c\n4;d\n'));
    expect(e.line).toBe(3);
    expect(e.column).toBe(2);
    expect(e.de).toMatch(/^Zeile 3, Spalte 2: Das Anführungszeichen .* wird nie geschlossen/);
    expect(e.en).toMatch(/line 3, column 2/);
  });

  it('text after a closing quote is an error with line and column', () => {
    const e = csvError(() => parseCsv('a;b\n1;"x"y\n'));
    expect(e.de).toMatch(/^Zeile 2, Spalte 2: Nach dem schließenden Anführungszeichen folgt „y“/);
  });

  it('CRLF, CR and a missing last line end; empty lines are skipped', () => {
    expect(fields('a,b\r\n1,2\r\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4']
    ]);
  });

  it('reads the German export back exactly (quotes, separators, formulas, line breaks)', () => {
    const rows = [['a;b', 'say "hi"', '=SUM(A1)', 'line\nbreak', null]];
    expect(csvRecords(germanCsv(['x', 'y', 'z', 'w', 'v'], rows))).toEqual([
      ['x', 'y', 'z', 'w', 'v'],
      ['a;b', 'say "hi"', "'=SUM(A1)", 'line\nbreak', '']
    ]);
  });
});

describe('CSV reader: separators and encodings', () => {
  it('detects ; , and tab from the header line, outside quotes', () => {
    expect(detectSeparator('Kennung;Gewerbegebiet;Fläche')).toBe(';');
    expect(detectSeparator('id,estate,area')).toBe(',');
    expect(detectSeparator('id\testate\tarea')).toBe('\t');
    expect(detectSeparator('"a,b,c";d;e')).toBe(';');
    expect(parseCsv('id\tname\n1\tDüren\n').separator).toBe('\t');
    expect(fields('id\tname\n1\tDüren\n')[1]).toEqual(['1', 'Düren']);
  });

  const header = 'Kennung;Ort\r\n1;Düren\r\n2;Straße\r\n';
  const expected = [
    ['Kennung', 'Ort'],
    ['1', 'Düren'],
    ['2', 'Straße']
  ];

  it('UTF-8 with and without BOM', () => {
    const plain = new TextEncoder().encode(header);
    expect(parseCsv(plain)).toMatchObject({ encoding: 'utf-8' });
    expect(fields(plain)).toEqual(expected);
    expect(fields(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toEqual(expected);
  });

  it('UTF-16 LE and BE, with BOM (Excel "Unicode-Text") and without', () => {
    for (const le of [true, false])
      for (const bom of [true, false]) {
        const r = parseCsv(utf16(header, le, bom));
        expect(r.encoding, `${le ? 'LE' : 'BE'} bom=${bom}`).toBe(le ? 'utf-16le' : 'utf-16be');
        expect(r.rows.map((x) => x.fields)).toEqual(expected);
      }
  });

  it('Windows-1252 (German Excel "CSV (Trennzeichen-getrennt)") is recognised: Düren, not D�ren', () => {
    const r = parseCsv(cp1252(header));
    expect(r.encoding).toBe('windows-1252');
    expect(r.rows.map((x) => x.fields)).toEqual(expected);
    // … also when the first umlaut comes only after many ASCII pieces
    const reader = new CsvByteReader();
    const rows = [...reader.push(cp1252('id;ort\n' + '1;x\n'.repeat(5000)))];
    rows.push(...reader.push(cp1252('2;Düren €\n'.replace('€', '\u0080'))), ...reader.end());
    expect(rows.at(-1)!.fields).toEqual(['2', 'Düren €']);
  });

  it('UTF-8 that turns into something else later is an error with the line', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('a;b\nü;1\n'),
      0x32,
      0x3b,
      0xfc,
      0x0a
    ]);
    const e = csvError(() => parseCsv(bytes));
    expect(e.de).toMatch(/^Zeile \d+: Die Datei ist nicht einheitlich kodiert/);
  });

  it('a byte stream split anywhere (inside a character, CR LF, "") reads the same', () => {
    const text = 'Kennung;Text\r\n1;"Düren ""Mitte""\r\nzwei Zeilen"\r\n2;Straße\r\n';
    const bytes = new TextEncoder().encode(text);
    const whole = fields(bytes);
    for (let cut = 1; cut < bytes.length; cut++) {
      const reader = new CsvByteReader();
      const rows = [
        ...reader.push(bytes.subarray(0, cut)),
        ...reader.push(bytes.subarray(cut)),
        ...reader.end()
      ];
      expect(
        rows.map((r) => r.fields),
        `cut at ${cut}`
      ).toEqual(whole);
    }
  });
});

describe('CSV reader: a million rows', () => {
  it('streams 1,000,000 rows (≈ 60 MB) in pieces within a 64 MB heap', () => {
    // A reader that kept the rows or the text would need several hundred MB and die here.
    const script = `
      import { CsvByteReader } from ${JSON.stringify(resolve('src/lib/csv/read.ts'))};
      const reader = new CsvByteReader();
      const enc = new TextEncoder();
      let rows = reader.push(enc.encode('Kennung;Gewerbegebiet;Fläche;lon;lat\\r\\n')).length;
      for (let start = 0; start < 1_000_000; start += 10_000) {
        let text = '';
        for (let i = start; i < start + 10_000; i++)
          text += 'P-' + i + ';"Gebiet ""' + (i % 7) + '""";' + (1000 + (i % 500)) + ';6,48;50,80\\r\\n';
        rows += reader.push(enc.encode(text)).length;
      }
      rows += reader.end().length;
      console.log(rows);
    `;
    const r = spawnSync(
      process.execPath,
      ['--max-old-space-size=64', '--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8' }
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('1000001');
  }, 60_000);
});
