/**
 * Installs a self-hosted basemap into the site: vector tiles in the OpenMapTiles schema and a
 * search index of every street and place name in them.
 *
 *   npm run basemap -- <source> [--clip] [--site <dir>]
 *
 * <source>  a folder of {z}/{x}/{y}.pbf with metadata.json, an .mbtiles or a .pmtiles file
 * --clip    keep only tiles that touch the extent of the plans under data/ (plus about 1 km)
 * --site    the site folder to install into; default `static` (picked up by `npm run build`;
 *           git-ignored). An already built site works too: `--site build`.
 *
 * Writes <site>/basemap/{basemap.json, search.json, tiles/{z}/{x}/{y}.pbf}, replacing an
 * earlier installation, and in a built site also <site>/basemap.json (the page reads it). Exit codes: 0 ok, 1 unusable source, 2 bad usage.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { BasemapSourceError, openTileSet, type Tile } from './basemap/read';
import { roadCollector } from './basemap/roads';
import {
  buildNameIndex,
  PLACE_LAYER,
  STREET_LAYERS,
  type NamedFeature
} from '../src/lib/search/name-index';
import { HOUSENUMBER_LAYER, withHousenumbers } from '../src/lib/search/housenumbers';
import type { SelfHostedManifest } from '../src/lib/state/basemap';

const DEFAULT_ATTRIBUTION = '© OpenStreetMap-Mitwirkende (ODbL), © OpenMapTiles';
/** Margin around the plans when clipping, in degrees (about 1 km). */
const CLIP_MARGIN = 0.015;

type Box = [number, number, number, number];

function usage(message: string): never {
  console.error(`${message}\nAufruf: npm run basemap -- <quelle> [--clip] [--site <ordner>]`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  let source: string | null = null;
  let clip = false;
  let site = 'static';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--clip') clip = true;
    else if (a === '--site') site = argv[++i] ?? usage('--site braucht einen Ordner.');
    else if (a.startsWith('--')) usage(`Unbekannte Option ${a}.`);
    else if (source === null) source = a;
    else usage(`Nur eine Quelle erlaubt (${a}).`);
  }
  if (source === null) usage('Es fehlt die Quelle der Kacheln.');
  return { source, clip, site };
}

/** Bounds of every plan under data/ (plan and city boundary), for --clip. */
function plansExtent(dataDir = 'data'): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown) => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      box[0] = Math.min(box[0], c[0]);
      box[1] = Math.min(box[1], c[1] as number);
      box[2] = Math.max(box[2], c[0]);
      box[3] = Math.max(box[3], c[1] as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const plan of readdirSync(dataDir)) {
    for (const file of ['plan.geojson', 'boundary.geojson']) {
      const path = join(dataDir, plan, file);
      if (!existsSync(path)) continue;
      const fc = JSON.parse(readFileSync(path, 'utf8')) as {
        features?: { geometry?: { coordinates?: unknown } }[];
      };
      for (const f of fc.features ?? []) visit(f.geometry?.coordinates);
    }
  }
  if (!Number.isFinite(box[0]))
    throw new BasemapSourceError('Unter data/ gibt es keinen Plan zum Zuschneiden.');
  return [box[0] - CLIP_MARGIN, box[1] - CLIP_MARGIN, box[2] + CLIP_MARGIN, box[3] + CLIP_MARGIN];
}

