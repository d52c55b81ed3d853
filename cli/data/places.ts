/**
 * The places layer: the Hauptbahnhof and the A4 junctions from the sketch, the two buildings of
 * the Innovationsquartier, and Düren's rail stations and bus stops from db-hafas-stations.
 * `kind` values (documented in plan.json conventions.places):
 *   bahnhof          rail station (the Hauptbahnhof has `main: true`)
 *   haltestelle      bus stop
 *   anschlussstelle  A4 junction
 *   einrichtung      a building of note (Innovationscenter, Modellfabrik Papier)
 */
import { PLACES } from './layout';
import type { OutFeature } from './output';
import type { Sketch } from './sketch';
import type { Stop } from './stops';

const JUNCTIONS: Record<string, { name: string; note: string }> = {
  Düren: { name: 'Anschlussstelle Düren (6)', note: 'A 4 / B 56' },
  Merzenich: { name: 'Anschlussstelle Merzenich (7a)', note: 'A 4' }
};

const SKETCH_SOURCE = 'Skizze nach OpenStreetMap (ODbL)';
const STOPS_SOURCE = 'db-hafas-stations (CC BY 4.0 DB InfraGO / ODbL)';

export function placeFeatures(
  sketch: Sketch,
  stops: Stop[],
  inPlot: (name: string) => [number, number] | null
): OutFeature[] {
  const out: OutFeature[] = [];
  const pt = (ll: [number, number]): OutFeature['geometry'] => ({ type: 'Point', coordinates: ll });
  const hbf = sketch.points.find((p) => p.kind === 'bahnhof');
  if (!hbf) throw new Error('Die Skizze enthält keinen Hauptbahnhof (kind "bahnhof").');
  out.push({
    properties: {
      name: 'Düren Hauptbahnhof',
      kind: 'bahnhof',
      main: true,
      estimate: false,
      source: SKETCH_SOURCE
    },
    geometry: pt(hbf.ll)
  });
  for (const j of sketch.points.filter((p) => p.kind === 'anschlussstelle')) {
    const key = Object.keys(JUNCTIONS).find((k) => j.name.includes(k));
    const known = key ? JUNCTIONS[key] : undefined;
    out.push({
      properties: {
        name: known?.name ?? j.name,
        kind: 'anschlussstelle',
        estimate: true,
        note: known?.note ?? 'A 4',
        source: SKETCH_SOURCE
      },
      geometry: pt(j.ll)
    });
  }
  for (const pl of PLACES)
    out.push({
      properties: {
        name: pl.name,
        kind: pl.kind,
        estimate: pl.estimate,
        note: pl.note,
        source: 'Stadt Düren / iq-dueren.de (Lage geschätzt)'
      },
      geometry: pt(inPlot(pl.name) ?? pl.at)
    });
  // The station "Düren" in the stop list is the Hauptbahnhof, already placed above.
  const [hx, hy] = hbf.ll;
  const isHbf = (s: Stop): boolean =>
    s.kind === 'bahnhof' && Math.hypot((s.lon - hx) * 70, (s.lat - hy) * 111) < 0.3;
  for (const s of stops.filter((x) => !isHbf(x)))
    out.push({
      properties: { name: s.name, kind: s.kind, estimate: false, id: s.id, source: STOPS_SOURCE },
      geometry: pt([s.lon, s.lat])
    });
  return out;
}
