/**
 * GeoTIFF raster plans: the reader (src/lib/xplan/tiff.ts) gives the pixels of every kind it
 * supports and the placement from the GeoTIFF tags; it refuses other kinds naming what it found;
 * an XPlanArchiv with a GeoTIFF places it (tags, else a .tfw beside it); the CLI writing it as
 * PNG is tested in raster-plans.test.ts. The fixtures come from a writer of our own (tests/fixtures/geotiff.ts), whose
 * georeferencing `gdalinfo` confirms where it is installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGeoTiff, TiffRefused } from '../../src/lib/xplan/tiff';
import { rasterCorners } from '../../src/lib/xplan/raster';
import { importPlanCompact } from '../../src/lib/xplan';
import { fromWgs84 } from '../../src/lib/xplan/crs';
import { writeGeoTiff, type TiffSpec } from '../fixtures/geotiff';
import {
  geoTiffArchive,
  RASTER,
  RASTER_RGB,
  rasterCornersUtm,
  rasterGeoTiff
} from '../fixtures/raster-archive';

const work = mkdtempSync(join(tmpdir(), 'fnp-geotiff-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A pattern where every pixel differs: r = x·7, g = y·11, b = x + y, a = 255 − x. */
const pattern = (x: number, y: number) => [(x * 7) & 255, (y * 11) & 255, (x + y) & 255, 255 - x];
const W = 37;
const H = 23;

function expectedRgba(kind: 'rgb' | 'rgba' | 'gray'): Uint8Array {
  const out = new Uint8Array(W * H * 4);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const [r, g, b, a] = pattern(x, y) as [number, number, number, number];
      out.set(
        kind === 'gray' ? [r, r, r, 255] : [r, g, b, kind === 'rgba' ? a : 255],
        (y * W + x) * 4
      );
    }
  return out;
}

/** The corners in EPSG:25832 of a placed GeoTIFF. */
function utmCorners(tiff: Uint8Array): [number, number][] {
  const t = readGeoTiff(tiff, 'plan.tif');
  const utm = fromWgs84(25832);
  return rasterCorners(t.transform!, t.width, t.height, t.epsg!)!.map(([lon, lat]) =>
    utm(lon, lat)
  );
}

describe('readGeoTiff: pixels', () => {
  const cases: [string, Partial<TiffSpec>, 'rgb' | 'rgba' | 'gray'][] = [
    ['RGB, uncompressed, strips of 5 rows (last one short)', { rowsPerStrip: 5 }, 'rgb'],
    ['RGB, PackBits', { compression: 'packbits', rowsPerStrip: 4 }, 'rgb'],
    ['RGB, Deflate with predictor', { compression: 'deflate', predictor: true }, 'rgb'],
    [
      'RGBA, Deflate, tiles of 16 (edge tiles padded)',
      { kind: 'rgba', compression: 'deflate', tile: 16 },
      'rgba'
    ],
    ['gray, PackBits, tiles', { kind: 'gray', compression: 'packbits', tile: 16 }, 'gray']
  ];
  for (const [what, spec, kind] of cases)
    it(what, () => {
      const t = readGeoTiff(
        writeGeoTiff({ width: W, height: H, pixel: pattern, kind, ...spec }),
        'plan.tif'
      );
      expect([t.width, t.height]).toEqual([W, H]);
      expect(t.rgba).toEqual(expectedRgba(kind));
      expect(t.transform).toBeNull();
      expect(t.epsg).toBeNull();
    });

  it('palette: the colour map gives the colours', () => {
    const palette = Array.from({ length: 256 }, (_, i) => [i, 255 - i, (i * 3) & 255]);
    const t = readGeoTiff(
      writeGeoTiff({
        width: 4,
        height: 2,
        kind: 'palette',
        palette,
        pixel: (x, y) => [x * 10 + y]
      }),
      'p.tif'
    );
    expect([...t.rgba.subarray(0, 8)]).toEqual([0, 255, 0, 255, 10, 245, 30, 255]);
    expect([...t.rgba.subarray(4 * 4, 4 * 5)]).toEqual([1, 254, 3, 255]);
  });
});

