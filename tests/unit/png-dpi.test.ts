import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { crcsValid, pixelsPerMetre, readPhys, withDpi } from '../../src/lib/export/png-dpi';
import { mmToPx, paperSize } from '../../src/lib/export/layout';

describe('PNG resolution (pHYs)', () => {
  it('300 dpi is 11 811 px/m, and an A4 sheet at that is 3508 × 2480 px', () => {
    expect(pixelsPerMetre(300)).toBe(11811);
    const [w, h] = paperSize('a4', 'landscape');
    expect([mmToPx(w, 300), mmToPx(h, 300)]).toEqual([3508, 2480]);
  });

  it('writes a pHYs chunk after IHDR that reads back, with valid CRCs, the image untouched', async () => {
    const png = new Uint8Array(await QRCode.toBuffer('https://example.org/#map=12/50.8/6.48'));
    expect(readPhys(png)).toBeNull();
    const out = withDpi(png, 300);
    expect(readPhys(out)).toEqual({ x: 11811, y: 11811 });
    expect(crcsValid(out)).toBe(true);
    // Right after the 8-byte signature and the 25-byte IHDR chunk.
    expect(String.fromCharCode(...out.subarray(37, 41))).toBe('pHYs');
    expect(out.length).toBe(png.length + 21);
    // Everything else is byte for byte the same.
    expect([...out.subarray(0, 33)]).toEqual([...png.subarray(0, 33)]);
    expect([...out.subarray(54)]).toEqual([...png.subarray(33)]);
    // Once, however often it is set.
    const again = withDpi(withDpi(out, 96), 300);
    expect(again.length).toBe(out.length);
    expect(readPhys(again)).toEqual({ x: 11811, y: 11811 });
    expect(readPhys(withDpi(png, 150))).toEqual({ x: 5906, y: 5906 });
  });

  it('refuses what is not a PNG', () => {
    expect(() => withDpi(new Uint8Array([1, 2, 3]), 300)).toThrow(/PNG/);
    expect(readPhys(new Uint8Array(40))).toBeNull();
  });
});
