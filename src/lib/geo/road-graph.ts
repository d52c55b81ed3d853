/**
 * Road distances for the plot finder: a graph of the basemap's roads (OpenMapTiles
 * `transportation` layer) and fastest routes over it (Dijkstra with a binary heap). Pure: no
 * DOM, no MapLibre. Roads are driven both ways (one-way streets are not modelled: the distances
 * are an approximation and say so).
 */
import { geodesicDistance } from './access';

/**
 * Assumed speeds per OpenMapTiles road class (km/h), for the approximate drive time; stated
 * to the user with every drive time. Classes not listed (path, track, rail …) are not driven.
 */
export const ROAD_SPEEDS_KMH: Readonly<Record<string, number>> = {
  motorway: 100,
  trunk: 80,
  primary: 60,
  secondary: 50,
  tertiary: 40,
  minor: 30,
  service: 15
};

/** From a plot or target to the nearest road node: on foot/site road speed (km/h). */
const SNAP_SPEED_KMH = 15;

export interface RoadLine {
  coords: readonly (readonly [number, number])[];
  cls: string;
}

/** Nodes (lon/lat) and edges in compressed rows: edges of node i are start[i] … start[i+1]-1. */
export interface RoadGraph {
  lon: Float64Array;
  lat: Float64Array;
  start: Int32Array;
  to: Int32Array;
  length: Float64Array;
  time: Float64Array;
}

/** Vertices closer than this (degrees, about 0.1 m) are one node: tiles share their grid. */
const KEY = 1e6;

/** The graph of the driveable lines; vertices with the same position join. */
export function buildRoadGraph(
  lines: Iterable<RoadLine>,
  speeds: Readonly<Record<string, number>> = ROAD_SPEEDS_KMH
): RoadGraph {
  const index = new Map<string, number>();
  const lon: number[] = [];
  const lat: number[] = [];
  const node = (p: readonly [number, number]) => {
    const k = `${Math.round(p[0] * KEY)},${Math.round(p[1] * KEY)}`;
    let i = index.get(k);
    if (i === undefined) {
      i = lon.length;
      index.set(k, i);
      lon.push(p[0]);
      lat.push(p[1]);
    }
    return i;
  };
  const edges = new Map<string, [number, number, number, number]>();
  for (const line of lines) {
    const kmh = speeds[line.cls];
    if (!kmh) continue;
    for (let i = 1; i < line.coords.length; i++) {
      const a = node(line.coords[i - 1]!);
      const b = node(line.coords[i]!);
      if (a === b) continue;
      const [u, v] = a < b ? [a, b] : [b, a];
      const m = geodesicDistance(lon[u]!, lat[u]!, lon[v]!, lat[v]!);
      const s = m / (kmh / 3.6);
      const key = `${u},${v}`;
      const old = edges.get(key);
      // the same piece from two tiles or two layers: keep the faster
      if (!old || s < old[3]) edges.set(key, [u, v, m, s]);
    }
  }
  const n = lon.length;
  const degree = new Int32Array(n + 1);
  for (const [u, v] of edges.values()) {
    degree[u + 1]!++;
    degree[v + 1]!++;
  }
  for (let i = 0; i < n; i++) degree[i + 1]! += degree[i]!;
  const start = Int32Array.from(degree);
  const fill = Int32Array.from(degree.subarray(0, n));
  const to = new Int32Array(start[n]!);
  const length = new Float64Array(start[n]!);
  const time = new Float64Array(start[n]!);
  for (const [u, v, m, s] of edges.values())
    for (const [x, y] of [
      [u, v],
      [v, u]
    ] as const) {
      const j = fill[x]!++;
      to[j] = y;
      length[j] = m;
      time[j] = s;
    }
  return { lon: Float64Array.from(lon), lat: Float64Array.from(lat), start, to, length, time };
}