describe('readGeoTiff: placement from the GeoTIFF tags', () => {
  const { width, height, pixel, left, top } = RASTER;

  it('ModelTiepoint + ModelPixelScale with ProjectedCSTypeGeoKey: the corners of the raster', () => {
    const t = readGeoTiff(rasterGeoTiff(), 'T1_scan.tif');
    expect(t.epsg).toBe(25832);
    // world-file numbers: the centre of the top-left pixel
    expect(t.transform).toEqual([pixel, 0, 0, -pixel, left + pixel / 2, top - pixel / 2]);
    utmCorners(rasterGeoTiff()).forEach(([x, y], i) => {
      expect(x).toBeCloseTo(rasterCornersUtm()[i]![0]!, 2);
      expect(y).toBeCloseTo(rasterCornersUtm()[i]![1]!, 2);
    });
  });

  it('ModelTransformation gives the same corners; RasterPixelIsPoint shifts by half a pixel', () => {
    const matrix = [pixel, 0, 0, left, 0, -pixel, 0, top, 0, 0, 0, 0, 0, 0, 0, 1];
    const byMatrix = rasterGeoTiff({ tiepoint: undefined, matrix });
    expect(utmCorners(byMatrix)[2]![0]).toBeCloseTo(left + width * pixel, 2);
    expect(utmCorners(byMatrix)[2]![1]).toBeCloseTo(top - height * pixel, 2);
    const point = readGeoTiff(rasterGeoTiff({ pixelIsPoint: true }), 'p.tif');
    // the tiepoint names the top-left pixel's centre
    expect(point.transform!.slice(4)).toEqual([left, top]);
  });

  it('reads what GDAL writes: LZW (with table resets), predictor, Deflate tiles, PackBits', (ctx) => {
    if (spawnSync('gdal_translate', ['--version']).status !== 0) {
      ctx.skip(); // gdal-bin (test-only) is not installed
      return;
    }
    // 300 × 200 pixels of little repetition: LZW fills its table and starts anew.
    const noise = (x: number, y: number) => [(x * 37 + y * 91) & 255, (x * y) & 255, (x ^ y) & 255];
    const source = join(work, 'source.tif');
    writeFileSync(
      source,
      writeGeoTiff({
        width: 300,
        height: 200,
        pixel: noise,
        tiepoint: { x: left, y: top, pixel },
        epsg: 25832
      })
    );
    const expected = new Uint8Array(300 * 200 * 4);
    for (let y = 0; y < 200; y++)
      for (let x = 0; x < 300; x++) expected.set([...noise(x, y), 255], (y * 300 + x) * 4);
    const options = [
      ['COMPRESS=LZW'],
      ['COMPRESS=LZW', 'PREDICTOR=2', 'TILED=YES', 'BLOCKXSIZE=64', 'BLOCKYSIZE=64'],
      ['COMPRESS=DEFLATE', 'PREDICTOR=2'],
      ['COMPRESS=PACKBITS', 'TILED=YES'],
      ['COMPRESS=NONE']
    ];
    for (const co of options) {
      const file = join(work, `gdal-${co.join('-')}.tif`);
      const r = spawnSync('gdal_translate', ['-q', ...co.flatMap((c) => ['-co', c]), source, file]);
      expect(r.status).toBe(0);
      const t = readGeoTiff(new Uint8Array(readFileSync(file)), 'gdal.tif');
      expect(Buffer.from(t.rgba).equals(Buffer.from(expected)), co.join(' ')).toBe(true);
      expect(t.transform).toEqual([pixel, 0, 0, -pixel, left + pixel / 2, top - pixel / 2]);
      expect(t.epsg).toBe(25832);
    }
  });

  it('gdalinfo reads the fixture’s georeferencing as written', (ctx) => {
    if (spawnSync('gdalinfo', ['--version']).status !== 0) {
      ctx.skip(); // gdal-bin (test-only) is not installed
      return;
    }
    const file = join(work, 'fixture.tif');
    writeFileSync(file, rasterGeoTiff());
    const r = spawnSync('gdalinfo', ['-json', file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const info = JSON.parse(r.stdout);
    expect(info.size).toEqual([width, height]);
    expect(info.geoTransform).toEqual([left, pixel, 0, top, 0, -pixel]);
    expect(JSON.stringify(info.coordinateSystem)).toContain('25832');
    expect(info.bands.map((b: { type: string }) => b.type)).toEqual(['Byte', 'Byte', 'Byte']);
  });
});

describe('readGeoTiff: refusals name what was found', () => {
  const base = { width: 4, height: 4, pixel: pattern } as const;
  const refusal = (spec: Partial<TiffSpec>) => {
    try {
      readGeoTiff(writeGeoTiff({ ...base, ...spec }), 'scan.tif');
    } catch (e) {
      expect(e).toBeInstanceOf(TiffRefused);
      return (e as TiffRefused).de;
    }
    throw new Error('not refused');
  };
  it('16 bits, JPEG, CMYK, BigTIFF, not a TIFF', () => {
    expect(refusal({ bits: 16 })).toBe(
      'Der Rasterplan „scan.tif“ wird nicht gezeigt: GeoTIFF mit 16 Bit je Kanal wird nicht unterstützt (nur 8 Bit).'
    );
    expect(refusal({ compression: 'jpeg' })).toMatch(
      /GeoTIFF mit JPEG-Kompression wird nicht unterstützt \(nur unkomprimiert, PackBits, LZW und Deflate\)/
    );
    expect(refusal({ kind: 'rgba', photometric: 5 })).toMatch(
      /Farbmodell CMYK wird nicht unterstützt/
    );
    expect(() => readGeoTiff(new Uint8Array(20), 'x.tif')).toThrow(/keine TIFF-Datei/);
    const big = new Uint8Array([0x49, 0x49, 43, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(() => readGeoTiff(big, 'x.tif')).toThrow(/BigTIFF wird nicht unterstützt/);
    const truncated = writeGeoTiff({ ...base }).subarray(0, 30);
    expect(() => readGeoTiff(truncated, 'x.tif')).toThrow(TiffRefused);
  });
});

describe('an XPlanArchiv with a GeoTIFF raster plan', () => {
  it('is placed by its tags and handed on decoded', () => {
    const c = importPlanCompact(geoTiffArchive(), 'bplan-geotiff.zip');
    const [r] = c.meta.rasters as { referenzURL: string; corners: [number, number][] }[];
    expect(r!.referenzURL).toBe('T1_scan.tif');
    const utm = fromWgs84(25832);
    r!.corners.forEach(([lon, lat], i) => {
      const [x, y] = utm(lon, lat);
      expect(Math.abs(x - rasterCornersUtm()[i]![0]!)).toBeLessThan(0.02);
      expect(Math.abs(y - rasterCornersUtm()[i]![1]!)).toBeLessThan(0.02);
    });
    const pixels = c.rasterPixels!.get('T1_scan.tif')!;
    expect([pixels.width, pixels.height]).toEqual([RASTER.width, RASTER.height]);
    expect([...pixels.rgba.subarray(0, 4)]).toEqual([...RASTER_RGB, 255]);
    expect(c.rasterImages).toBeUndefined();
  });

  it('without GeoTIFF tags, by a .tfw beside it (the plan’s EPSG); without either, a note', () => {
    const bare = rasterGeoTiff({ tiepoint: undefined, epsg: undefined });
    const tfw = [20, 0, 0, -20, 322310, 5630790].join('\n');
    const c = importPlanCompact(geoTiffArchive(bare, tfw), 'a.zip');
    const [r] = c.meta.rasters as { corners: [number, number][] }[];
    const [x, y] = fromWgs84(25832)(...r!.corners[2]!);
    expect(x).toBeCloseTo(322300 + 40 * 20, 1);
    expect(y).toBeCloseTo(5630800 - 30 * 20, 1);
    const none = importPlanCompact(geoTiffArchive(bare), 'b.zip');
    expect((none.meta.rasters as { corners?: unknown }[])[0]!.corners).toBeUndefined();
    expect(none.report.notes.map((n) => n.de)).toContain(
      'Der Rasterplan „T1_scan.tif“ wird nicht gezeigt: Er hat weder GeoTIFF-Georeferenzierung noch eine World-Datei.'
    );
  });

  it('a GeoTIFF the reader refuses: the import goes on, the note names why', () => {
    const c = importPlanCompact(geoTiffArchive(rasterGeoTiff({ bits: 16 })), 'c.zip');
    expect(c.count).toBeGreaterThan(0);
    expect(c.rasterPixels).toBeUndefined();
    expect(c.report.notes.map((n) => n.de).join('\n')).toMatch(
      /GeoTIFF mit 16 Bit je Kanal wird nicht unterstützt/
    );
  });
});
