import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { installBasemap } from '../../cli/basemap';
import { isManifest } from '../../src/lib/state/basemap';
import { nameIndexEntries } from '../../src/lib/search/name-index';
import { generateTiles, tileXY } from '../fixtures/generate';
import { pmtilesArchive } from '../hostile/tiles';

// Four z14 tiles around the Kölnstraße in the city centre, and one far away (for --clip).
const [X, Y] = tileXY(6.488, 50.8037, 14);
const NEAR = [
  [X, Y],
  [X + 1, Y],
  [X, Y + 1],
  [X + 1, Y + 1]
] as const;
const FAR = [X + 300, Y] as const;

/** Generated OpenMapTiles-schema tiles: a street (Kölnstraße in the first) and a place each. */
const TILES = new Map(
  generateTiles([...NEAR, FAR], 14).map((t) => [`${t.x}/${t.y}`, Buffer.from(t.data)])
);
const tileBytes = (x: number, y: number): Buffer => TILES.get(`${x}/${y}`)!;

/** Each test's own folder: no test reads what another wrote. */
let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'fnp-basemap-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function makeDirectory(): string {
  const dir = join(work, 'dir');
  for (const [x, y] of [...NEAR, FAR]) {
    mkdirSync(join(dir, '14', String(x)), { recursive: true });
    writeFileSync(join(dir, '14', String(x), `${y}.pbf`), tileBytes(x, y));
  }
  writeFileSync(
    join(dir, 'metadata.json'),
    JSON.stringify({ minzoom: 14, maxzoom: 14, attribution: '<a href="x">© OpenStreetMap</a>' })
  );
  return dir;
}

async function makeMbtiles(): Promise<string> {
  const { default: initSqlJs } = await import('sql.js');
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.run(
    'CREATE TABLE metadata (name TEXT, value TEXT); CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);'
  );
  db.run(
    "INSERT INTO metadata VALUES ('minzoom','14'),('maxzoom','14'),('bounds','6.4,50.7,6.6,50.9')"
  );
  for (const [x, y] of NEAR)
    db.run('INSERT INTO tiles VALUES (14, ?, ?, ?)', [
      x,
      2 ** 14 - 1 - y,
      gzipSync(tileBytes(x, y))
    ]);
  const file = join(work, 'dueren.mbtiles');
  writeFileSync(file, db.export());
  db.close();
  return file;
}

/** A minimal PMTiles v3 archive: header, one root directory, metadata, gzipped tiles. */
function makePmtiles(): string {
  const archive = pmtilesArchive(
    NEAR.map(([x, y]) => ({ z: 14, x, y, data: gzipSync(tileBytes(x, y)) })),
    { minZoom: 14, maxZoom: 14, bounds: [6.47, 50.79, 6.51, 50.815], tileCompression: 2 },
    { attribution: '© OpenStreetMap-Mitwirkende' }
  );
  const file = join(work, 'dueren.pmtiles');
  writeFileSync(file, archive);
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

describe('npm run basemap', () => {
  it('installs a tile folder with its metadata, tiles and a street index', async () => {
    const site = join(work, 'site-dir');
    const r = await installBasemap(makeDirectory(), { clip: false, site });
    expect(r.count).toBe(5);
    const { manifest, search } = installed(site);
    expect(isManifest(manifest)).toBe(true);
    expect((manifest as { attribution: string }).attribution).toBe('© OpenStreetMap');
    expect(search.some((e) => e.kind === 'street' && e.label === 'Kölnstraße')).toBe(true);
    expect(search.some((e) => e.kind === 'street' && e.label === 'Wilhelmstraße')).toBe(true);
    expect(search.some((e) => e.kind === 'place' && e.label === 'Innenstadt')).toBe(true);
    expect(isPlainTile(site, X, Y)).toBe(true);
  });

  it('--clip keeps only tiles near the plans', async () => {
    const site = join(work, 'site-clip');
    const r = await installBasemap(makeDirectory(), { clip: true, site });
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
