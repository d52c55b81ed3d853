/**
 * The shipped model on Düren's real geography: measured against the coarse OpenStreetMap sketch
 * in ../shared/design/ (read from there, never copied). Shares are measured on a 30 m grid of
 * sample points over the city; lines are sampled every 5 m.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area as turfArea } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { featureCollection, point } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { pointToPolygonDistance } from '@turf/point-to-polygon-distance';
import Flatbush from 'flatbush';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiPolygon,
  Point,
  Polygon,
  Position
} from 'geojson';
import { describe, expect, it } from 'vitest';
import { ellipsoidalArea } from '../../src/lib/geo/area';
import { geometryBounds } from '../../src/lib/geo/bounds';
import type { CategoryCode } from '../../src/lib/plan/categories';
import type { PlanProperties } from '../../src/lib/plan/types';
import { DISTRICTS } from '../../cli/data/layout';
import { sharedPath, skipReason } from '../shared';

type Area = Polygon | MultiPolygon;
type Props = PlanProperties & { area_m2: number };
const DIR = join(process.cwd(), 'data', 'dueren-2025');
const SKETCH = sharedPath('design', 'dueren-sketch.geojson');
const read = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

const plan = read<FeatureCollection<Area, Props>>(join(DIR, 'plan.geojson')).features;
const boundary = read<FeatureCollection<Polygon>>(join(DIR, 'boundary.geojson'))
  .features[0] as Feature<Polygon>;
const districts = read<FeatureCollection<Area, { name: string }>>(
  join(DIR, 'districts.geojson')
).features;
const places = read<FeatureCollection<Point, Record<string, unknown>>>(
  join(DIR, 'places.geojson')
).features;
const sketch = existsSync(SKETCH)
  ? read<FeatureCollection<Geometry, { kind: string; zone?: string; name?: string | null }>>(SKETCH)
      .features
  : [];

const polygonsOf = (g: Area): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
const bboxOf = geometryBounds;

/** Point lookup in a list of area features through a bounding-box index. */
function lookup<F extends Feature<Area>>(list: F[]): (lon: number, lat: number) => F | undefined {
  const index = new Flatbush(Math.max(1, list.length));
  for (const f of list) index.add(...bboxOf(f.geometry));
  if (list.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  return (lon, lat) => {
    const pt = point([lon, lat]);
    for (const i of index.search(lon, lat, lon, lat)) {
      const f = list[i] as F;
      if (booleanPointInPolygon(pt, f)) return f;
    }
    return undefined;
  };
}

const zones = sketch.filter(
  (f) => f.properties.kind === 'zone' && f.geometry.type === 'Polygon'
) as Feature<Polygon, { kind: string; zone: string }>[];
const zoneAt = lookup(zones);
const featureAt = lookup(plan);
const lines = (kind: string, name?: string): LineString[] =>
  sketch
    .filter(
      (f) =>
        f.properties.kind === kind &&
        f.geometry.type === 'LineString' &&
        (name === undefined || f.properties.name === name)
    )
    .map((f) => f.geometry as LineString);
const M_LON = 111_320 * Math.cos((50.8 * Math.PI) / 180);
const M_LAT = 111_200;
/** Points every `step` metres along the lines. */
function samples(ls: LineString[], step: number): [number, number][] {
  const out: [number, number][] = [];
  for (const l of ls)
    for (let i = 0; i + 1 < l.coordinates.length; i++) {
      const [ax, ay] = l.coordinates[i] as [number, number];
      const [bx, by] = l.coordinates[i + 1] as [number, number];
      const len = Math.hypot((bx - ax) * M_LON, (by - ay) * M_LAT);
      const n = Math.max(1, Math.round(len / step));
      for (let k = 0; k < n; k++) out.push([ax + ((bx - ax) * k) / n, ay + ((by - ay) * k) / n]);
    }
  return out;
}
/** Distance (m) from a point to the nearest of the lines. */
function distToLines(ls: LineString[], [x, y]: [number, number]): number {
  let best = Infinity;
  for (const l of ls)
    for (let i = 0; i + 1 < l.coordinates.length; i++) {
      const [ax, ay] = l.coordinates[i] as [number, number];
      const [bx, by] = l.coordinates[i + 1] as [number, number];
      const dx = (bx - ax) * M_LON,
        dy = (by - ay) * M_LAT;
      const px = (x - ax) * M_LON,
        py = (y - ay) * M_LAT;
      const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(px - t * dx, py - t * dy));
    }
  return best;
}

