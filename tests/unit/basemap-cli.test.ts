import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { installBasemap } from '../../cli/basemap';
import { isManifest } from '../../src/lib/state/basemap';
import { nameIndexEntries } from '../../src/lib/search/name-index';
import { mbtilesFile, pmtilesArchive } from '../hostile/tiles';

/** Real tiles of Düren (read, never copied into the project). */
const SHARED = join(__dirname, '../../../shared/geo/dueren-osm-2021/tiles');
const lonX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const latY = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};
// Four z14 tiles around the Kölnstraße in the city centre, and one far away (for --clip).
const X = lonX(6.488, 14);
const Y = latY(50.8037, 14);
const NEAR = [
  [X, Y],
  [X + 1, Y],
  [X, Y + 1],
  [X + 1, Y + 1]
] as const;
const FAR = [X + 300, Y] as const;

let work: string;
const tileBytes = (x: number, y: number) => readFileSync(join(SHARED, '14', String(x), `${y}.pbf`));

function makeDirectory(): string {
  const dir = join(work, 'dir');
  for (const [x, y] of NEAR) {
    mkdirSync(join(dir, '14', String(x)), { recursive: true });
    copyFileSync(join(SHARED, '14', String(x), `${y}.pbf`), join(dir, '14', String(x), `${y}.pbf`));
  }
  mkdirSync(join(dir, '14', String(FAR[0])), { recursive: true });
  copyFileSync(
    join(SHARED, '14', String(X), `${Y}.pbf`),
    join(dir, '14', String(FAR[0]), `${FAR[1]}.pbf`)
  );
  writeFileSync(
    join(dir, 'metadata.json'),
    JSON.stringify({ minzoom: 14, maxzoom: 14, attribution: '<a href="x">© OpenStreetMap</a>' })
  );
  return dir;
}

async function makeMbtiles(): Promise<string> {
  const file = join(work, 'dueren.mbtiles');
  const rows = NEAR.map(([x, y]) => [14, x, 2 ** 14 - 1 - y, gzipSync(tileBytes(x, y))] as const);
  writeFileSync(
    file,
    await mbtilesFile({ minzoom: '14', maxzoom: '14', bounds: '6.4,50.7,6.6,50.9' }, [...rows])
  );
  return file;
}

/** A minimal PMTiles v3 archive: header, one root directory, metadata, gzipped tiles. */
function makePmtiles(): string {
  const tiles = NEAR.map(([x, y]) => ({ z: 14, x, y, data: gzipSync(tileBytes(x, y)) }));
  const file = join(work, 'dueren.pmtiles');
  writeFileSync(file, pmtilesArchive(tiles, {}, { attribution: '© OpenStreetMap-Mitwirkende' }));
  return file;
}

function installed(site: string) {
  const manifest: unknown = JSON.parse(readFileSync(join(site, 'basemap', 'basemap.json'), 'utf8'));
  const search = nameIndexEntries(
    JSON.parse(readFileSync(join(site, 'basemap', 'search.json'), 'utf8'))
  );
  return { manifest, search };
}

const isPlainTile = (site: string, x: number, y: number) => {
  const b = readFileSync(join(site, 'basemap', 'tiles', '14', String(x), `${y}.pbf`));
  return b.equals(tileBytes(x, y));
};

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'fnp-basemap-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run basemap', () => {
  it('installs a tile folder with its metadata, tiles and a street index', async () => {
    const site = join(work, 'site-dir');
    const r = await installBasemap(makeDirectory(), { clip: false, site });
    expect(r.count).toBe(5);
    const { manifest, search } = installed(site);
    expect(isManifest(manifest)).toBe(true);
    expect((manifest as { attribution: string }).attribution).toBe('© OpenStreetMap');
    expect(search.some((e) => e.kind === 'street' && e.label === 'Kölnstraße')).toBe(true);
    expect(isPlainTile(site, X, Y)).toBe(true);
  });

  it('--clip keeps only tiles near the plans', async () => {
    const site = join(work, 'site-clip');
    const r = await installBasemap(join(work, 'dir'), { clip: true, site });
    expect(r.count).toBe(4);
    expect(existsSync(join(site, 'basemap', 'tiles', '14', String(FAR[0])))).toBe(false);
  });

  it('reads an .mbtiles file (TMS rows, gzipped tiles)', async () => {
    const site = join(work, 'site-mbtiles');
    const r = await installBasemap(await makeMbtiles(), { clip: false, site });
    expect(r.count).toBe(4);
    expect(isPlainTile(site, X, Y)).toBe(true);
    expect(installed(site).search.some((e) => e.label === 'Kölnstraße')).toBe(true);
    // Bounds: where tiles are (so MapLibre asks for no missing tile), within the file's bounds.
    const [w, s, e, n] = (installed(site).manifest as { bounds: [number, number, number, number] })
      .bounds;
    expect(w).toBeGreaterThanOrEqual(6.4);
    expect(e).toBeLessThanOrEqual(6.6);
    expect(w).toBeLessThan(6.488);
    expect(e).toBeGreaterThan(6.488);
    expect(s).toBeLessThan(50.8037);
    expect(n).toBeGreaterThan(50.8037);
    expect(e - w).toBeLessThan(0.05);
  });

  it('reads a .pmtiles file', async () => {
    const site = join(work, 'site-pmtiles');
    const r = await installBasemap(makePmtiles(), { clip: false, site });
    expect(r.count).toBe(4);
    expect(isPlainTile(site, X + 1, Y + 1)).toBe(true);
    const { manifest, search } = installed(site);
    expect((manifest as { attribution: string }).attribution).toBe('© OpenStreetMap-Mitwirkende');
    expect(search.some((e) => e.label === 'Kölnstraße')).toBe(true);
  });

  it('names what is wrong with an unusable source', async () => {
    const bad = join(work, 'bad.mbtiles');
    writeFileSync(bad, 'kein sqlite');
    await expect(installBasemap(bad, { clip: false, site: join(work, 'x') })).rejects.toThrow(
      /keine lesbare MBTiles-Datei/
    );
    await expect(
      installBasemap(join(work, 'fehlt'), { clip: false, site: join(work, 'x') })
    ).rejects.toThrow(/gibt es nicht/);
    mkdirSync(join(work, 'empty'));
    await expect(
      installBasemap(join(work, 'empty'), { clip: false, site: join(work, 'x') })
    ).rejects.toThrow(/metadata\.json/);
  });
});
