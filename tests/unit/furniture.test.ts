import { describe, expect, it } from 'vitest';
import { scaleBar } from '../../src/lib/export/furniture';

describe('scale bar', () => {
  it('picks the longest 1-2-5 length that fits', () => {
    expect(scaleBar(1, 180)).toEqual({ meters: 100, px: 100, label: '100 m' });
    expect(scaleBar(2.5, 240)).toEqual({ meters: 500, px: 200, label: '500 m' });
    expect(scaleBar(10, 150).label).toBe('1 km');
    expect(scaleBar(10, 250)).toEqual({ meters: 2000, px: 200, label: '2 km' });
  });
});
