/**
 * GeoTIFF raster plans: a minimal baseline-TIFF reader for what scanned plans use — 8 bits per
 * sample, gray, RGB, RGBA or palette, in strips or tiles, uncompressed, PackBits, LZW or
 * Deflate (fflate, pure JS), with the horizontal predictor — and the GeoTIFF tags that place it
 * (ModelTiepoint + ModelPixelScale or ModelTransformation; ProjectedCSTypeGeoKey,
 * RasterPixelIsPoint). Anything else is refused with a German message naming what was found
 * (`TiffRefused`). Pure: no node APIs, no DOM.
 */
import { unzlibSync } from 'fflate';

/** A TIFF this reader does not show; `de` names what was found. */
export class TiffRefused extends Error {
  constructor(
    readonly de: string,
    readonly en: string
  ) {
    super(de);
  }
}

/** At most this many pixels (RGBA in memory: 4 bytes each). */
export const MAX_TIFF_PIXELS = 64_000_000;

export interface GeoTiff {
  width: number;
  height: number;
  /** Pixels, RGBA, row by row from the top. */
  rgba: Uint8Array;
  /**
   * Where it lies, as a world file's six numbers (A, D, B, E, C, F; C, F = centre of the top-left
   * pixel), from ModelTiepoint + ModelPixelScale or ModelTransformation; null without them.
   */
  transform: [number, number, number, number, number, number] | null;
  /** ProjectedCSTypeGeoKey (or GeographicTypeGeoKey without it); null if not given. */
  epsg: number | null;
}

export function isTiff(b: Uint8Array): boolean {
  return (
    b.length >= 8 &&
    ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 42 && b[3] === 0) ||
      (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 42))
  );
}

const COMPRESSION: Record<number, string> = {
  2: 'CCITT-Gruppe-3 (RLE)',
  3: 'CCITT-Gruppe-3',
  4: 'CCITT-Gruppe-4',
  6: 'JPEG (alt)',
  7: 'JPEG',
  34712: 'JPEG 2000',
  50000: 'ZSTD',
  50001: 'WebP',
  34887: 'LERC'
};
const PHOTOMETRIC: Record<number, string> = {
  4: 'Transparenzmaske',
  5: 'CMYK',
  6: 'YCbCr',
  8: 'CIELab'
};

type Tags = Map<number, number[]>;