const tileLon = (x: number, z: number) => (x / 2 ** z) * 360 - 180;
const tileLat = (y: number, z: number) =>
  (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI;

export function tileBox(z: number, x: number, y: number): Box {
  return [tileLon(x, z), tileLat(y + 1, z), tileLon(x + 1, z), tileLat(y, z)];
}

const intersects = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** The named features of a tile that go into the search index. */
function* namedFeatures(tile: Tile, maxzoom: number): Generator<NamedFeature> {
  const vt = new VectorTile(new PbfReader(tile.data));
  const layers =
    tile.z === maxzoom ? [...STREET_LAYERS, PLACE_LAYER, HOUSENUMBER_LAYER] : [PLACE_LAYER];
  for (const name of layers) {
    const layer = vt.layers[name];
    if (!layer) continue;
    for (let i = 0; i < layer.length; i++) {
      const f = layer.feature(i);
      const geo = f.toGeoJSON(tile.x, tile.y, tile.z);
      yield { layer: name, properties: f.properties, geometry: geo.geometry };
    }
  }
}

export async function installBasemap(source: string, opts: { clip: boolean; site: string }) {
  const set = await openTileSet(source);
  try {
    const extent = opts.clip ? plansExtent() : null;
    const keep = (z: number, x: number, y: number) =>
      !extent || intersects(tileBox(z, x, y), extent);
    const out = join(opts.site, 'basemap');
    rmSync(out, { recursive: true, force: true });
    const named: NamedFeature[] = [];
    const roads = roadCollector(); // the plot finder's road distances
    let count = 0;
    let bytes = 0;
    // Where tiles really are (at the highest zoom): MapLibre asks for nothing outside.
    const covered: Box = [Infinity, Infinity, -Infinity, -Infinity];
    for await (const tile of set.tiles(keep)) {
      const path = join(out, 'tiles', String(tile.z), String(tile.x), `${tile.y}.pbf`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, tile.data);
      for (const f of namedFeatures(tile, set.meta.maxzoom)) named.push(f);
      roads.add(tile, set.meta.maxzoom);
      if (tile.z === set.meta.maxzoom) {
        const b = tileBox(tile.z, tile.x, tile.y);
        covered[0] = Math.min(covered[0], b[0]);
        covered[1] = Math.min(covered[1], b[1]);
        covered[2] = Math.max(covered[2], b[2]);
        covered[3] = Math.max(covered[3], b[3]);
      }
      count++;
      bytes += tile.data.length;
      if (count % 1000 === 0) console.log(`… ${count} Kacheln`);
    }
    if (count === 0)
      throw new BasemapSourceError('Keine Kachel gefunden (oder keine im Planbereich).');
    const attribution = set.meta.attribution ?? DEFAULT_ATTRIBUTION;
    const index = withHousenumbers(buildNameIndex(named, attribution), named);
    writeFileSync(join(out, 'search.json'), JSON.stringify(index));
    roads.write(out);
    const limit = Number.isFinite(covered[0]) ? covered : (extent ?? set.meta.bounds);
    const r6 = (n: number) => Math.round(n * 1e6) / 1e6;
    const bounds = [
      Math.max(limit[0], set.meta.bounds[0]),
      Math.max(limit[1], set.meta.bounds[1]),
      Math.min(limit[2], set.meta.bounds[2]),
      Math.min(limit[3], set.meta.bounds[3])
    ].map(r6) as Box;
    const manifest: SelfHostedManifest = {
      version: 1,
      tiles: 'tiles/{z}/{x}/{y}.pbf',
      minzoom: set.meta.minzoom,
      maxzoom: set.meta.maxzoom,
      bounds,
      attribution,
      search: 'search.json'
    };
    writeFileSync(join(out, 'basemap.json'), JSON.stringify(manifest, null, 2));
    // In an already built site, the page's pointer to the basemap is rewritten too (at build
    // time it is made from static/basemap/, see src/routes/basemap.json).
    if (existsSync(join(opts.site, 'index.html')))
      writeFileSync(join(opts.site, 'basemap.json'), JSON.stringify({ manifest }));
    return { count, bytes, names: index.entries.length, out };
  } finally {
    set.close();
  }
}

const isMain = process.argv[1] && /basemap\.ts$/.test(process.argv[1]);
if (isMain) {
  const args = parseArgs(process.argv.slice(2));
  installBasemap(args.source, args)
    .then(({ count, bytes, names, out }) =>
      console.log(
        `Hintergrundkarte installiert in ${out}: ${count} Kacheln (${(bytes / 1e6).toFixed(1)} MB), ${names} Namen im Suchindex.`
      )
    )
    .catch((e: unknown) => {
      console.error(e instanceof BasemapSourceError ? e.message : String(e));
      process.exit(1);
    });
}