/** The node nearest to a point (straight line), or -1 in an empty graph. */
export function nearestNode(g: RoadGraph, lon: number, lat: number): number {
  const kx = Math.cos((lat * Math.PI) / 180);
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; i < g.lon.length; i++) {
    const d = ((g.lon[i]! - lon) * kx) ** 2 + (g.lat[i]! - lat) ** 2;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

export interface Reach {
  /** Fastest time (s) from the nearest source to each node; Infinity where unreachable. */
  time: Float64Array;
  /** Length (m) of that fastest route. */
  length: Float64Array;
}

/** Fastest routes from several sources at once (each with a start time and length). */
export function fastestFrom(
  g: RoadGraph,
  sources: readonly { node: number; time: number; length: number }[]
): Reach {
  const n = g.lon.length;
  const time = new Float64Array(n).fill(Infinity);
  const length = new Float64Array(n).fill(Infinity);
  // binary heap of [time, node]
  const heap: [number, number][] = [];
  const push = (t: number, v: number) => {
    heap.push([t, v]);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p]![0] <= heap[i]![0]) break;
      [heap[p], heap[i]] = [heap[i]!, heap[p]!];
      i = p;
    }
  };
  const pop = () => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l]![0] < heap[m]![0]) m = l;
        if (r < heap.length && heap[r]![0] < heap[m]![0]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i]!, heap[m]!];
        i = m;
      }
    }
    return top;
  };
  for (const s of sources)
    if (s.node >= 0 && s.time < time[s.node]!) {
      time[s.node] = s.time;
      length[s.node] = s.length;
      push(s.time, s.node);
    }
  while (heap.length > 0) {
    const [t, u] = pop();
    if (t > time[u]!) continue;
    for (let j = g.start[u]!; j < g.start[u + 1]!; j++) {
      const v = g.to[j]!;
      const tv = t + g.time[j]!;
      if (tv < time[v]!) {
        time[v] = tv;
        length[v] = length[u]! + g.length[j]!;
        push(tv, v);
      }
    }
  }
  return { time, length };
}

const snap = (g: RoadGraph, lon: number, lat: number) => {
  const node = nearestNode(g, lon, lat);
  if (node < 0) return null;
  const m = geodesicDistance(lon, lat, g.lon[node]!, g.lat[node]!);
  return { node, length: m, time: m / (SNAP_SPEED_KMH / 3.6) };
};

/** Reach of the nearest of `targets` (lon/lat), each joined to its nearest road node. */
export function reachFrom(g: RoadGraph, targets: readonly (readonly [number, number])[]): Reach {
  return fastestFrom(
    g,
    targets.flatMap(([lon, lat]) => {
      const s = snap(g, lon, lat);
      return s ? [s] : [];
    })
  );
}

/** Road distance (m) and drive time (s) from a point to the targets of `reach`; null if cut off. */
export function roadTo(
  g: RoadGraph,
  reach: Reach,
  lon: number,
  lat: number
): { distance_m: number; time_s: number } | null {
  const s = snap(g, lon, lat);
  if (!s || !Number.isFinite(reach.time[s.node]!)) return null;
  return {
    distance_m: Math.round(reach.length[s.node]! + s.length),
    time_s: Math.round(reach.time[s.node]! + s.time)
  };
}

/** Connected component of each node (numbered from 0), for checks of the graph. */
export function components(g: RoadGraph): Int32Array {
  const comp = new Int32Array(g.lon.length).fill(-1);
  let c = 0;
  for (let s = 0; s < comp.length; s++) {
    if (comp[s] !== -1) continue;
    const stack = [s];
    comp[s] = c;
    while (stack.length > 0) {
      const u = stack.pop()!;
      for (let j = g.start[u]!; j < g.start[u + 1]!; j++)
        if (comp[g.to[j]!] === -1) {
          comp[g.to[j]!] = c;
          stack.push(g.to[j]!);
        }
    }
    c++;
  }
  return comp;
}

/** Compact form for a file: classes, and lines as flat [lon, lat, …] in 1e-6 degrees. */
export interface RoadFile {
  version: 1;
  speeds: Record<string, number>;
  lines: { c: string; p: number[] }[];
}

export function roadFile(lines: Iterable<RoadLine>): RoadFile {
  const out: RoadFile = { version: 1, speeds: { ...ROAD_SPEEDS_KMH }, lines: [] };
  for (const l of lines)
    if (ROAD_SPEEDS_KMH[l.cls])
      out.lines.push({
        c: l.cls,
        p: l.coords.flatMap(([x, y]) => [Math.round(x * KEY), Math.round(y * KEY)])
      });
  return out;
}

/** The graph from a road file (as written by `npm run basemap`); throws on a bad file. */
export function graphFromFile(json: unknown): RoadGraph {
  const f = json as RoadFile;
  if (!f || f.version !== 1 || !Array.isArray(f.lines))
    throw new Error('roads.json: unbekanntes Format');
  return buildRoadGraph(
    f.lines.map((l) => ({
      cls: l.c,
      coords: Array.from(
        { length: l.p.length / 2 },
        (_, i) => [l.p[2 * i]! / KEY, l.p[2 * i + 1]! / KEY] as const
      )
    })),
    f.speeds
  );
}