/** Reads the first image of a TIFF and its GeoTIFF tags; throws TiffRefused. */
export function readGeoTiff(b: Uint8Array, name: string): GeoTiff {
  const refuse = (de: string, en: string): never => {
    throw new TiffRefused(
      `Der Rasterplan „${name}“ wird nicht gezeigt: ${de}`,
      `Raster plan "${name}" is not shown: ${en}`
    );
  };
  if (!isTiff(b))
    refuse(
      b[2] === 43 || b[3] === 43 ? 'BigTIFF wird nicht unterstützt.' : 'Er ist keine TIFF-Datei.',
      b[2] === 43 || b[3] === 43 ? 'BigTIFF is not supported.' : 'it is not a TIFF file.'
    );
  if (b.length < 16) refuse('Die TIFF-Datei ist unvollständig.', 'the TIFF file is truncated.');
  const le = b[0] === 0x49;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const u16 = (at: number) => v.getUint16(at, le);
  const u32 = (at: number) => v.getUint32(at, le);
  const tags: Tags = new Map();
  try {
    const ifd = u32(4);
    const n = u16(ifd);
    const SIZE: Record<number, number> = {
      1: 1,
      2: 1,
      3: 2,
      4: 4,
      5: 8,
      6: 1,
      7: 1,
      8: 2,
      9: 4,
      10: 8,
      11: 4,
      12: 8
    };
    for (let i = 0; i < n; i++) {
      const e = ifd + 2 + i * 12;
      const tag = u16(e);
      const type = u16(e + 2);
      const count = u32(e + 4);
      const size = SIZE[type];
      if (!size || count > b.length) continue;
      const at = size * count <= 4 ? e + 8 : u32(e + 8);
      const values: number[] = [];
      for (let k = 0; k < count; k++) {
        const p = at + k * size;
        values.push(
          type === 3 || type === 8
            ? u16(p)
            : type === 4 || type === 9
              ? u32(p)
              : type === 5
                ? u32(p) / u32(p + 4)
                : type === 11
                  ? v.getFloat32(p, le)
                  : type === 12
                    ? v.getFloat64(p, le)
                    : (b[p] as number)
        );
      }
      tags.set(tag, values);
    }
  } catch {
    refuse('Die TIFF-Datei ist unvollständig.', 'the TIFF file is truncated.');
  }
  const one = (tag: number, fallback?: number): number => {
    const x = tags.get(tag)?.[0] ?? fallback;
    if (x === undefined) refuse(`Ihr fehlt der TIFF-Eintrag ${tag}.`, `it lacks TIFF tag ${tag}.`);
    return x as number;
  };
  const width = one(256);
  const height = one(257);
  const spp = one(277, 1);
  const bits = tags.get(258) ?? [1];
  const compression = one(259, 1);
  const photometric = one(262, 2);
  const predictor = one(317, 1);
  if (bits.some((x) => x !== 8))
    refuse(
      `GeoTIFF mit ${bits[0]} Bit je Kanal wird nicht unterstützt (nur 8 Bit).`,
      `GeoTIFF with ${bits[0]} bits per sample is not supported (8 bits only).`
    );
  if (one(339, 1) !== 1)
    refuse(
      'GeoTIFF mit Gleitkomma- oder vorzeichenbehafteten Werten wird nicht unterstützt.',
      'GeoTIFF with floating-point or signed samples is not supported.'
    );
  if (![1, 5, 8, 32773, 32946].includes(compression))
    refuse(
      `GeoTIFF mit ${COMPRESSION[compression] ?? `Kompression ${compression}`}-Kompression wird nicht unterstützt (nur unkomprimiert, PackBits, LZW und Deflate).`,
      `GeoTIFF with compression ${COMPRESSION[compression] ?? compression} is not supported (uncompressed, PackBits, LZW and Deflate only).`
    );
  if (photometric > 3)
    refuse(
      `GeoTIFF im Farbmodell ${PHOTOMETRIC[photometric] ?? photometric} wird nicht unterstützt (nur Grau, RGB und Palette).`,
      `GeoTIFF in colour model ${PHOTOMETRIC[photometric] ?? photometric} is not supported (gray, RGB and palette only).`
    );
  if (photometric === 2 ? spp < 3 || spp > 4 : spp > 2)
    refuse(
      `GeoTIFF mit ${spp} Kanälen in diesem Farbmodell wird nicht unterstützt.`,
      `GeoTIFF with ${spp} samples in this colour model is not supported.`
    );
  if (spp > 1 && one(284, 1) !== 1)
    refuse(
      'GeoTIFF mit getrennten Farbebenen (PlanarConfiguration 2) wird nicht unterstützt.',
      'GeoTIFF with separate colour planes is not supported.'
    );
  if (predictor !== 1 && predictor !== 2)
    refuse(
      `GeoTIFF mit dem Prädiktor ${predictor} wird nicht unterstützt.`,
      `GeoTIFF with predictor ${predictor} is not supported.`
    );
  if (width * height > MAX_TIFF_PIXELS || width < 1 || height < 1)
    refuse(
      `Das Bild hat ${width.toLocaleString('de-DE')} × ${height.toLocaleString('de-DE')} Pixel; gezeigt werden höchstens ${(MAX_TIFF_PIXELS / 1e6).toLocaleString('de-DE')} Millionen.`,
      `the image has ${width} × ${height} pixels; at most ${MAX_TIFF_PIXELS / 1e6} million are shown.`
    );
  const palette = tags.get(320);
  if (photometric === 3 && (!palette || palette.length < 3 * 256))
    refuse('Der Palette-TIFF fehlt die Farbtabelle.', 'the palette TIFF has no colour map.');

  // Blocks: strips (full width) or tiles.
  const tiled = tags.has(322);
  const bw = tiled ? one(322) : width;
  const bh = tiled ? one(323) : Math.min(one(278, height), height);
  const offsets = tags.get(tiled ? 324 : 273) ?? [];
  const counts = tags.get(tiled ? 325 : 279) ?? [];
  const across = Math.ceil(width / bw);
  const blocks = across * Math.ceil(height / bh);
  if (offsets.length < blocks || counts.length < blocks)
    refuse('Der TIFF-Datei fehlen Bildstreifen.', 'the TIFF file lacks image strips.');

  const rgba = new Uint8Array(width * height * 4);
  const alpha = photometric === 2 ? spp === 4 : spp === 2;
  if (!alpha) rgba.fill(255);
  // Gray and palette through a table per channel.
  const [lutR, lutG, lutB] = [0, 1, 2].map((ch) =>
    Uint8Array.from({ length: 256 }, (_, g) =>
      photometric === 3
        ? ((palette as number[])[ch * 256 + g] as number) >> 8
        : photometric === 0
          ? 255 - g
          : g
    )
  ) as [Uint8Array, Uint8Array, Uint8Array];
  for (let k = 0; k < blocks; k++) {
    const start = offsets[k] as number;
    const raw = b.subarray(start, start + (counts[k] as number));
    const rows = tiled ? bh : Math.min(bh, height - Math.floor(k / across) * bh);
    const expected = bw * rows * spp;
    let data: Uint8Array;
    try {
      data =
        compression === 1
          ? raw
          : compression === 32773
            ? unpackBits(raw, expected)
            : compression === 5
              ? unLzw(raw, expected)
              : unzlibSync(raw);
    } catch {
      return refuse(
        'Ein Bildstreifen lässt sich nicht entpacken.',
        'an image strip cannot be unpacked.'
      );
    }
    if (data.length < expected)
      refuse('Ein Bildstreifen ist unvollständig.', 'an image strip is truncated.');
    if (predictor === 2) {
      data = data.slice(0, expected);
      for (let r = 0; r < rows; r++)
        for (let i = r * bw * spp + spp; i < (r + 1) * bw * spp; i++)
          data[i] = ((data[i] as number) + (data[i - spp] as number)) & 0xff;
    }
    const x0 = (k % across) * bw;
    const y0 = Math.floor(k / across) * bh;
    const cols = Math.min(bw, width - x0);
    for (let r = 0; r < rows && y0 + r < height; r++) {
      let s = r * bw * spp;
      let o = ((y0 + r) * width + x0) * 4;
      const end = o + cols * 4;
      if (photometric === 2)
        for (; o < end; o += 4, s += spp) {
          rgba[o] = data[s] as number;
          rgba[o + 1] = data[s + 1] as number;
          rgba[o + 2] = data[s + 2] as number;
          if (alpha) rgba[o + 3] = data[s + 3] as number;
        }
      else
        for (; o < end; o += 4, s += spp) {
          const g = data[s] as number;
          rgba[o] = lutR[g] as number;
          rgba[o + 1] = lutG[g] as number;
          rgba[o + 2] = lutB[g] as number;
          if (alpha) rgba[o + 3] = data[s + 1] as number;
        }
    }
  }
  return { width, height, rgba, ...geoOf(tags) };
}