// A 30 m grid of sample points over the city, each with its plan feature and sketch zone.
const grid: { f: Feature<Area, Props>; zone: string | null; x: number; y: number }[] = [];
{
  const [x0, y0, x1, y1] = bboxOf(boundary.geometry);
  const dx = 30 / M_LON,
    dy = 30 / M_LAT;
  for (let y = y0 + dy / 2; y < y1; y += dy)
    for (let x = x0 + dx / 2; x < x1; x += dx) {
      const f = featureAt(x, y);
      if (f) grid.push({ f, zone: zoneAt(x, y)?.properties.zone ?? null, x, y });
    }
}
const rurLines = lines('fluss', 'Rur');
/** Share of the sample points of features matching `pred` that lie on one of `onZones`. */
function share(
  pred: (p: Props) => boolean,
  onZones: string[],
  extra?: (x: number, y: number) => boolean
): number {
  const mine = grid.filter((g) => pred(g.f.properties));
  const on = mine.filter((g) => (g.zone !== null && onZones.includes(g.zone)) || extra?.(g.x, g.y));
  return on.length / Math.max(1, mine.length);
}
const is =
  (...cats: CategoryCode[]) =>
  (p: Props): boolean =>
    cats.includes(p.category);
const bestand = (p: Props): boolean => p.status === 'bestand';

