/**
 * „zusammenhängend verfügbar“: adjacent available plots of one estate offered together, with
 * their combined size and one outline (the union), so a size filter can match the combination.
 * Pure functions; adjacency is a shared boundary of at least `MIN_SHARED_M` metres.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import {
  ACCESS_KINDS,
  COMBINE_SEP,
  UTILITIES,
  type AccessKind,
  type PlotFeature,
  type PlotProperties,
  type Restriction
} from '../plan/plots';
import { geometryBounds } from './bounds';
import { nonZeroUnion } from './region-union';

/** Two plots are neighbours when they share at least this much boundary (m). */
export const MIN_SHARED_M = 10;
/** Points this close (m) to an edge's line count as lying on it (stored coordinates: 1e-7°). */
const ON_LINE_M = 0.5;

type XY = [number, number];

const rings = (g: Polygon | MultiPolygon): Position[][] =>
  g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();

/** Length (m) of boundary two polygons share: collinear overlapping edges, in local metres. */
export function sharedBoundary(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): number {
  const [w, s, , n] = geometryBounds(a);
  const lat0 = (s + n) / 2;
  const kx = 111_320 * Math.cos((lat0 * Math.PI) / 180);
  const ky = 110_574;
  const xy = (p: Position): XY => [(p[0]! - w) * kx, (p[1]! - s) * ky];
  const edges = (g: Polygon | MultiPolygon) =>
    rings(g).flatMap((r) => r.slice(1).map((p, i) => [xy(r[i]!), xy(p)] as [XY, XY]));
  const ea = edges(a);
  const eb = edges(b);
  let shared = 0;
  for (const [p, q] of ea) {
    const dx = q[0] - p[0];
    const dy = q[1] - p[1];
    const len = Math.hypot(dx, dy);
    if (len === 0) continue;
    const [ux, uy] = [dx / len, dy / len];
    for (const [r, t] of eb) {
      const off = (v: XY) => Math.abs((v[0] - p[0]) * uy - (v[1] - p[1]) * ux);
      if (off(r) > ON_LINE_M || off(t) > ON_LINE_M) continue;
      const along = (v: XY) => (v[0] - p[0]) * ux + (v[1] - p[1]) * uy;
      const [t0, t1] = [along(r), along(t)].sort((x, y) => x - y) as [number, number];
      shared += Math.max(0, Math.min(len, t1) - Math.max(0, t0));
    }
  }
  return shared;
}

const boxesTouch = (a: PlotFeature, b: PlotFeature, pad = 1e-4) => {
  const [aw, as, ae, an] = geometryBounds(a.geometry);
  const [bw, bs, be, bn] = geometryBounds(b.geometry);
  return aw <= be + pad && bw <= ae + pad && as <= bn + pad && bs <= an + pad;
};

/** Neighbours of each plot among plots of the same estate and zoning. */
export function plotNeighbours(plots: readonly PlotFeature[]): Map<string, string[]> {
  const out = new Map<string, string[]>(plots.map((p) => [p.properties.id, []]));
  for (let i = 0; i < plots.length; i++)
    for (let j = i + 1; j < plots.length; j++) {
      const a = plots[i]!;
      const b = plots[j]!;
      if (a.properties.estate !== b.properties.estate) continue;
      if (a.properties.zoning !== b.properties.zoning || !boxesTouch(a, b)) continue;
      if (sharedBoundary(a.geometry, b.geometry) >= MIN_SHARED_M) {
        out.get(a.properties.id)!.push(b.properties.id);
        out.get(b.properties.id)!.push(a.properties.id);
      }
    }
  for (const list of out.values()) list.sort();
  return out;
}

const minBy = <T>(items: T[], key: (t: T) => number | undefined): T | undefined =>
  items
    .filter((t) => key(t) !== undefined)
    .reduce<T | undefined>(
      (best, t) => (best === undefined || key(t)! < key(best)! ? t : best),
      undefined
    );