/** PackBits (TIFF compression 32773), at most `size` bytes out. */
function unpackBits(src: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let o = 0;
  for (let i = 0; i < src.length && o < size;) {
    const n = ((src[i++] as number) << 24) >> 24;
    if (n >= 0) {
      out.set(src.subarray(i, i + n + 1).subarray(0, size - o), o);
      o += n + 1;
      i += n + 1;
    } else if (n !== -128) {
      out.fill(src[i++] as number, o, Math.min(size, o - n + 1));
      o += -n + 1;
    }
  }
  return out.subarray(0, Math.min(o, size));
}

/** TIFF LZW (compression 5: MSB first, 9–12 bit codes, early change), at most `size` bytes out. */
function unLzw(src: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  const prefix = new Int16Array(4096);
  const last = new Uint8Array(4096);
  const length = new Uint16Array(4096);
  for (let c = 0; c < 256; c++) {
    prefix[c] = -1;
    last[c] = c;
    length[c] = 1;
  }
  let o = 0;
  let next = 258;
  let width = 9;
  let prev = -1;
  let buf = 0;
  let bits = 0;
  let i = 0;
  /** Writes the string of `code` at `o` (cut at `size`); returns its first byte. */
  const put = (code: number): number => {
    const n = length[code] as number;
    let c = code;
    for (let k = n - 1; k > 0; k--) {
      if (o + k < size) out[o + k] = last[c] as number;
      c = prefix[c] as number;
    }
    if (o < size) out[o] = last[c] as number;
    o += n;
    return last[c] as number;
  };
  while (o < size) {
    while (bits < width) {
      if (i >= src.length) return out.subarray(0, Math.min(o, size));
      buf = ((buf & ((1 << bits) - 1)) << 8) | (src[i++] as number);
      bits += 8;
    }
    const code = (buf >>> (bits - width)) & ((1 << width) - 1);
    bits -= width;
    if (code === 257) break;
    if (code === 256) {
      next = 258;
      width = 9;
      prev = -1;
      continue;
    }
    if (prev === -1) {
      if (code > 255) throw new Error('lzw');
      put(code);
      prev = code;
      continue;
    }
    let first: number;
    if (code < next) first = put(code);
    else if (code === next) {
      first = put(prev);
      if (o < size) out[o] = first;
      o++;
    } else throw new Error('lzw');
    if (next < 4096) {
      prefix[next] = prev;
      last[next] = first;
      length[next] = (length[prev] as number) + 1;
      next++;
    }
    if (next === (1 << width) - 1 && width < 12) width++;
    prev = code;
  }
  return out.subarray(0, Math.min(o, size));
}

