/**
 * The road graph's source for the plot finder: the driveable lines of the basemap's
 * `transportation` layer at its highest zoom, written as <site>/basemap/roads.json when
 * `npm run basemap` installs the tiles. The viewer measures road distances over it
 * (src/lib/geo/road-graph.ts); without it, the finder shows straight-line distances only.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { ROAD_SPEEDS_KMH, roadFile, type RoadLine } from '../../src/lib/geo/road-graph';

export const ROADS_FILE = 'roads.json';

/** Driveable lines (lon/lat) of one tile's `transportation` layer. */
export function* tileRoads(data: Uint8Array, z: number, x: number, y: number): Generator<RoadLine> {
  const layer = new VectorTile(new PbfReader(data)).layers.transportation;
  if (!layer) return;
  for (let i = 0; i < layer.length; i++) {
    const f = layer.feature(i);
    const cls = String(f.properties.class);
    if (!ROAD_SPEEDS_KMH[cls]) continue;
    const g = f.toGeoJSON(x, y, z).geometry;
    const lines =
      g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
    for (const l of lines) yield { cls, coords: l.map((p) => [p[0]!, p[1]!] as const) };
  }
}

/** Collects roads while the basemap installs (tiles of the highest zoom only) and writes them. */
export function roadCollector() {
  const lines: RoadLine[] = [];
  return {
    add(tile: { z: number; x: number; y: number; data: Uint8Array }, maxzoom: number) {
      if (tile.z === maxzoom)
        for (const l of tileRoads(tile.data, tile.z, tile.x, tile.y)) lines.push(l);
    },
    write(dir: string) {
      writeFileSync(join(dir, ROADS_FILE), JSON.stringify(roadFile(lines)));
      return lines.length;
    }
  };
}
