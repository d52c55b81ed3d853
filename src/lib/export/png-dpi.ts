/**
 * The resolution a PNG is meant for, in its pHYs chunk (pixels per metre), so that a slide
 * program or a print shop places a 300 dpi map at its size on paper: A4 at 300 dpi is
 * 11 811 px/m. Canvas `toBlob` writes no pHYs; `withDpi` inserts one after the header.
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let table: Uint32Array | null = null;
/** CRC-32 of PNG chunks (ISO 3309), as the PNG specification defines it. */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = (table[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Pixels per metre for `dpi` (300 dpi → 11 811). */
export const pixelsPerMetre = (dpi: number) => Math.round(dpi / 0.0254);

function isPng(bytes: Uint8Array) {
  return bytes.length > 33 && SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The chunks of a PNG: type and where its data lies. */
function* chunks(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    yield { type, start: at, data: at + 8, length, end: at + 12 + length };
    at += 12 + length;
  }
}

/** The PNG with a pHYs chunk for `dpi` (any existing pHYs replaced). */
export function withDpi(png: Uint8Array, dpi: number): Uint8Array {
  if (!isPng(png)) throw new Error('not a PNG');
  const ppm = pixelsPerMetre(dpi);
  const chunk = new Uint8Array(21);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  view.setUint32(8, ppm);
  view.setUint32(12, ppm);
  chunk[16] = 1; // unit: metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (const c of chunks(png)) {
    if (c.type === 'pHYs') continue;
    parts.push(png.subarray(c.start, c.end));
    if (c.type === 'IHDR') parts.push(chunk);
  }
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The pHYs of a PNG as pixels per metre (x, y), or null if it has none or none in metres. */
export function readPhys(png: Uint8Array): { x: number; y: number } | null {
  if (!isPng(png)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (const c of chunks(png)) {
    if (c.type === 'pHYs' && c.length === 9 && png[c.data + 8] === 1)
      return { x: view.getUint32(c.data), y: view.getUint32(c.data + 4) };
    if (c.type === 'IDAT') return null;
  }
  return null;
}

/** Whether every chunk's CRC is right (a PNG reader would refuse it otherwise). */
export function crcsValid(png: Uint8Array): boolean {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (const c of chunks(png))
    if (crc32(png.subarray(c.start + 4, c.data + c.length)) !== view.getUint32(c.data + c.length))
      return false;
  return true;
}
