/**
 * Hostile tile sources for `npm run basemap` (issue 26): tile sources are data, not paths.
 * Every source is made at test time (tests/hostile/tiles.ts); none needs ../shared.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { installBasemap } from '../../cli/basemap';
import { isManifest } from '../../src/lib/state/basemap';
import { emptyVectorTile, mbtilesFile, pmtilesArchive } from '../hostile/tiles';
import { treeHash } from '../hostile/tree';

const work = mkdtempSync(join(tmpdir(), 'fnp-basemap-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const TILE = emptyVectorTile();
let n = 0;
const fresh = (name: string) => join(work, `${name}-${n++}`);

/** A folder source with tiles at the given z/x/y (and metadata.json). */
function folderSource(tiles: [number, number, number][], data = TILE): string {
  const dir = fresh('folder');
  for (const [z, x, y] of tiles) {
    mkdirSync(join(dir, String(z), String(x)), { recursive: true });
    writeFileSync(join(dir, String(z), String(x), `${y}.pbf`), data);
  }
  writeFileSync(join(dir, 'metadata.json'), JSON.stringify({ minzoom: 0, maxzoom: 14 }));
  return dir;
}

async function mbtiles(rows: (readonly [unknown, unknown, unknown, Uint8Array])[]) {
  const file = `${fresh('src')}.mbtiles`;
  writeFileSync(file, await mbtilesFile({ minzoom: '0', maxzoom: '14' }, rows));
  return file;
}

function pmtiles(...args: Parameters<typeof pmtilesArchive>): string {
  const file = `${fresh('src')}.pmtiles`;
  writeFileSync(file, pmtilesArchive(...args));
  return file;
}

/** Only the installation and nothing else in the site (no temporary folders). */
const siteEntries = (site: string) => (existsSync(site) ? readdirSync(site).sort() : []);

describe('basemap: tile coordinates are numbers, never paths', () => {
  it('an .mbtiles tile_column "../../…/tmp/pwned" is refused; nothing is written outside the site', async () => {
    const site = fresh('site');
    const target = join(work, 'pwned');
    const file = await mbtiles([
      [14, 8487, 10853, gzipSync(TILE)],
      [14, `../../../../../../..${target}`, 0, gzipSync(TILE)]
    ]);
    await expect(installBasemap(file, { clip: false, site })).rejects.toThrow(
      /Zeile 2 der Tabelle tiles: ungültige Kachelnummer/
    );
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(work).filter((f) => f.includes('pwned'))).toEqual([]);
    expect(siteEntries(site)).toEqual([]);
  });

  it('zoom above 22, x or y outside 0…2^z − 1, fractions and negatives are refused', async () => {
    for (const row of [
      [30, 0, 0],
      [14, 2 ** 14, 0],
      [3, 1.5, 0],
      [3, 0, -1],
      ['drei', 0, 0]
    ] as const) {
      const file = await mbtiles([[row[0], row[1], row[2], TILE]]);
      await expect(
        installBasemap(file, { clip: false, site: fresh('site') }),
        String(row)
      ).rejects.toThrow(/ungültige Kachelnummer/);
    }
  });
});

describe('basemap: a folder source never follows symbolic links', () => {
  it('a tile linked to a private key is not read or installed; a linked x folder neither', async () => {
    const secret = join(work, 'id_ed25519');
    writeFileSync(secret, '-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n', { mode: 0o600 });
    const src = folderSource([[14, 8487, 10853]]);
    symlinkSync(secret, join(src, '14', '8487', '10854.pbf'));
    symlinkSync(join(src, '14', '8487'), join(src, '14', '8488'));
    const site = fresh('site');
    const r = await installBasemap(src, { clip: false, site });
    expect(r.count).toBe(1);
    expect(r.skipped).toBe(2);
    expect(existsSync(join(site, 'basemap', 'tiles', '14', '8487', '10854.pbf'))).toBe(false);
    expect(existsSync(join(site, 'basemap', 'tiles', '14', '8488'))).toBe(false);
    const all = JSON.stringify(readdirSync(join(site, 'basemap'), { recursive: true }));
    expect(all).not.toMatch(/10854|8488/);
  });
});

describe('basemap: each tile is unpacked with a cap and parsed before it is installed', () => {
  it('a tile that unpacks to 64 MB (a „zip bomb“) is refused, and nothing is installed', async () => {
    const bomb = gzipSync(Buffer.alloc(64 << 20), { level: 9 });
    expect(bomb.length).toBeLessThan(1 << 20);
    const site = fresh('site');
    await expect(
      installBasemap(folderSource([[14, 1, 1]], bomb), { clip: false, site })
    ).rejects.toThrow(/Kachel 14\/1\/1 wird entpackt größer als 16\.777\.216 Bytes/);
    const file = await mbtiles([[14, 1, 2 ** 14 - 2, bomb]]);
    await expect(installBasemap(file, { clip: false, site })).rejects.toThrow(/Zip-Bombe/);
    expect(siteEntries(site)).toEqual([]);
  });

  it('bytes that are no vector tile are refused', async () => {
    await expect(
      installBasemap(folderSource([[14, 1, 1]], Buffer.from('<html>not a tile</html>')), {
        clip: false,
        site: fresh('site')
      })
    ).rejects.toThrow(/keine lesbare Vektorkachel/);
  });
});

