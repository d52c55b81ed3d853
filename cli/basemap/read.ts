/**
 * Tile sources for `npm run basemap`, read as data, never as paths:
 * - every tile's z/x/y are integers with 0 ≤ z ≤ MAX_ZOOM and 0 ≤ x, y < 2^z (an .mbtiles row
 *   with `tile_column` "../../tmp/x" is refused, naming the row); the install builds its paths
 *   from these numbers only;
 * - a folder source is walked without following symbolic links (they are skipped and counted);
 * - each tile is at most MAX_TILE_BYTES, packed and unpacked (gunzip with a cap), and is parsed
 *   as a vector tile before it is installed;
 * - PMTiles: magic „PMTiles“ and version 3 are checked, and the header's zooms and bounds;
 * - the work is bounded: a source with more than MAX_TILES tiles (or positions to look up) is
 *   refused with its count, before any tile is read.
 */
import {
  closeSync,
  existsSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  statSync
} from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type Source } from 'pmtiles';

/** Highest zoom a tile may have (the viewer's style stops at 22). */
export const MAX_ZOOM = 22;
/** Largest tile, packed or unpacked (OpenMapTiles tiles are below 1 MB). */
export const MAX_TILE_BYTES = 16 << 20;
/** Most tiles (or, for PMTiles, tile positions to look up) a source may have. */
export const MAX_TILES = 250_000;
/** Largest .mbtiles file (sql.js reads it whole into memory). */
export const MAX_MBTILES_BYTES = 1 << 30;

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
  /** Only tiles whose box `keep` accepts are read (clip to the plans' `extent`, if given). */
  tiles(
    keep: (z: number, x: number, y: number) => boolean,
    extent?: [number, number, number, number] | null
  ): AsyncIterable<Tile>;
  /** Symbolic links in a folder source, skipped. */
  skipped?: number;
  close(): void;
}

export class BasemapSourceError extends Error {}

const de = (n: number) => n.toLocaleString('de-DE');

