/**
 * GML coordinate lists read in place (src/lib/xplan/positions.ts): every value must be the one
 * `Number()` gives for the token, separators are the whitespace `/\s+/` knows, and tokens that
 * are not decimals stop the import with the token in the message.
 */
import { describe, expect, it } from 'vitest';
import { GeometryError, readPositions } from '../../src/lib/xplan/positions';
import type { XNode } from '../../src/lib/xplan/xnode';

const leaf = (name: string, text: string): XNode => ({
  name,
  uri: '',
  attrs: {},
  children: [],
  text,
  line: 3
});
const ring = (text: string): XNode => ({
  ...leaf('LinearRing', ''),
  children: [leaf('posList', text)]
});
const read = (text: string) => readPositions(ring(text), { srsName: null, srsDimension: null });

describe('readPositions: posList numbers', () => {
  it('gives the values Number() gives, fast path and fallback alike', () => {
    const tokens = [
      '5630711.617',
      '-0.0',
      '+12.5',
      '5.',
      '.25',
      '0.1',
      '330471.12345678901234567', // more digits than the in-place reading takes
      '9007199254740993',
      '1.5e3',
      '2E-2',
      '00012.0400'
    ];
    const text = ` \n\t${tokens.join('\u00a0 ')}\r\n  ${tokens[0]}`;
    const values = read(text);
    const expected = [...tokens, tokens[0]].map(Number);
    expect(values).toHaveLength(expected.length);
    values.forEach((v, i) => expect(Object.is(v, expected[i]), `${tokens[i]}`).toBe(true));
  });

  it('reads random coordinates exactly', () => {
    const nums: string[] = [];
    for (let i = 0; i < 2000; i++)
      nums.push((Math.random() * 10 ** (i % 9) * (i % 3 === 0 ? -1 : 1)).toFixed(i % 13));
    expect(read(nums.join(' '))).toEqual(nums.map(Number));
  });

  it('refuses tokens that are not decimals, naming them', () => {
    for (const bad of ['0x10', 'NaN', 'Infinity', '.', '-', '1.2.3', '1,5', '5..', '1e']) {
      let error: unknown = null;
      try {
        read(`1 2 ${bad} 4`);
      } catch (e) {
        error = e;
      }
      expect(error, bad).toBeInstanceOf(GeometryError);
      expect((error as GeometryError).de).toContain(`„${bad}“ ist keine Zahl`);
      expect((error as GeometryError).line).toBe(3);
    }
  });

  it('whitespace alone is no coordinate', () => {
    expect(read(' \n\u2003 ')).toEqual([]);
  });
});
