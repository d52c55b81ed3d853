/**
 * Rail stations and bus stops of Düren from the npm package `db-hafas-stations`
 * (DB InfraGO, CC BY 4.0, and OpenStreetMap contributors, ODbL). Shared by the places layer
 * and the plots' access distances, so both name the same stops.
 */
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { MultiPolygon, Polygon } from 'geojson';
import { pointInGeometry } from '../../src/lib/geo/access';

export interface Stop {
  /** DB/HAFAS id (EVA number for stations). */
  id: string;
  /** Name without the ", Düren" suffix the source appends. */
  name: string;
  /** `bahnhof`: served by trains; `haltestelle`: bus (or other local) stop only. */
  kind: 'bahnhof' | 'haltestelle';
  lon: number;
  lat: number;
}

export const STOPS_ATTRIBUTION =
  'Haltestellen: db-hafas-stations, © DB InfraGO AG (CC BY 4.0) und OpenStreetMap-Mitwirkende (ODbL)';

interface RawStop {
  id: string;
  name: string;
  location?: { latitude?: number; longitude?: number };
  products?: Record<string, boolean>;
}

const RAIL = ['nationalExpress', 'national', 'regionalExpress', 'regional', 'suburban'];

/**
 * Every stop inside `boundary`, sorted by id (deterministic output). Stations served by
 * trains are `bahnhof`; a bus stop that the source files under a station keeps its own kind.
 */
export async function readStops(boundary: Polygon | MultiPolygon): Promise<Stop[]> {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('db-hafas-stations/package.json')), 'full.ndjson');
  const stops = new Map<string, Stop>();
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    // Cheap pre-filter: only lines that mention the city are parsed.
    if (!line.includes('Düren')) continue;
    const raw = JSON.parse(line) as RawStop;
    const lat = raw.location?.latitude;
    const lon = raw.location?.longitude;
    if (typeof lat !== 'number' || typeof lon !== 'number') continue;
    if (!pointInGeometry(lon, lat, boundary)) continue;
    const rail = RAIL.some((p) => raw.products?.[p] === true);
    stops.set(raw.id, {
      id: raw.id,
      name: raw.name.replace(/,\s*Düren$/, '').trim(),
      kind: rail ? 'bahnhof' : 'haltestelle',
      lon: Number(lon.toFixed(6)),
      lat: Number(lat.toFixed(6))
    });
  }
  return [...stops.values()].sort((a, b) => a.id.localeCompare(b.id));
}