/** Checks a tile's coordinates: integers, z in 0…MAX_ZOOM, x and y in 0…2^z − 1. */
export function checkTileCoords(z: unknown, x: unknown, y: unknown, where: string): void {
  const ok =
    Number.isInteger(z) &&
    (z as number) >= 0 &&
    (z as number) <= MAX_ZOOM &&
    [x, y].every(
      (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 2 ** (z as number)
    );
  if (!ok)
    throw new BasemapSourceError(
      `${where}: ungültige Kachelnummer z/x/y = ${[z, x, y].map((v) => String(v).slice(0, 40)).join('/')} (erwartet ganze Zahlen, Zoom 0–${MAX_ZOOM}, x und y von 0 bis 2^z − 1). Die Quelle wird nicht installiert.`
    );
}

function tooManyTiles(count: number, what: string): BasemapSourceError {
  return new BasemapSourceError(
    `Die Quelle umfasst ${de(count)} ${what}; höchstens ${de(MAX_TILES)} werden installiert. Bitte mit --clip auf die Pläne zuschneiden oder eine Quelle mit kleinerem Gebiet oder Zoombereich nehmen.`
  );
}

/**
 * A tile's bytes as installed: unpacked if gzipped (at most MAX_TILE_BYTES), and parsed as a
 * Mapbox vector tile (every layer and feature geometry read once).
 */
export function checkedTileData(raw: Uint8Array, z: number, x: number, y: number): Uint8Array {
  const where = `Kachel ${z}/${x}/${y}`;
  if (raw.length > MAX_TILE_BYTES)
    throw new BasemapSourceError(
      `${where} ist ${de(raw.length)} Bytes groß; erlaubt sind höchstens ${de(MAX_TILE_BYTES)} (16 MB).`
    );
  let data = raw;
  if (raw.length > 2 && raw[0] === 0x1f && raw[1] === 0x8b) {
    try {
      data = new Uint8Array(gunzipSync(raw, { maxOutputLength: MAX_TILE_BYTES }));
    } catch (e) {
      throw new BasemapSourceError(
        (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
          ? `${where} wird entpackt größer als ${de(MAX_TILE_BYTES)} Bytes (16 MB) – eine „Zip-Bombe“ oder keine Kartenkachel. Die Quelle wird nicht installiert.`
          : `${where} lässt sich nicht entpacken (beschädigtes gzip).`
      );
    }
  }
  try {
    const vt = new VectorTile(new PbfReader(data));
    for (const name of Object.keys(vt.layers)) {
      const layer = vt.layers[name]!;
      for (let i = 0; i < layer.length; i++) layer.feature(i).loadGeometry();
    }
  } catch {
    throw new BasemapSourceError(
      `${where} ist keine lesbare Vektorkachel (Mapbox Vector Tile). Die Quelle wird nicht installiert.`
    );
  }
  return data;
}

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
  if (!existsSync(metaFile) || !lstatSync(metaFile).isFile())
    throw new BasemapSourceError(`Im Ordner ${dir} fehlt die Datei metadata.json.`);
  let m: Record<string, unknown>;
  try {
    m = JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new BasemapSourceError(`metadata.json ist kein gültiges JSON: ${String(e)}`);
  }
  const zooms = readdirSync(dir)
    .filter((n) => /^\d+$/.test(n) && Number(n) <= MAX_ZOOM && isRealDir(join(dir, n)))
    .map(Number);
  // Where the tiles are, found without following symbolic links, and counted before reading.
  const files: { z: number; x: number; y: number; path: string }[] = [];
  let skipped = 0;
  for (const z of zooms.sort((a, b) => a - b))
    for (const xe of readdirSync(join(dir, String(z)), { withFileTypes: true })) {
      if (xe.isSymbolicLink()) skipped++;
      if (!xe.isDirectory() || !/^\d+$/.test(xe.name)) continue;
      for (const ye of readdirSync(join(dir, String(z), xe.name), { withFileTypes: true })) {
        const match = /^(\d+)\.(pbf|mvt)$/.exec(ye.name);
        if (!match) continue;
        if (!ye.isFile()) {
          if (ye.isSymbolicLink()) skipped++;
          continue;
        }
        const x = Number(xe.name);
        const y = Number(match[1]);
        checkTileCoords(z, x, y, `${dir}/${z}/${xe.name}/${ye.name}`);
        files.push({ z, x, y, path: join(dir, String(z), xe.name, ye.name) });
        if (files.length > MAX_TILES) throw tooManyTiles(files.length, 'Kacheln oder mehr');
      }
    }
  const meta: TileSetMeta = {
    minzoom: Number(m.minzoom ?? Math.min(...zooms)),
    maxzoom: Number(m.maxzoom ?? Math.max(...zooms)),
    bounds: parseBounds(m.bounds) ?? WORLD,
    attribution: plainText(m.attribution)
  };
  return {
    meta,
    skipped,
    async *tiles(keep) {
      for (const f of files) {
        if (!keep(f.z, f.x, f.y)) continue;
        // lstat again: a file swapped for a link since the walk is not read either.
        const st = lstatSync(f.path);
        if (!st.isFile()) continue;
        if (st.size > MAX_TILE_BYTES) checkedTileData(new Uint8Array(st.size), f.z, f.x, f.y);
        yield {
          z: f.z,
          x: f.x,
          y: f.y,
          data: checkedTileData(readFileSync(f.path), f.z, f.x, f.y)
        };
      }
    },
    close() {}
  };
}

const isRealDir = (path: string) => {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** An .mbtiles file (SQLite; rows in TMS order, tiles usually gzipped), read with sql.js. */
async function readMbtiles(file: string): Promise<TileSet> {
  const { default: initSqlJs } = await import('sql.js');
  const SQL = await initSqlJs();
  let db: import('sql.js').Database;
  const size = statSync(file).size;
  if (size > MAX_MBTILES_BYTES)
    throw new BasemapSourceError(
      `${file} ist ${de(Math.round(size / 1e6))} MB groß; MBTiles-Dateien werden bis ${de(MAX_MBTILES_BYTES / 1e6)} MB gelesen (ganz im Speicher). Größere Gebiete bitte als .pmtiles.`
    );
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
  const count = Number(db.exec('SELECT COUNT(*) FROM tiles')[0]?.values[0]?.[0] ?? 0);
  if (count > MAX_TILES) {
    db.close();
    throw tooManyTiles(count, 'Kacheln');
  }
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
        for (let row = 1; stmt.step(); row++) {
          const [z, x, tmsY, data] = stmt.get() as unknown[];
          // Values as stored: SQLite keeps text, reals and blobs in integer columns too.
          checkTileCoords(z, x, tmsY, `${file}, Zeile ${row} der Tabelle tiles`);
          const y = 2 ** (z as number) - 1 - (tmsY as number);
          if (!(data instanceof Uint8Array))
            throw new BasemapSourceError(`${file}, Zeile ${row}: tile_data ist kein Binärfeld.`);
          if (keep(z as number, x as number, y))
            yield {
              z: z as number,
              x: x as number,
              y,
              data: checkedTileData(data, z as number, x as number, y)
            };
        }
      } finally {
        stmt.free();
      }
    },
    close: () => db.close()
  };
}

