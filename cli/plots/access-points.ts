/** Access points of a plot: nearest A4 junction, the Hauptbahnhof, rail station and bus stop. */
import { nearest, type NamedPoint } from '../../src/lib/geo/access';
import type { AccessKind, AccessPoint } from '../../src/lib/plan/plots';
import type { Stop } from '../data/stops';

export interface AccessSources {
  /** places.geojson: kind `anschlussstelle` (A4 junctions), `bahnhof` (the Hauptbahnhof). */
  places: (NamedPoint & { kind: string })[];
  stops: Stop[];
}

export function accessFor(
  lon: number,
  lat: number,
  s: AccessSources
): Partial<Record<AccessKind, AccessPoint>> {
  const candidates: Record<AccessKind, NamedPoint[]> = {
    a4: s.places.filter((p) => p.kind === 'anschlussstelle'),
    hbf: s.places.filter((p) => p.kind === 'bahnhof' && /hauptbahnhof/i.test(p.name)),
    bahnhof: s.stops.filter((p) => p.kind === 'bahnhof'),
    haltestelle: s.stops.filter((p) => p.kind === 'haltestelle')
  };
  const out: Partial<Record<AccessKind, AccessPoint>> = {};
  for (const kind of Object.keys(candidates) as AccessKind[]) {
    const hit = nearest(lon, lat, candidates[kind]);
    if (hit)
      out[kind] = {
        name: hit.point.name,
        distance_m: hit.distance_m,
        lon: hit.point.lon,
        lat: hit.point.lat
      };
  }
  return out;
}
