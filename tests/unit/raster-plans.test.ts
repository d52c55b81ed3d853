/**
 * Raster plans of an XPlanArchiv on their way to the map: the CLI writes the image beside
 * plan.json (raster/<name>) with its corners, and `planRasters` turns plan.json's entries into
 * what the map draws (image URL and corners), leaving out anything it cannot place.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { strToU8, unzlibSync, zipSync } from 'fflate';
import { servedAttachments } from '../../src/lib/state/load';
import { planRasters } from '../../src/lib/xplan/placed-rasters';
import { imageSize } from '../../src/lib/xplan/raster';
import { fromWgs84 } from '../../src/lib/xplan/crs';
import { parsePlanMeta } from '../../src/lib/plan/validate';
import type { PlanMeta } from '../../src/lib/plan/types';
import {
  RASTER,
  RASTER_RGB,
  geoTiffArchive,
  rasterArchive,
  rasterCornersUtm,
  solidPng,
  tinyPdf
} from '../fixtures/raster-archive';

const work = mkdtempSync(join(tmpdir(), 'fnp-raster-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run import -- <zip> --out <out> --quiet`, which must succeed silently. */
function runImport(zip: string, out: string): void {
  const r = spawnSync(
    resolve('node_modules/.bin/tsx'),
    [resolve('cli/import.ts'), zip, '--out', out, '--quiet'],
    { encoding: 'utf8' }
  );
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}

describe('npm run import of an XPlanArchiv with a raster plan', () => {
  it('writes the image to raster/ and its corners (world file, half a pixel out) to plan.json', () => {
    const zip = join(work, 'bplan-raster.zip');
    writeFileSync(zip, rasterArchive());
    const out = join(work, 'data', 'bplan-raster');
    runImport(zip, out);
    expect(new Uint8Array(readFileSync(join(out, 'raster', 'T1_scan.png')))).toEqual(
      solidPng(RASTER.width, RASTER.height, RASTER_RGB)
    );
    const meta = parsePlanMeta(
      JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')),
      'plan.json'
    );
    const rasters = planRasters(meta, (r) => r.file ?? null);
    expect(rasters).toHaveLength(1);
    expect(rasters[0]!.url).toBe('raster/T1_scan.png');
    expect(rasters[0]!.name).toBe('T1_scan.png');
    const utm = fromWgs84(25832);
    rasters[0]!.corners.forEach(([lon, lat], i) => {
      const [x, y] = utm(lon, lat);
      const [ex, ey] = rasterCornersUtm()[i]!;
      expect(Math.abs(x - ex!)).toBeLessThan(0.02);
      expect(Math.abs(y - ey!)).toBeLessThan(0.02);
    });
    // The attachments are listed with their sizes, written to anlagen/ and named in plan.json.
    expect(meta.archive).toMatchObject({
      attachments: expect.arrayContaining([
        expect.objectContaining({
          name: 'Anlagen/Begruendung.pdf',
          kind: 'document',
          file: 'anlagen/Begruendung.pdf'
        })
      ])
    });
    expect(new Uint8Array(readFileSync(join(out, 'anlagen', 'Umweltbericht.pdf')))).toEqual(
      tinyPdf('Umweltbericht zum Bebauungsplan T1')
    );
    // The viewer serves them from data/<plan>/anlagen/.
    expect(servedAttachments(meta, 'data/bplan-raster').map((a) => [a.name, a.url])).toEqual([
      ['Anlagen/Begruendung.pdf', 'data/bplan-raster/anlagen/Begruendung.pdf'],
      ['Anlagen/Umweltbericht.pdf', 'data/bplan-raster/anlagen/Umweltbericht.pdf']
    ]);
  });

  it('writes attachments only under safe names inside anlagen/, never HTML', () => {
    const zip = join(work, 'hostile.zip');
    const gml = readFileSync(resolve('tests/fixtures/xplan/bplan-5.4-nutzungsschablone.gml'));
    writeFileSync(
      zip,
      zipSync({
        'plan.gml': new Uint8Array(gml),
        '../../ausbruch.pdf': tinyPdf('a'),
        'Anlagen/Begründung 2020.pdf': tinyPdf('b'),
        'Anlagen\\Umwelt.pdf': tinyPdf('c'),
        'seite.html': strToU8('<script>alert(1)</script>'),
        '.versteckt.pdf': tinyPdf('d')
      })
    );
    const out = join(work, 'data', 'hostile');
    runImport(zip, out);
    expect(readdirSync(join(out, 'anlagen')).sort()).toEqual(
      ['_versteckt.pdf', 'ausbruch.pdf', 'Begr_ndung_2020.pdf', 'Umwelt.pdf'].sort()
    );
    expect(existsSync(join(work, 'ausbruch.pdf'))).toBe(false);
    expect(existsSync(join(work, 'data', 'ausbruch.pdf'))).toBe(false);
    const meta = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) as PlanMeta;
    const listed = (meta.archive as { attachments: { name: string; file?: string }[] }).attachments;
    expect(listed.find((a) => a.name === 'seite.html')?.file).toBeUndefined();
    expect(new Uint8Array(readFileSync(join(out, 'anlagen', 'Begr_ndung_2020.pdf')))).toEqual(
      tinyPdf('b')
    );
    // A plan.json naming anything else is not served.
    const forged = {
      archive: {
        attachments: [
          { name: 'a', bytes: 1, file: 'anlagen/../plan.json' },
          { name: 'b', bytes: 1, file: 'anlagen/x.html' },
          { name: 'c', bytes: 1, file: '/etc/passwd' },
          { name: 'd', bytes: 1, file: 'anlagen/ok.pdf' }
        ]
      }
    } as unknown as PlanMeta;
    expect(servedAttachments(forged, 'd').map((a) => a.name)).toEqual(['d']);
  });
});

