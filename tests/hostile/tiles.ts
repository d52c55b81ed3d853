/**
 * Tile sources made at test time for `npm run basemap` (tests/unit/basemap-*.test.ts): a minimal
 * vector tile, PMTiles v3 archives with any header (also hostile ones), and .mbtiles files with
 * any rows (built with sql.js).
 */
import { zxyToTileId } from 'pmtiles';

/** The smallest valid Mapbox vector tile: one empty layer `name` (version 2, extent 4096). */
export function emptyVectorTile(name = 'water'): Uint8Array {
  const n = [...Buffer.from(name)];
  const layer = [0x78, 0x02, 0x0a, n.length, ...n, 0x28, 0x80, 0x20];
  return Uint8Array.from([0x1a, layer.length, ...layer]);
}

export interface PmtilesHeader {
  magic?: string;
  version?: number;
  minZoom?: number;
  maxZoom?: number;
  /** west, south, east, north */
  bounds?: [number, number, number, number];
  /** 1 none, 2 gzip */
  tileCompression?: number;
}

/** A PMTiles v3 archive: header, one root directory, metadata, the tiles as given. */
export function pmtilesArchive(
  tiles: { z: number; x: number; y: number; data: Uint8Array }[],
  header: PmtilesHeader = {},
  metadata: Record<string, unknown> = {}
): Buffer {
  const varint = (n: number, out: number[]) => {
    while (n >= 0x80) {
      out.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    out.push(n);
  };
  const sorted = tiles
    .map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), data: t.data }))
    .sort((a, b) => a.id - b.id);
  const dir: number[] = [];
  varint(sorted.length, dir);
  let last = 0;
  for (const t of sorted) (varint(t.id - last, dir), (last = t.id));
  for (const _ of sorted) varint(1, dir);
  for (const t of sorted) varint(t.data.length, dir);
  let offset = 0;
  for (const t of sorted) (varint(offset + 1, dir), (offset += t.data.length));
  const meta = Buffer.from(JSON.stringify(metadata));
  const data = Buffer.concat(sorted.map((t) => t.data));
  const h = Buffer.alloc(127);
  h.write(header.magic ?? 'PMTiles', 0, 'latin1');
  h.writeUInt8(header.version ?? 3, 7);
  const u64 = (at: number, v: number) => h.writeBigUInt64LE(BigInt(v), at);
  u64(8, 127);
  u64(16, dir.length);
  u64(24, 127 + dir.length);
  u64(32, meta.length);
  u64(40, 0);
  u64(48, 0);
  u64(56, 127 + dir.length + meta.length);
  u64(64, data.length);
  u64(72, sorted.length);
  u64(80, sorted.length);
  u64(88, sorted.length);
  h.writeUInt8(1, 96);
  h.writeUInt8(1, 97); // internal compression: none
  h.writeUInt8(header.tileCompression ?? 2, 98);
  h.writeUInt8(1, 99); // MVT
  const zs = tiles.map((t) => t.z);
  h.writeUInt8(header.minZoom ?? Math.min(...zs), 100);
  h.writeUInt8(header.maxZoom ?? Math.max(...zs), 101);
  const [w, s, e, n] = header.bounds ?? [6.47, 50.79, 6.51, 50.815];
  h.writeInt32LE(Math.round(w * 1e7), 102);
  h.writeInt32LE(Math.round(s * 1e7), 106);
  h.writeInt32LE(Math.round(e * 1e7), 110);
  h.writeInt32LE(Math.round(n * 1e7), 114);
  return Buffer.concat([h, Buffer.from(dir), meta, data]);
}

/** An .mbtiles database with the given metadata and raw rows (values stored as given). */
export async function mbtilesFile(
  metadata: Record<string, string>,
  rows: (readonly [unknown, unknown, unknown, Uint8Array])[]
): Promise<Uint8Array> {
  const { default: initSqlJs } = await import('sql.js');
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.run(
    'CREATE TABLE metadata (name TEXT, value TEXT); CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);'
  );
  for (const [k, v] of Object.entries(metadata))
    db.run('INSERT INTO metadata VALUES (?, ?)', [k, v]);
  for (const row of rows)
    db.run('INSERT INTO tiles VALUES (?, ?, ?, ?)', [...row] as (string | number | Uint8Array)[]);
  const bytes = db.export();
  db.close();
  return bytes;
}