describe('basemap: PMTiles header checked, work bounded', () => {
  it('maxZoom 30 with world bounds is refused at once', async () => {
    const started = Date.now();
    const file = pmtiles([{ z: 0, x: 0, y: 0, data: gzipSync(TILE) }], {
      minZoom: 0,
      maxZoom: 30,
      bounds: [-180, -85, 180, 85]
    });
    await expect(installBasemap(file, { clip: false, site: fresh('site') })).rejects.toThrow(
      /Zoomstufen 0–30 im Kopf der Datei; erlaubt ist 0–22/
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('magic „PMTilex“ and version 2 are refused', async () => {
    const tiles = [{ z: 14, x: 8487, y: 5530, data: gzipSync(TILE) }];
    await expect(
      installBasemap(pmtiles(tiles, { magic: 'PMTilex' }), { clip: false, site: fresh('site') })
    ).rejects.toThrow(/keine PMTiles-Datei/);
    await expect(
      installBasemap(pmtiles(tiles, { version: 2 }), { clip: false, site: fresh('site') })
    ).rejects.toThrow(/Version 2; gelesen wird Version 3/);
  });

  it('a source with more tile positions than the limit is refused, saying how many', async () => {
    const file = pmtiles([{ z: 0, x: 0, y: 0, data: gzipSync(TILE) }], {
      minZoom: 0,
      maxZoom: 14,
      bounds: [-180, -85, 180, 85]
    });
    const started = Date.now();
    await expect(installBasemap(file, { clip: false, site: fresh('site') })).rejects.toThrow(
      /umfasst 356\.785\.493 Kachelpositionen; höchstens 250\.000 werden installiert/
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('basemap: a failing source keeps the installed basemap', () => {
  it('an empty folder, a bad tile midway and a refused site leave the old installation as it was', async () => {
    const site = fresh('site');
    const first = await installBasemap(folderSource([[14, 8487, 10853]]), { clip: false, site });
    expect(first.count).toBe(1);
    const before = treeHash(site);
    const empty = fresh('empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'metadata.json'), '{}');
    await expect(installBasemap(empty, { clip: false, site })).rejects.toThrow(
      /Keine Kachel gefunden.*bisherige Hintergrundkarte bleibt/
    );
    expect(treeHash(site)).toBe(before);
    const midway = folderSource([
      [14, 8487, 10853],
      [14, 8488, 10853]
    ]);
    writeFileSync(join(midway, '14', '8488', '10853.pbf'), 'kaputt');
    await expect(installBasemap(midway, { clip: false, site })).rejects.toThrow(/Kachel 14\/8488/);
    expect(treeHash(site)).toBe(before);
    expect(siteEntries(site)).toEqual(['basemap']);
  });

  it('a foreign folder named basemap in the site is never replaced', async () => {
    const site = fresh('site');
    mkdirSync(join(site, 'basemap'), { recursive: true });
    writeFileSync(join(site, 'basemap', 'notes.txt'), 'mine');
    await expect(installBasemap(folderSource([[14, 1, 1]]), { clip: false, site })).rejects.toThrow(
      /nicht npm run basemap hat ihn geschrieben/
    );
    expect(readdirSync(join(site, 'basemap'))).toEqual(['notes.txt']);
  });
});

describe('basemap: a new installation has a new revision in its URLs', () => {
  it('manifest and a built site’s pointer name the revision; a different source, a different one', async () => {
    const site = fresh('built');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<!doctype html>');
    writeFileSync(join(site, 'basemap.json'), '{"manifest":null}');
    await installBasemap(folderSource([[14, 8487, 10853]]), { clip: false, site });
    const m1 = JSON.parse(readFileSync(join(site, 'basemap', 'basemap.json'), 'utf8'));
    expect(isManifest(m1)).toBe(true);
    expect(m1.revision).toMatch(/^[0-9a-f]{16}$/);
    expect(m1.tiles).toBe(`tiles/{z}/{x}/{y}.pbf?v=${m1.revision}`);
    expect(m1.search).toBe(`search.json?v=${m1.revision}`);
    expect(JSON.parse(readFileSync(join(site, 'basemap.json'), 'utf8'))).toEqual({ manifest: m1 });
    await installBasemap(
      folderSource([
        [14, 8487, 10853],
        [14, 8487, 10854]
      ]),
      { clip: false, site }
    );
    const m2 = JSON.parse(readFileSync(join(site, 'basemap', 'basemap.json'), 'utf8'));
    expect(m2.revision).not.toBe(m1.revision);
    expect(JSON.parse(readFileSync(join(site, 'basemap.json'), 'utf8')).manifest.revision).toBe(
      m2.revision
    );
  });
});