/** The GeoTIFF placement: world-file numbers and EPSG code. */
function geoOf(tags: Tags): Pick<GeoTiff, 'transform' | 'epsg'> {
  const keys = new Map<number, number>();
  const dir = tags.get(34735) ?? [];
  for (let i = 4; i + 3 < dir.length && i < 4 + 4 * (dir[3] ?? 0); i += 4)
    if (dir[i + 1] === 0) keys.set(dir[i] as number, dir[i + 3] as number);
  const epsgKey = keys.get(3072) ?? keys.get(2048);
  const epsg = epsgKey !== undefined && epsgKey > 0 && epsgKey < 32767 ? epsgKey : null;
  // RasterPixelIsPoint (GTRasterTypeGeoKey 2): raster (0, 0) is the top-left pixel's centre.
  const half = keys.get(1025) === 2 ? 0 : 0.5;
  const m = tags.get(34264);
  if (m && m.length >= 16) {
    const [a, b, , c, d, e, , f] = m as number[];
    return {
      transform: [a!, d!, b!, e!, a! * half + b! * half + c!, d! * half + e! * half + f!],
      epsg
    };
  }
  const tie = tags.get(33922);
  const scale = tags.get(33550);
  if (tie && tie.length >= 6 && scale && scale.length >= 2) {
    const [i, j, , x, y] = tie as number[];
    const [sx, sy] = scale as number[];
    return {
      transform: [sx!, 0, 0, -sy!, x! + (half - i!) * sx!, y! - (half - j!) * sy!],
      epsg
    };
  }
  return { transform: null, epsg };
}