/** One plot from several adjacent ones: summed size, one outline, the nearest access. */
export function combinePlots(members: readonly PlotFeature[]): PlotFeature {
  const sorted = [...members].sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  const ps = sorted.map((m) => m.properties);
  const first = ps[0]!;
  const area_m2 = ps.reduce((s, p) => s + p.area_m2, 0);
  const polygons = sorted.flatMap((m) =>
    m.geometry.type === 'Polygon' ? [m.geometry.coordinates] : m.geometry.coordinates
  );
  const union = nonZeroUnion(polygons);
  const geometry: Polygon | MultiPolygon =
    union.length === 1
      ? { type: 'Polygon', coordinates: union[0]! }
      : { type: 'MultiPolygon', coordinates: union.length > 0 ? union : polygons };
  const access: PlotProperties['access'] = {};
  const road: NonNullable<PlotProperties['road']> = {};
  for (const k of ACCESS_KINDS as readonly AccessKind[]) {
    const a = minBy(ps, (p) => p.access[k]?.distance_m);
    if (a) access[k] = a.access[k]!;
    const r = minBy(ps, (p) => p.road?.[k]?.distance_m);
    if (r) road[k] = r.road![k]!;
  }
  const priced = ps.filter((p) => p.priceIndication_eur_m2 !== undefined);
  const props: PlotProperties = {
    id: ps.map((p) => p.id).join(COMBINE_SEP),
    estate: first.estate,
    area_m2,
    zoning: first.zoning,
    status: ps.every((p) => p.status === first.status) ? first.status : 'reserviert',
    availableFrom: ps
      .map((p) => p.availableFrom)
      .sort()
      .at(-1)!,
    contact: first.contact,
    asOf: ps.map((p) => p.asOf).sort()[0]!,
    access,
    members: ps.map((p) => p.id)
  };
  if (Object.keys(road).length > 0) props.road = road;
  if (priced.length === ps.length)
    props.priceIndication_eur_m2 =
      Math.round(
        priced.reduce((s, p) => s + p.priceIndication_eur_m2! * p.area_m2, 0) / area_m2 / 5
      ) * 5;
  if (first.bplan) props.bplan = first.bplan;
  const limit = (k: 'maxHeight_m' | 'grz' | 'gfz') => {
    const v = ps.map((p) => p.limits?.[k]);
    return v.every((x) => x !== undefined) ? Math.min(...(v as number[])) : undefined;
  };
  const limits = { maxHeight_m: limit('maxHeight_m'), grz: limit('grz'), gfz: limit('gfz') };
  const known = Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined));
  if (Object.keys(known).length > 0) props.limits = known;
  if (ps.every((p) => p.cadastre)) {
    const c = first.cadastre!;
    const same = ps.every(
      (p) => p.cadastre!.gemarkung === c.gemarkung && p.cadastre!.flur === c.flur
    );
    props.cadastre = same
      ? { ...c, flurstueck: ps.map((p) => p.cadastre!.flurstueck).join(', ') }
      : c;
  }
  if (ps.some((p) => p.utilities))
    props.utilities = Object.fromEntries(
      UTILITIES.map((u) => [u, ps.some((p) => p.utilities?.[u] === true)])
    );
  const restrictions = [...new Set(ps.flatMap((p) => p.restrictions ?? []))] as Restriction[];
  if (ps.some((p) => p.restrictions)) props.restrictions = restrictions;
  if (first.tradeTax) props.tradeTax = first.tradeTax;
  return { type: 'Feature', geometry, properties: props };
}

/**
 * The combinations the finder offers: per estate and zoning, connected groups of adjacent
 * available plots. A group inside the size range is offered whole; a larger one is split, in id
 * order, into disjoint connected sets that reach `minM2` without passing `maxM2`.
 */
export function availableCombinations(
  plots: readonly PlotFeature[],
  neighbours: ReadonlyMap<string, readonly string[]>,
  minM2: number | null,
  maxM2: number | null
): PlotFeature[] {
  const byId = new Map(plots.map((p) => [p.properties.id, p]));
  const free = (id: string) => byId.get(id)?.properties.status === 'verfügbar';
  const ids = plots
    .map((p) => p.properties.id)
    .filter(free)
    .sort();
  const seen = new Set<string>();
  const out: PlotFeature[] = [];
  const size = (set: string[]) => set.reduce((s, id) => s + byId.get(id)!.properties.area_m2, 0);
  const max = maxM2 ?? Infinity;
  for (const start of ids) {
    if (seen.has(start)) continue;
    // the connected group of available plots around `start`
    const group: string[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length > 0) {
      const id = queue.shift()!;
      group.push(id);
      for (const n of neighbours.get(id) ?? [])
        if (!seen.has(n) && free(n)) {
          seen.add(n);
          queue.push(n);
        }
    }
    if (group.length < 2) continue;
    group.sort();
    const total = size(group);
    if ((minM2 === null || total >= minM2) && total <= max) {
      out.push(combinePlots(group.map((id) => byId.get(id)!)));
      continue;
    }
    if (minM2 === null || total < minM2) continue;
    const used = new Set<string>();
    for (const seed of group) {
      if (used.has(seed)) continue;
      const set = [seed];
      let sum = size(set);
      while (sum < minM2) {
        const next = set
          .flatMap((id) => neighbours.get(id) ?? [])
          .filter((n) => group.includes(n) && !used.has(n) && !set.includes(n))
          .sort()
          .find((n) => sum + byId.get(n)!.properties.area_m2 <= max);
        if (!next) break;
        set.push(next);
        sum += byId.get(next)!.properties.area_m2;
      }
      if (set.length >= 2 && sum >= minM2 && sum <= max) {
        for (const id of set) used.add(id);
        out.push(combinePlots(set.map((id) => byId.get(id)!)));
      }
    }
  }
  return out;
}

/** A combination from its id („GF-0012+GF-0013“), or null if a member is unknown. */
export function combinationById(
  id: string,
  byId: ReadonlyMap<string, PlotFeature>
): PlotFeature | null {
  const members = id.split(COMBINE_SEP).map((m) => byId.get(m));
  if (members.length < 2 || members.some((m) => !m)) return null;
  return combinePlots(members as PlotFeature[]);
}