describe.skipIf(sketch.length === 0)(
  `data/dueren-2025 on the real geography (sketch)${skipReason('design', 'dueren-sketch.geojson')}`,
  () => {
    it('samples the whole city', () => {
      expect(grid.length).toBeGreaterThan(80_000);
    });

    it('existing W+M lie on the sketch’s settlement (≥ 85 %)', () => {
      const s = share((p) => bestand(p) && is('wohnen', 'gemischt')(p), ['siedlung']);
      expect(s).toBeGreaterThanOrEqual(0.85);
    });

    it('existing G/GI on commercial zones, Wald on wald, green on gruen (≥ 80 % each)', () => {
      expect(
        share((p) => bestand(p) && is('gewerbe', 'industrie')(p), ['gewerbe'])
      ).toBeGreaterThanOrEqual(0.8);
      expect(share(is('wald'), ['wald'])).toBeGreaterThanOrEqual(0.8);
      expect(share(is('gruen'), ['gruen'])).toBeGreaterThanOrEqual(0.8);
    });

    it('water lies on the sketch’s water: its lakes, the Rur (line, 14 m either side) and brooks (5 m) (≥ 80 %)', () => {
      const brooks = sketch
        .filter(
          (f) =>
            f.properties.kind === 'fluss' &&
            f.properties.name !== 'Rur' &&
            f.geometry.type === 'LineString'
        )
        .map((f) => f.geometry as LineString);
      const onRiver = (x: number, y: number): boolean =>
        distToLines(rurLines, [x, y]) <= 14 || distToLines(brooks, [x, y]) <= 5;
      expect(share(is('wasser'), ['wasser'], onRiver)).toBeGreaterThanOrEqual(0.8);
    });

    it('no area straddles the A4, a railway or the Rur (at most 20 m of line inside a non-traffic, non-water area)', () => {
      const counts = new Map<string, number>();
      const pts = samples([...lines('autobahn'), ...lines('bahn'), ...rurLines], 5);
      let inCity = 0;
      for (const [x, y] of pts) {
        const f = featureAt(x, y);
        if (!f) continue;
        inCity++;
        if (is('verkehr', 'wasser')(f.properties)) continue;
        counts.set(f.properties.id, (counts.get(f.properties.id) ?? 0) + 1);
      }
      expect(inCity).toBeGreaterThan(4000);
      const worst = Math.max(0, ...counts.values());
      expect(worst * 5).toBeLessThanOrEqual(20);
    });

    it('the Rur is one continuous Wasserfläche through the city', () => {
      const pts = samples(rurLines, 5).filter(([x, y]) =>
        booleanPointInPolygon(point([x, y]), boundary)
      );
      expect(pts.length).toBeGreaterThan(1500);
      const wet = pts.filter(([x, y]) => featureAt(x, y)?.properties.category === 'wasser');
      expect(wet.length / pts.length).toBeGreaterThanOrEqual(0.995);
    });

    it('new residential areas sit on open land at the edge of the real settlement', () => {
      const neu = plan.filter(
        (f) => f.properties.category === 'wohnen' && f.properties.status === 'neu'
      );
      expect(neu).toHaveLength(26);
      expect(
        share(
          (p) => p.category === 'wohnen' && p.status === 'neu',
          ['siedlung', 'gewerbe', 'wald', 'wasser', 'gruen', 'gemeinbedarf']
        )
      ).toBeLessThan(0.15);
      const settlement = zones.filter((z) => z.properties.zone === 'siedlung');
      const edge = settlement.map(
        (z) => ({ type: 'LineString', coordinates: z.geometry.coordinates[0] }) as LineString
      );
      for (const f of neu) {
        const ring = polygonsOf(f.geometry)[0]?.[0] as Position[];
        const near = Math.min(...ring.map((p) => distToLines(edge, p as [number, number])));
        expect(near, f.properties.id).toBeLessThan(60);
      }
    });

    it('existing named estates lie on the real commercial zones; returned land lies at their edges', () => {
      for (const name of [
        'Im Großen Tal',
        'Talbenden/Rurbenden',
        'Henry-Ford-Straße',
        'Stockheimer Landstraße',
        'Paradiesbenden',
        'Industriepark Niederau-Krauthausen'
      ])
        expect(
          share((p) => p.name === name, ['gewerbe']),
          name
        ).toBeGreaterThanOrEqual(0.8);
      const gEdges = zones
        .filter((z) => z.properties.zone === 'gewerbe')
        .map((z) => ({ type: 'LineString', coordinates: z.geometry.coordinates[0] }) as LineString);
      const returned = plan.filter(
        (f) =>
          f.properties.category === 'landwirtschaft' &&
          (f.properties.previous === 'gewerbe' || f.properties.previous === 'industrie')
      );
      expect(returned.length).toBeGreaterThan(3);
      for (const f of returned) {
        const ring = polygonsOf(f.geometry)[0]?.[0] as Position[];
        expect(
          Math.min(...ring.map((p) => distToLines(gEdges, p as [number, number])))
        ).toBeLessThan(60);
      }
    });

    it('every district contains its own Stadtteil centre (ort) from the sketch', () => {
      const orte = sketch.filter((f) => f.properties.kind === 'ort') as Feature<
        Point,
        { name: string }
      >[];
      const names = districts.map((d) => d.properties.name);
      for (const o of orte) {
        // Düren and Distelrath lie in the core city's quarters (Innenstadt, Ost).
        if (o.properties.name === 'Düren' || o.properties.name === 'Distelrath') continue;
        const d = districts.find((x) => x.properties.name.split('-').includes(o.properties.name));
        expect(d, o.properties.name).toBeDefined();
        if (!d) continue;
        expect(booleanPointInPolygon(o, d), o.properties.name).toBe(true);
      }
      expect(names.length).toBeGreaterThanOrEqual(15);
    });

    it('no settlement body is cut in two without reason: it lies in the districts whose seeds lie in or near it', () => {
      const bodies = sketch.filter((f) => f.properties.zone === 'siedlung') as Feature<Polygon>[];
      expect(bodies.length).toBeGreaterThan(10);
      let whole = 0;
      for (const body of bodies) {
        const inCity = intersect(featureCollection([body, boundary]));
        if (!inCity || turfArea(inCity) < 5_000) continue;
        const share = (d: Feature<Area>) => {
          const x = intersect(featureCollection<Area>([inCity, d]));
          return x ? turfArea(x) / turfArea(inCity) : 0;
        };
        const seeded = new Set(
          // Seeds are hand-placed approximations; one within 250 m of a body counts as in it.
          DISTRICTS.filter((d) =>
            d.at.some((at) => pointToPolygonDistance(point(at), inCity, { units: 'meters' }) <= 250)
          ).map((d) => d.name)
        );
        const shares = districts.map((d) => ({ name: d.properties.name, share: share(d) }));
        // A body without a seed belongs to one district: the one that holds most of it.
        const own =
          seeded.size > 0
            ? shares.filter((s) => seeded.has(s.name))
            : [shares.reduce((a, b) => (b.share > a.share ? b : a))];
        const label = `settlement of ${(turfArea(inCity) / 1e4).toFixed(1)} ha (${[...seeded].join(', ')})`;
        expect(
          own.reduce((s, x) => s + x.share, 0),
          label
        ).toBeGreaterThan(0.999);
        whole++;
      }
      expect(whole).toBeGreaterThan(10);
    });
  }
);

