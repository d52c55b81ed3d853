import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildRoadGraph,
  components,
  fastestFrom,
  graphFromFile,
  nearestNode,
  reachFrom,
  roadFile,
  roadTo,
  type RoadLine
} from '../../src/lib/geo/road-graph';
import { geodesicDistance, interiorPoint } from '../../src/lib/geo/access';
import { parsePlots } from '../../src/lib/plan/plots-read';
import { scoutCandidates } from './scout';
import { tileRoads } from '../../cli/basemap/roads';
import { hasShared, sharedPath, skipReason } from '../shared';

// A tiny hand-made network near Düren; 0.001° lon ≈ 70.3 m, 0.001° lat ≈ 111.2 m here.
//   A ——motorway—— B ——minor—— C
//   |                          |
//   +———————— minor ———————————+   (A–D–C, a detour on a slow road)
const A = [6.45, 50.84] as const;
const B = [6.46, 50.84] as const;
const C = [6.47, 50.84] as const;
const D = [6.46, 50.85] as const;
const lines: RoadLine[] = [
  { cls: 'motorway', coords: [A, B] },
  { cls: 'minor', coords: [B, C] },
  { cls: 'minor', coords: [A, D, C] },
  { cls: 'path', coords: [A, C] } // not driveable
];

describe('road graph (hand-made network)', () => {
  const g = buildRoadGraph(lines);
  const id = (p: readonly [number, number]) => nearestNode(g, p[0], p[1]);

  it('joins lines at shared vertices and drops what is not driven', () => {
    expect(g.lon.length).toBe(4);
    expect(g.to.length).toBe(2 * 4); // A–B, B–C, A–D, D–C both ways; the path is gone
    expect(new Set(components(g)).size).toBe(1);
  });

  it('fastest route, its length and drive time at the stated speeds', () => {
    const r = fastestFrom(g, [{ node: id(A), time: 0, length: 0 }]);
    const ab = geodesicDistance(...A, ...B);
    const bc = geodesicDistance(...B, ...C);
    expect(r.length[id(C)]).toBeCloseTo(ab + bc, 6);
    expect(r.time[id(C)]).toBeCloseTo(ab / (100 / 3.6) + bc / (30 / 3.6), 6);
    // D is reached directly on the minor road, not via the motorway
    expect(r.length[id(D)]).toBeCloseTo(geodesicDistance(...A, ...D), 6);
  });

  it('several targets: distance to the nearest by time; a point snaps to its nearest node', () => {
    const reach = reachFrom(g, [A, C]);
    const near = roadTo(g, reach, B[0], B[1] + 0.0001)!;
    // from B: 11 m to the node, then the motorway to A is faster than the minor road to C
    const snap = geodesicDistance(B[0], B[1] + 0.0001, ...B);
    expect(near.distance_m).toBe(Math.round(snap + geodesicDistance(...A, ...B)));
    expect(near.time_s).toBe(
      Math.round(snap / (15 / 3.6) + geodesicDistance(...A, ...B) / (100 / 3.6))
    );
  });

  it('an island is unreachable; the file form gives the same graph', () => {
    const island = buildRoadGraph([
      ...lines,
      {
        cls: 'minor',
        coords: [
          [6.5, 50.8],
          [6.501, 50.8]
        ]
      }
    ]);
    const reach = reachFrom(island, [A]);
    expect(roadTo(island, reach, 6.5005, 50.8)).toBeNull();
    expect(new Set(components(island)).size).toBe(2);
    const back = graphFromFile(JSON.parse(JSON.stringify(roadFile(lines))));
    expect(back.lon.length).toBe(g.lon.length);
    expect(Array.from(back.time).sort()).toEqual(Array.from(g.time).sort());
    expect(() => graphFromFile({ version: 9 })).toThrow(/Format/);
  });
});

const TILES = ['geo', 'dueren-osm-2021', 'tiles', '14'] as const;
const SHARED = sharedPath(...TILES);

describe.skipIf(!hasShared(...TILES))(
  `road graph from the shared Düren tiles${skipReason(...TILES)}`,
  () => {
    it('is connected around the A4 junctions, the Hauptbahnhof and the new estates', () => {
      const all: RoadLine[] = [];
      for (const x of readdirSync(SHARED))
        for (const y of readdirSync(join(SHARED, x)))
          all.push(
            ...tileRoads(
              readFileSync(join(SHARED, x, y)),
              14,
              Number(x),
              Number(y.replace('.pbf', ''))
            )
          );
      const g = buildRoadGraph(all);
      expect(g.lon.length).toBeGreaterThan(5000);
      const comp = components(g);
      const places = JSON.parse(readFileSync('data/dueren-2025/places.geojson', 'utf8')).features;
      const junctions = places
        .filter((f: any) => f.properties.kind === 'anschlussstelle')
        .map((f: any) => f.geometry.coordinates as [number, number]);
      const hbf = places.find((f: any) => f.properties.main).geometry.coordinates as [
        number,
        number
      ];
      expect(junctions.length).toBe(2);
      // the junctions' nearest nodes lie on roads within 300 m, all in the one main component
      const main = comp[nearestNode(g, hbf[0], hbf[1])];
      for (const [lon, lat] of [...junctions, hbf]) {
        const n = nearestNode(g, lon, lat);
        expect(geodesicDistance(lon, lat, g.lon[n]!, g.lat[n]!)).toBeLessThan(300);
        expect(comp[n]).toBe(main);
      }
      // by road from the Hauptbahnhof to the Düren junction: longer than the straight line, not absurdly
      const reach = reachFrom(g, [junctions[0]!]);
      const r = roadTo(g, reach, hbf[0], hbf[1])!;
      const air = geodesicDistance(hbf[0], hbf[1], junctions[0]![0], junctions[0]![1]);
      expect(r.distance_m).toBeGreaterThan(air);
      expect(r.distance_m).toBeLessThan(air * 2);
      expect(r.time_s / 60).toBeGreaterThan(3);
      expect(r.time_s / 60).toBeLessThan(20);

      // the scout's need: ≥ 5 available GE/GI plots or combinations of 2–5 ha within 3 km by road
      const plots = parsePlots(JSON.parse(readFileSync('data/dueren-2025/plots.geojson', 'utf8')));
      const reachA4 = reachFrom(g, junctions);
      const near = scoutCandidates(plots).filter((p) => {
        const [lon, lat] = interiorPoint(p.geometry);
        const d = roadTo(g, reachA4, lon, lat);
        return d !== null && d.distance_m <= 3000;
      });
      expect(near.length).toBeGreaterThanOrEqual(5);
    }, 60_000);
  }
);
