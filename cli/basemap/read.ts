import {
  existsSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  statSync,
  closeSync
} from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PMTiles, type Source } from 'pmtiles';

/** One vector tile, always uncompressed (static servers send .pbf files as they are). */
export interface Tile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

export interface TileSetMeta {
  minzoom: number;
  maxzoom: number;
  bounds: [number, number, number, number];
  /** Plain text (HTML links in the source's attribution are reduced to their text). */
  attribution: string | null;
}

export interface TileSet {
  meta: TileSetMeta;
  /** Only tiles whose box `keep` accepts are read (clip to the plans' extent). */
  tiles(keep: (z: number, x: number, y: number) => boolean): AsyncIterable<Tile>;
  close(): void;
}

export class BasemapSourceError extends Error {}

const gunzipIfNeeded = (b: Uint8Array) =>
  b.length > 2 && b[0] === 0x1f && b[1] === 0x8b ? new Uint8Array(gunzipSync(b)) : b;

const plainText = (html: unknown) =>
  typeof html === 'string' && html.trim() !== '' ? html.replace(/<[^>]*>/g, '').trim() : null;

function parseBounds(v: unknown): [number, number, number, number] | null {
  const list = typeof v === 'string' ? v.split(',').map(Number) : v;
  return Array.isArray(list) && list.length === 4 && list.every((n) => Number.isFinite(n))
    ? (list as [number, number, number, number])
    : null;
}

const WORLD: [number, number, number, number] = [-180, -85.0511, 180, 85.0511];

/** A folder of {z}/{x}/{y}.pbf with its metadata.json (TileJSON or mbtiles-style metadata). */
function readDirectory(dir: string): TileSet {
  const metaFile = join(dir, 'metadata.json');
  if (!existsSync(metaFile))
    throw new BasemapSourceError(`Im Ordner ${dir} fehlt die Datei metadata.json.`);
  let m: Record<string, unknown>;
  try {
    m = JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new BasemapSourceError(`metadata.json ist kein gültiges JSON: ${String(e)}`);
  }
  const zooms = readdirSync(dir)
    .filter((n) => /^\d+$/.test(n))
    .map(Number);
  const meta: TileSetMeta = {
    minzoom: Number(m.minzoom ?? Math.min(...zooms)),
    maxzoom: Number(m.maxzoom ?? Math.max(...zooms)),
    bounds: parseBounds(m.bounds) ?? WORLD,
    attribution: plainText(m.attribution)
  };
  return {
    meta,
    async *tiles(keep) {
      for (const z of zooms.sort((a, b) => a - b)) {
        for (const xs of readdirSync(join(dir, String(z)))) {
          const x = Number(xs);
          if (!Number.isInteger(x)) continue;
          for (const file of readdirSync(join(dir, String(z), xs))) {
            const match = /^(\d+)\.(pbf|mvt)$/.exec(file);
            if (!match) continue;
            const y = Number(match[1]);
            if (!keep(z, x, y)) continue;
            const data = gunzipIfNeeded(readFileSync(join(dir, String(z), xs, file)));
            yield { z, x, y, data };
          }
        }
      }
    },
    close() {}
  };
}