/** A local file as a PMTiles byte source. */
/** Largest block read from a PMTiles archive (a tile, or a leaf directory). */
const MAX_READ_BYTES = 4 * MAX_TILE_BYTES;

/** PMTiles' decompression, with the tile cap (the library's own has none). */
async function cappedDecompress(buf: ArrayBuffer, compression: number): Promise<ArrayBuffer> {
  if (compression === 0 || compression === 1) return buf;
  if (compression !== 2)
    throw new BasemapSourceError(
      `PMTiles-Kompression ${compression} wird nicht gelesen (nur keine oder gzip).`
    );
  let out: Buffer;
  try {
    out = gunzipSync(new Uint8Array(buf), { maxOutputLength: MAX_READ_BYTES });
  } catch (e) {
    throw new BasemapSourceError(
      (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
        ? `Ein Block des PMTiles-Archivs wird entpackt größer als ${de(MAX_READ_BYTES)} Bytes.`
        : 'Ein Block des PMTiles-Archivs lässt sich nicht entpacken (beschädigtes gzip).'
    );
  }
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.length) as ArrayBuffer;
}

class NodeFileSource implements Source {
  private fd: number;
  constructor(private path: string) {
    this.fd = openSync(path, 'r');
  }
  getKey = () => this.path;
  async getBytes(offset: number, length: number) {
    // Lengths come from the archive's directories: a read never exceeds what a tile may be.
    if (!Number.isSafeInteger(length) || length < 0 || length > MAX_READ_BYTES)
      throw new BasemapSourceError(
        `${this.path}: das Archiv verlangt einen Block von ${de(length)} Bytes; höchstens ${de(MAX_READ_BYTES)} werden gelesen.`
      );
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

type Box = [number, number, number, number];

const intersect = (a: Box, b: Box): Box | null => {
  const r: Box = [
    Math.max(a[0], b[0]),
    Math.max(a[1], b[1]),
    Math.min(a[2], b[2]),
    Math.min(a[3], b[3])
  ];
  return r[0] <= r[2] && r[1] <= r[3] ? r : null;
};

/** The tile index ranges covering `box` at each zoom. */
export function tileRanges(box: Box, minZoom: number, maxZoom: number) {
  const lat = (v: number) => Math.max(-85.0511, Math.min(85.0511, v));
  const out: { z: number; x0: number; x1: number; y0: number; y1: number }[] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    const n = 2 ** z - 1;
    const clamp = (v: number) => Math.max(0, Math.min(n, v));
    out.push({
      z,
      x0: clamp(lonToX(box[0], z)),
      x1: clamp(lonToX(box[2], z)),
      y0: clamp(latToY(lat(box[3]), z)),
      y1: clamp(latToY(lat(box[1]), z))
    });
  }
  return out;
}

/** The first bytes of a PMTiles file: magic „PMTiles“ and spec version 3. */
function checkPmtilesHeader(file: string): void {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(127);
  let n: number;
  try {
    n = readSync(fd, head, 0, 127, 0);
  } finally {
    closeSync(fd);
  }
  if (n < 127 || head.toString('latin1', 0, 7) !== 'PMTiles')
    throw new BasemapSourceError(
      `${file} ist keine PMTiles-Datei (die ersten Bytes lauten nicht „PMTiles“).`
    );
  if (head[7] !== 3)
    throw new BasemapSourceError(
      `${file} ist PMTiles in Version ${head[7]}; gelesen wird Version 3 (mit „pmtiles convert“ umwandeln).`
    );
}

/** Zooms and bounds of a PMTiles header: 0 ≤ minZoom ≤ maxZoom ≤ MAX_ZOOM, bounds in WGS84. */
function checkPmtilesBounds(
  h: {
    minZoom: number;
    maxZoom: number;
    minLon: number;
    minLat: number;
    maxLon: number;
    maxLat: number;
  },
  file: string
): void {
  if (!(
    Number.isInteger(h.minZoom) &&
    Number.isInteger(h.maxZoom) &&
    0 <= h.minZoom &&
    h.minZoom <= h.maxZoom &&
    h.maxZoom <= MAX_ZOOM
  ))
    throw new BasemapSourceError(
      `${file}: Zoomstufen ${h.minZoom}–${h.maxZoom} im Kopf der Datei; erlaubt ist 0–${MAX_ZOOM}.`
    );
  const { minLon, minLat, maxLon, maxLat } = h;
  if (
    ![minLon, minLat, maxLon, maxLat].every(Number.isFinite) ||
    minLon < -180 ||
    maxLon > 180 ||
    minLat < -90 ||
    maxLat > 90 ||
    minLon > maxLon ||
    minLat > maxLat
  )
    throw new BasemapSourceError(
      `${file}: ungültige Ausdehnung im Kopf der Datei (${[minLon, minLat, maxLon, maxLat].join(', ')}).`
    );
}

/** A .pmtiles archive (package `pmtiles`); tiles are looked up over the archive's bounds. */
async function readPmtiles(file: string): Promise<TileSet> {
  const source = new NodeFileSource(file);
  const archive = new PMTiles(source, undefined, cappedDecompress);
  let header: Awaited<ReturnType<PMTiles['getHeader']>>;
  try {
    checkPmtilesHeader(file);
    header = await archive.getHeader();
    checkPmtilesBounds(header, file);
  } catch (e) {
    source.close();
    if (e instanceof BasemapSourceError) throw e;
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
    async *tiles(keep, extent) {
      // The positions to look up: the header's bounds (cut to --clip's extent), zoom by zoom.
      const box = extent ? intersect(bounds, extent) : bounds;
      if (!box) return;
      const ranges = tileRanges(box, header.minZoom, header.maxZoom);
      const total = ranges.reduce((n, r) => n + (r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1), 0);
      if (total > MAX_TILES) throw tooManyTiles(total, 'Kachelpositionen');
      for (const { z, x0, x1, y0, y1 } of ranges)
        for (let x = x0; x <= x1; x++)
          for (let y = y0; y <= y1; y++) {
            if (!keep(z, x, y)) continue;
            const t = await archive.getZxy(z, x, y);
            if (t) yield { z, x, y, data: checkedTileData(new Uint8Array(t.data), z, x, y) };
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
