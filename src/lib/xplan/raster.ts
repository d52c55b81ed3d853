/**
 * Raster plans (refScan): where a scanned plan lies. XPlanGML names the image and its world
 * file (XP_ExterneReferenz: referenzURL, georefURL) in XP_Rasterdarstellung (5.x) or in the
 * *_Bereich (6.x); an XPlanArchiv carries both files. Pure functions: the image size from its
 * header (PNG, JPEG; a GeoTIFF is read by tiff.ts), the world file's affine transform, and the image's four corners in WGS84
 * in the order a MapLibre image source wants them (top left, top right, bottom right, bottom left).
 */
import { toWgs84 } from './crs';

export interface RasterReference {
  /** The image, as written (a file name in the archive, or a URL). */
  referenzURL: string;
  /** Its world file, if named. */
  georefURL: string | null;
}

/** Width and height in pixels of a PNG or JPEG, from its header; null for anything else. */
export function imageSize(b: Uint8Array): { width: number; height: number } | null {
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
    return { width: v.getUint32(16), height: v.getUint32(20) };
  }
  if (b[0] === 0xff && b[1] === 0xd8) {
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return null;
      const marker = b[i + 1] as number;
      const len = ((b[i + 2] as number) << 8) | (b[i + 3] as number);
      // SOF0–SOF15 except DHT (C4), JPG (C8), DAC (CC): height, width follow the precision byte
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
        return {
          height: ((b[i + 5] as number) << 8) | (b[i + 6] as number),
          width: ((b[i + 7] as number) << 8) | (b[i + 8] as number)
        };
      i += 2 + len;
    }
  }
  return null;
}

/** A world file's six numbers (A, D, B, E, C, F: pixel size x, rotations, pixel size y, centre of the top-left pixel). */
export function parseWorldFile(text: string): WorldTransform | null {
  const v = text
    .trim()
    .split(/\s+/)
    .map((t) => Number(t.replace(',', '.')));
  if (v.length < 6 || v.slice(0, 6).some((x) => !Number.isFinite(x))) return null;
  return v.slice(0, 6) as WorldTransform;
}

/** A world file's six numbers (see parseWorldFile). */
export type WorldTransform = [number, number, number, number, number, number];

/**
 * The image's corners in WGS84 [lon, lat] (top left, top right, bottom right, bottom left), from
 * its world file (text, or its six numbers) in the CRS `epsg` (EPSG code of the plan); the world
 * file names pixel centres, the corners are half a pixel further out.
 */
export function rasterCorners(
  worldFile: string | WorldTransform,
  width: number,
  height: number,
  epsg: number
): [number, number][] | null {
  const w = typeof worldFile === 'string' ? parseWorldFile(worldFile) : worldFile;
  if (!w) return null;
  const [a, d, b, e, c, f] = w;
  const at = (col: number, row: number): [number, number] => [
    a * col + b * row + c,
    d * col + e * row + f
  ];
  const t = toWgs84(epsg);
  return [
    at(-0.5, -0.5),
    at(width - 0.5, -0.5),
    at(width - 0.5, height - 0.5),
    at(-0.5, height - 0.5)
  ].map(([x, y]) => t(x, y));
}
