import { describe, expect, it } from 'vitest';
import { csvRecords, germanCsv } from '../../src/lib/csv';

describe('German Excel CSV', () => {
  it('writes BOM, semicolons, CRLF and decimal commas', () => {
    const text = germanCsv(
      ['Kategorie', 'Fläche (ha)'],
      [
        ['Wohnbaufläche', 1272.04],
        ['Wald', 3]
      ]
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toBe('\uFEFFKategorie;Fläche (ha)\r\nWohnbaufläche;1272,04\r\nWald;3\r\n');
  });

  it('quotes separators and defuses formulas, and reads its own output back', () => {
    const rows = [['a;b', 'say "hi"', '=SUM(A1)', 'line\nbreak', null]];
    const text = germanCsv(['x', 'y', 'z', 'w', 'v'], rows);
    expect(text).toContain(`"a;b";"say ""hi""";'=SUM(A1);"line\nbreak";`);
    expect(csvRecords(text)).toEqual([
      ['x', 'y', 'z', 'w', 'v'],
      ['a;b', 'say "hi"', "'=SUM(A1)", 'line\nbreak', '']
    ]);
  });
});