describe('data/dueren-2025: sizes, area_m2, places', () => {
  const BUILDING: CategoryCode[] = ['wohnen', 'gemischt', 'gewerbe', 'industrie', 'sonder'];

  it('has no building area under 0.5 ha', () => {
    const small = plan.filter(
      (f) => BUILDING.includes(f.properties.category) && ellipsoidalArea(f.geometry) < 5000
    );
    expect(small.map((f) => f.properties.id)).toEqual([]);
  });

  it('every area carries area_m2: its ellipsoidal area to 0.01 m², matching the written geometry', () => {
    for (const f of plan) {
      const a = f.properties.area_m2;
      expect(typeof a).toBe('number');
      expect(Math.round(a * 100) / 100).toBe(a);
      expect(Math.abs(a - ellipsoidalArea(f.geometry))).toBeLessThan(Math.max(2, a * 1e-4));
    }
  });

  it('places: Hauptbahnhof, A4 junctions, ICD, Modellfabrik Papier and Düren’s stations and stops, attributed', () => {
    const kinds = new Set(places.map((p) => p.properties.kind));
    expect([...kinds].sort()).toEqual(['anschlussstelle', 'bahnhof', 'einrichtung', 'haltestelle']);
    const main = places.filter((p) => p.properties.main === true);
    expect(main.map((p) => p.properties.name)).toEqual(['Düren Hauptbahnhof']);
    expect(
      places.filter((p) => p.properties.kind === 'anschlussstelle').length
    ).toBeGreaterThanOrEqual(2);
    expect(places.filter((p) => p.properties.kind === 'haltestelle').length).toBeGreaterThan(150);
    expect(places.some((p) => p.properties.name === 'Düren Im Großen Tal')).toBe(true);
    for (const p of places) {
      expect(typeof p.properties.source).toBe('string');
      expect(booleanPointInPolygon(p, boundary) || p.properties.kind === 'anschlussstelle').toBe(
        true
      );
    }
    expect(
      places.filter((p) => String(p.properties.source).includes('db-hafas-stations')).length
    ).toBeGreaterThan(150);
  });
});

describe('npm run data:build without the sketch', () => {
  it('stops with a clear German and English message', async () => {
    const { loadSketch } = await import('../../cli/data/sketch');
    expect(() => loadSketch('/nonexistent/project')).toThrow(
      /Skizze der Dürener Flächennutzung fehlt.*\n.*sketch of Düren's land cover is missing/
    );
  });
});