/** An .mbtiles file (SQLite; rows in TMS order, tiles usually gzipped), read with sql.js. */
async function readMbtiles(file: string): Promise<TileSet> {
  const { default: initSqlJs } = await import('sql.js');
  const SQL = await initSqlJs();
  let db: import('sql.js').Database;
  try {
    db = new SQL.Database(readFileSync(file));
    db.exec('SELECT 1 FROM tiles LIMIT 1');
  } catch (e) {
    throw new BasemapSourceError(`${file} ist keine lesbare MBTiles-Datei: ${String(e)}`);
  }
  const m: Record<string, string> = {};
  for (const row of db.exec('SELECT name, value FROM metadata')[0]?.values ?? [])
    m[String(row[0])] = String(row[1]);
  const zoomRow = db.exec('SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles')[0]?.values[0];
  const meta: TileSetMeta = {
    minzoom: Number(m.minzoom ?? zoomRow?.[0] ?? 0),
    maxzoom: Number(m.maxzoom ?? zoomRow?.[1] ?? 14),
    bounds: parseBounds(m.bounds) ?? WORLD,
    attribution: plainText(m.attribution)
  };
  return {
    meta,
    async *tiles(keep) {
      const stmt = db.prepare('SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles');
      try {
        while (stmt.step()) {
          const [z, x, tmsY, data] = stmt.get() as [number, number, number, Uint8Array];
          const y = (1 << z) - 1 - tmsY;
          if (keep(z, x, y)) yield { z, x, y, data: gunzipIfNeeded(data) };
        }
      } finally {
        stmt.free();
      }
    },
    close: () => db.close()
  };
}

/** A local file as a PMTiles byte source. */
class NodeFileSource implements Source {
  private fd: number;
  constructor(private path: string) {
    this.fd = openSync(path, 'r');
  }
  getKey = () => this.path;
  async getBytes(offset: number, length: number) {
    const buf = Buffer.alloc(length);
    const n = readSync(this.fd, buf, 0, length, offset);
    return { data: buf.buffer.slice(buf.byteOffset, buf.byteOffset + n) as ArrayBuffer };
  }
  close() {
    closeSync(this.fd);
  }
}

const lonToX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const latToY = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

/** A .pmtiles archive (package `pmtiles`); tiles are looked up over the archive's bounds. */
async function readPmtiles(file: string): Promise<TileSet> {
  const source = new NodeFileSource(file);
  const archive = new PMTiles(source);
  let header: Awaited<ReturnType<PMTiles['getHeader']>>;
  try {
    header = await archive.getHeader();
  } catch (e) {
    source.close();
    throw new BasemapSourceError(`${file} ist keine lesbare PMTiles-Datei: ${String(e)}`);
  }
  if (header.tileType !== 1) {
    source.close();
    throw new BasemapSourceError(`${file} enthält keine Vektorkacheln (MVT).`);
  }
  const metadata = (await archive.getMetadata().catch(() => ({}))) as Record<string, unknown>;
  const bounds: [number, number, number, number] = [
    header.minLon,
    header.minLat,
    header.maxLon,
    header.maxLat
  ];
  return {
    meta: {
      minzoom: header.minZoom,
      maxzoom: header.maxZoom,
      bounds,
      attribution: plainText(metadata.attribution)
    },
    async *tiles(keep) {
      for (let z = header.minZoom; z <= header.maxZoom; z++) {
        const n = 2 ** z - 1;
        const [x0, x1] = [lonToX(bounds[0], z), Math.min(n, lonToX(bounds[2], z))];
        const [y0, y1] = [latToY(bounds[3], z), Math.min(n, latToY(bounds[1], z))];
        for (let x = Math.max(0, x0); x <= x1; x++)
          for (let y = Math.max(0, y0); y <= y1; y++) {
            if (!keep(z, x, y)) continue;
            const t = await archive.getZxy(z, x, y);
            if (t) yield { z, x, y, data: gunzipIfNeeded(new Uint8Array(t.data)) };
          }
      }
    },
    close: () => source.close()
  };
}

/** Opens a folder, an .mbtiles or a .pmtiles file. */
export async function openTileSet(path: string): Promise<TileSet> {
  if (!existsSync(path)) throw new BasemapSourceError(`${path} gibt es nicht.`);
  if (statSync(path).isDirectory()) return readDirectory(path);
  if (/\.mbtiles$/i.test(path)) return readMbtiles(path);
  if (/\.pmtiles$/i.test(path)) return readPmtiles(path);
  throw new BasemapSourceError(
    `${path}: erwartet wird ein Ordner mit {z}/{x}/{y}.pbf und metadata.json, eine .mbtiles- oder eine .pmtiles-Datei.`
  );
}