describe('npm run import of an XPlanArchiv with a GeoTIFF raster plan', () => {
  it('writes it as PNG beside plan.json', () => {
    const zip = join(work, 'bplan-geotiff.zip');
    writeFileSync(zip, geoTiffArchive());
    const out = join(work, 'data', 'bplan-geotiff');
    runImport(zip, out);
    const meta = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8'));
    expect(meta.rasters[0]).toMatchObject({
      referenzURL: 'T1_scan.tif',
      file: 'raster/T1_scan.png'
    });
    const png = new Uint8Array(readFileSync(join(out, 'raster', 'T1_scan.png')));
    expect(imageSize(png)).toEqual({ width: RASTER.width, height: RASTER.height });
    // IDAT right after IHDR: each row a filter byte 0 and RGBA pixels of the raster's colour
    expect(String.fromCharCode(...png.subarray(37, 41))).toBe('IDAT');
    const len = new DataView(png.buffer, png.byteOffset).getUint32(33);
    const raw = unzlibSync(png.subarray(41, 41 + len));
    expect(raw.length).toBe(RASTER.height * (1 + RASTER.width * 4));
    expect([...raw.subarray(0, 5)]).toEqual([0, ...RASTER_RGB, 255]);
  });
});

describe('planRasters', () => {
  const corners = [
    [6.47, 50.8],
    [6.49, 50.8],
    [6.49, 50.79],
    [6.47, 50.79]
  ];
  const meta = (rasters: unknown) => ({ rasters }) as unknown as PlanMeta;

  it('gives name, URL and corners of each placed raster', () => {
    expect(
      planRasters(
        meta([{ referenzURL: 'scans/Plan 1.png', corners }]),
        (r) => `blob:${r.referenzURL}`
      )
    ).toEqual([{ name: 'Plan 1.png', url: 'blob:scans/Plan 1.png', corners }]);
  });

  it('leaves out rasters without four sane corners or without an image', () => {
    const bad = [
      { referenzURL: 'a.png' },
      { referenzURL: 'b.png', corners: corners.slice(0, 3) },
      { referenzURL: 'c.png', corners: [[200, 50], ...corners.slice(1)] },
      { referenzURL: 'd.png', corners: [['6', 50], ...corners.slice(1)] },
      { corners },
      null,
      { referenzURL: 'fehlt.png', corners }
    ];
    expect(planRasters(meta(bad), (r) => (r.referenzURL === 'fehlt.png' ? null : 'x'))).toEqual([]);
    expect(planRasters(meta(undefined), () => 'x')).toEqual([]);
  });
});
