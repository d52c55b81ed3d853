/**
 * The Flächenbilanz engine (src/lib/geo/engine.ts) against a slow, independent exact reference:
 * intersect (polyclip-ts, in lon/lat) of every area with the region, then the ellipsoidal
 * area of the pieces. Must agree to 0.01 % per category, with equal counts.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature as turfFeature, featureCollection, polygon } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { union } from '@turf/union';
import { Geodesic } from 'geographiclib-geodesic';
import { beforeAll, describe, expect, it } from 'vitest';
import { ellipsoidalArea } from '../../src/lib/geo/area';
import { PlanIndex, fullFilter, type Balance } from '../../src/lib/geo/engine';
import { matchesFilter, type PlanFilter } from '../../src/lib/geo/filter';
import { fromLaea, toLaea } from '../../src/lib/geo/laea';
import {
  RegionError,
  bboxRegion,
  circleRegion,
  districtRegion,
  regionFromGeoJSON
} from '../../src/lib/geo/region';
import { mulberry32 } from '../../src/lib/geo/prng';
import { DUEREN, spikyRegion, starRegion, syntheticPlan } from '../../src/lib/geo/synthetic';
import { CATEGORIES, type CategoryCode } from '../../src/lib/plan/categories';
import type { LoadedFeature } from '../../src/lib/plan/types';

type Region = Polygon | MultiPolygon;

/**
 * Region edges are geodesics (as in PostGIS geography and in the engine); turf clips along
 * straight lon/lat lines. So the reference first densifies the region along great circles
 * (own slerp, 0.001° steps), after which the two edge models differ by well under a millimetre.
 */
function densify(region: Region): Region {
  const rad = Math.PI / 180;
  const v = (p: Position) => [
    Math.cos((p[1] as number) * rad) * Math.cos((p[0] as number) * rad),
    Math.cos((p[1] as number) * rad) * Math.sin((p[0] as number) * rad),
    Math.sin((p[1] as number) * rad)
  ];
  const ring = (r: Position[]): Position[] => {
    const out: Position[] = [];
    for (let i = 0; i + 1 < r.length; i++) {
      const a = r[i] as Position,
        b = r[i + 1] as Position;
      out.push(a);
      const n = Math.ceil(
        Math.max(
          Math.abs((b[0] as number) - (a[0] as number)),
          Math.abs((b[1] as number) - (a[1] as number))
        ) / 0.001
      );
      const [ax, ay, az] = v(a) as [number, number, number];
      const [bx, by, bz] = v(b) as [number, number, number];
      const w = Math.acos(Math.min(1, ax * bx + ay * by + az * bz));
      for (let k = 1; k < n && w > 0; k++) {
        const s1 = Math.sin((1 - k / n) * w) / Math.sin(w),
          s2 = Math.sin((k / n) * w) / Math.sin(w);
        const x = s1 * ax + s2 * bx,
          y = s1 * ay + s2 * by,
          z = s1 * az + s2 * bz;
        out.push([Math.atan2(y, x) / rad, Math.atan2(z, Math.hypot(x, y)) / rad]);
      }
    }
    out.push(r[r.length - 1] as Position);
    return out;
  };
  return region.type === 'Polygon'
    ? { type: 'Polygon', coordinates: region.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: region.coordinates.map((p) => p.map(ring)) };
}

/** The slow exact reference: per category area and count of areas with a positive part inside. */
function reference(plan: LoadedFeature[], region: Region, filter: PlanFilter) {
  const area = new Map<CategoryCode, number>();
  const count = new Map<CategoryCode, number>();
  const regionFeature = turfFeature(densify(region));
  for (const f of plan) {
    if (f.properties.overlay || !matchesFilter(f.properties, filter)) continue;
    const x = intersect(featureCollection([turfFeature(f.geometry), regionFeature]));
    if (!x) continue;
    const a = ellipsoidalArea(x.geometry);
    if (a <= 1e-4) continue;
    const c = f.properties.category;
    area.set(c, (area.get(c) ?? 0) + a);
    count.set(c, (count.get(c) ?? 0) + 1);
  }
  const total = [...area.values()].reduce((s, a) => s + a, 0);
  return { area, count, total };
}

function expectAgrees(b: Balance, ref: ReturnType<typeof reference>) {
  expect(Math.abs(b.total.area_m2 - ref.total)).toBeLessThanOrEqual(1e-4 * Math.max(ref.total, 1));
  for (const cat of CATEGORIES) {
    const mine = b.categories.find((c) => c.category === cat.code);
    const a = ref.area.get(cat.code) ?? 0;
    expect(Math.abs((mine?.area_m2 ?? 0) - a), cat.code).toBeLessThanOrEqual(1e-4 * Math.max(a, 1));
    expect(mine?.count ?? 0, cat.code).toBe(ref.count.get(cat.code) ?? 0);
  }
}

/** A square of `side` metres (true ground metres, built in equal-area LAEA) around a point. */
function square(lon: number, lat: number, side: number, dx = 0, dy = 0): Position[] {
  const [x, y] = toLaea(lon, lat);
  const h = side / 2;
  const ring = [
    [x + dx - h, y + dy - h],
    [x + dx + h, y + dy - h],
    [x + dx + h, y + dy + h],
    [x + dx - h, y + dy + h]
  ].map(([a, b]) => fromLaea(a as number, b as number) as Position);
  return [...ring, ring[0] as Position];
}

function feature(id: string, category: CategoryCode, coordinates: Position[][]): LoadedFeature {
  const geometry: Polygon = { type: 'Polygon', coordinates };
  return {
    type: 'Feature',
    geometry,
    properties: {
      id,
      category,
      status: 'bestand',
      previous: null,
      district: 'Mitte',
      name: null,
      area_m2: ellipsoidalArea(geometry)
    }
  };
}

const [CX, CY] = toLaea(DUEREN[0], DUEREN[1]);
let plan: LoadedFeature[];
let index: PlanIndex;
const all = fullFilter();

beforeAll(() => {
  plan = syntheticPlan({ n: 700, seed: 11, holeEvery: 5, overlays: 6 });
  index = new PlanIndex(plan);
});

describe('region balance vs the exact reference (intersect + ellipsoidal area)', () => {
  it('random concave star regions (5 % of the city), with 50–200 vertices', () => {
    const rnd = mulberry32(5);
    for (let k = 0; k < 3; k++) {
      const r = starRegion(
        rnd,
        CX + (rnd() - 0.5) * 4000,
        CY + (rnd() - 0.5) * 4000,
        4.25e6,
        50 + Math.floor(rnd() * 150)
      );
      const b = index.balance(r, all);
      expect(b.total.count).toBeGreaterThan(10);
      expectAgrees(b, reference(plan, r, all));
      expect(b.region_m2).toBeCloseTo(ellipsoidalArea(r), 3);
    }
  });

  it('a spiky star that most areas cross, and one reaching over the city edge', () => {
    const rnd = mulberry32(6);
    const spiky = spikyRegion(rnd, CX, CY, 4e6, 60);
    expectAgrees(index.balance(spiky, all), reference(plan, spiky, all));
    const edge = starRegion(rnd, CX + 4600, CY - 4600, 8e6, 90);
    const b = index.balance(edge, all);
    expect(b.total.area_m2).toBeLessThan(0.5 * (b.region_m2 as number));
    expectAgrees(b, reference(plan, edge, all));
  });

  it('a region with holes, a multipolygon region, a circle and a map-view box', () => {
    const rnd = mulberry32(8);
    const outer = starRegion(rnd, CX, CY, 8e6, 80).coordinates[0] as Position[];
    const hole = (starRegion(rnd, CX + 100, CY, 0.8e6, 40).coordinates[0] as Position[])
      .slice()
      .reverse();
    const holed: Polygon = { type: 'Polygon', coordinates: [outer, hole] };
    const bh = index.balance(holed, all);
    expect(bh.region_m2).toBeCloseTo(ellipsoidalArea(holed), 2);
    expectAgrees(bh, reference(plan, holed, all));
    const multi: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        starRegion(rnd, CX - 2500, CY, 2e6, 60).coordinates,
        starRegion(rnd, CX + 2500, CY + 1000, 2e6, 70).coordinates
      ]
    };
    expectAgrees(index.balance(multi, all), reference(plan, multi, all));
    const circle = circleRegion(DUEREN[0], DUEREN[1], 500);
    expectAgrees(index.balance(circle, all), reference(plan, circle, all));
    const view = bboxRegion([6.46, 50.79, 6.505, 50.812]);
    expectAgrees(index.balance(view, all), reference(plan, view, all));
  });

  it('fast paths: wholly inside counts the precomputed area, crossing only its part, outside nothing', () => {
    const r = starRegion(mulberry32(9), CX, CY, 6e6, 100);
    const hits = index.query(r, all, false);
    const whole = hits.filter((h) => h.whole);
    const partial = hits.filter((h) => !h.whole);
    expect(whole.length).toBeGreaterThan(20);
    expect(partial.length).toBeGreaterThan(20);
    const regionFeature = turfFeature(densify(r));
    for (const h of [...whole.slice(0, 15), ...partial.slice(0, 15)]) {
      const f = plan[h.index] as LoadedFeature;
      expect(h.id).toBe(f.properties.id);
      const x = intersect(featureCollection([turfFeature(f.geometry), regionFeature]));
      const ref = x ? ellipsoidalArea(x.geometry) : 0;
      expect(Math.abs(h.area_in_m2 - ref)).toBeLessThan(1e-4 * f.properties.area_m2 + 1e-3);
      if (h.whole) expect(h.area_in_m2).toBe(f.properties.area_m2);
      else expect(h.area_in_m2).toBeLessThan(f.properties.area_m2);
    }
    // Features not hit lie outside (sample of them).
    const hit = new Set(hits.map((h) => h.index));
    plan.slice(0, 200).forEach((f, i) => {
      if (hit.has(i) || f.properties.overlay) return;
      const x = intersect(featureCollection([turfFeature(f.geometry), regionFeature]));
      expect(x ? ellipsoidalArea(x.geometry) : 0).toBeLessThan(1e-3);
    });
  });

  it('subjects with holes and islands; regions inside a hole or with a hole', () => {
    const ring = feature('ring', 'gruen', [
      square(6.48, 50.8, 1000),
      square(6.48, 50.8, 400).reverse()
    ]);
    const island = feature('island', 'wasser', [square(6.48, 50.8, 400)]);
    const idx = new PlanIndex([ring, island]);
    const inHole = idx.balance({ type: 'Polygon', coordinates: [square(6.48, 50.8, 200)] }, all);
    expect(inHole.categories.map((c) => c.category)).toEqual(['wasser']);
    expect(inHole.total.area_m2).toBeCloseTo(200 * 200, 1);
    const over = idx.balance({ type: 'Polygon', coordinates: [square(6.48, 50.8, 600)] }, all);
    expect(over.categories.find((c) => c.category === 'gruen')?.area_m2).toBeCloseTo(
      600 ** 2 - 400 ** 2,
      0
    );
    expect(over.categories.find((c) => c.category === 'wasser')?.area_m2).toBeCloseTo(400 ** 2, 0);
    // A region whose hole is exactly the island: the ring counts whole, the island not at all.
    const holed = idx.balance(
      { type: 'Polygon', coordinates: [square(6.48, 50.8, 1000), square(6.48, 50.8, 400)] },
      all
    );
    expect(holed.total.count).toBe(1);
    expect(holed.categories[0]?.category).toBe('gruen');
    expect(holed.categories[0]?.area_m2).toBeCloseTo(1000 ** 2 - 400 ** 2, 0);
    // Half of everything: a region covering the west half (positions with a height are fine).
    const half = idx.balance(
      {
        type: 'Polygon',
        coordinates: [
          square(6.48, 50.8, 1000, -500, 0).map(([lon, lat]) => [lon as number, lat as number, 100])
        ]
      },
      all
    );
    expect(half.region_m2).toBeCloseTo(1000 * 1000, 0);
    expect(half.total.area_m2).toBeCloseTo(500 * 1000, 0);
  });
});

describe('degenerate and invalid regions', () => {
  it('empty or zero-area regions are an error that says so', () => {
    for (const r of [
      { type: 'Polygon', coordinates: [] },
      { type: 'Polygon', coordinates: [[]] },
      { type: 'MultiPolygon', coordinates: [] },
      {
        type: 'Polygon',
        coordinates: [
          [
            [6.47, 50.79],
            [6.49, 50.81],
            [6.47, 50.79],
            [6.47, 50.79]
          ]
        ]
      },
      {
        type: 'Polygon',
        coordinates: [
          [
            [6.47, 50.79],
            [6.47, 50.79],
            [6.47, 50.79],
            [6.47, 50.79]
          ]
        ]
      }
    ]) {
      expect(() => index.balance(r, all)).toThrow(/keinen Flächeninhalt/);
      expect(() => index.query(r)).toThrow(RegionError);
    }
    expect(() => index.balance(circleRegion(6.48, 50.8, 0), all)).toThrow(/keinen Flächeninhalt/);
  });

  it('a region outside the city gives zeros', () => {
    const b = index.balance({ type: 'Polygon', coordinates: [square(13.4, 52.5, 5000)] }, all);
    expect(b.total).toEqual({ area_m2: 0, count: 0 });
    expect(b.region_m2).toBeCloseTo(25e6, -1);
  });

  it('a region larger than the city gives the whole plan', () => {
    const big = index.balance(bboxRegion([6.2, 50.6, 6.8, 51.0]), all);
    const whole = index.balance(null, all);
    expect(whole.region_m2).toBeNull();
    expect(big.total.count).toBe(whole.total.count);
    expect(Math.abs(big.total.area_m2 - whole.total.area_m2)).toBeLessThan(
      1e-9 * whole.total.area_m2
    );
    const sum = plan
      .filter((f) => !f.properties.overlay)
      .reduce((s, f) => s + f.properties.area_m2, 0);
    expect(whole.total.area_m2).toBeCloseTo(sum, 3);
    expect(whole.categories.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 12);
    expect(whole.categories.map((c) => c.category)).toEqual(
      CATEGORIES.map((c) => c.code).filter((c) => whole.categories.some((k) => k.category === c))
    );
  });

  it('self-touching rings are exact', () => {
    // Two squares meeting at one vertex, as one ring passing that vertex twice.
    const [x, y] = toLaea(6.48, 50.8);
    const p = (dx: number, dy: number) => fromLaea(x + dx, y + dy) as Position;
    const ring = [
      p(0, 0),
      p(800, 0),
      p(800, 800),
      p(1600, 800),
      p(1600, 1600),
      p(800, 1600),
      p(800, 800),
      p(0, 800),
      p(0, 0)
    ];
    const r: Polygon = { type: 'Polygon', coordinates: [ring] };
    const b = index.balance(r, all);
    expect(b.region_m2).toBeCloseTo(2 * 800 * 800, 0);
    expectAgrees(b, reference(plan, r, all));
  });

  it('a bow-tie is resolved by the non-zero rule: both lobes count', () => {
    const [x, y] = toLaea(6.48, 50.8);
    const p = (dx: number, dy: number) => fromLaea(x + dx, y + dy) as Position;
    const bow: Polygon = {
      type: 'Polygon',
      coordinates: [[p(0, 0), p(2000, 2000), p(2000, 0), p(0, 2000), p(0, 0)]]
    };
    const lobes: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [[p(0, 0), p(1000, 1000), p(0, 2000), p(0, 0)]],
        [[p(2000, 0), p(2000, 2000), p(1000, 1000), p(2000, 0)]]
      ]
    };
    const b = index.balance(bow, all);
    expect(b.region_m2).toBeCloseTo(2e6, -1);
    expectAgrees(b, reference(plan, bow, all));
    expect(ellipsoidalArea(lobes)).toBeCloseTo(b.region_m2 as number, -2);
  });

  it('overlapping parts of a MultiPolygon count once', () => {
    const a = square(6.48, 50.8, 1000);
    const c = square(6.48, 50.8, 1000, 500, 0);
    const b = index.balance({ type: 'MultiPolygon', coordinates: [[a], [c]] }, all);
    expect(b.region_m2).toBeCloseTo(1.5e6, -1);
    const u = union(featureCollection([polygon([a]), polygon([c])]));
    expectAgrees(b, reference(plan, (u as { geometry: Region }).geometry, all));
  });

  it('invalid input throws RegionError with a German message', () => {
    const bad: [unknown, RegExp][] = [
      [
        {
          type: 'Polygon',
          coordinates: [
            [
              [6.47, 50.79],
              [NaN, 50.79],
              [6.5, 50.81],
              [6.47, 50.79]
            ]
          ]
        },
        /keine endliche Zahl/
      ],
      [
        {
          type: 'Polygon',
          coordinates: [
            [
              [6.47, 50.79],
              [6.5, 50.79],
              [6.5, 50.81],
              [6.47, 50.81]
            ]
          ]
        },
        /nicht geschlossen/
      ],
      [
        {
          type: 'Polygon',
          coordinates: [
            [
              [6.47, 50.79],
              [6.5, 50.79],
              [6.47, 50.79]
            ]
          ]
        },
        /mindestens vier/
      ],
      [
        {
          type: 'Polygon',
          coordinates: [
            [
              [206.47, 50.79],
              [6.5, 50.79],
              [6.5, 50.81],
              [206.47, 50.79]
            ]
          ]
        },
        /außerhalb von WGS84/
      ],
      [{ type: 'Point', coordinates: [6.48, 50.8] }, /Polygon oder MultiPolygon/],
      [{ type: 'Polygon' }, /Koordinaten fehlen/],
      ['Polygon', /kein GeoJSON-Objekt/],
      [
        {
          type: 'Polygon',
          coordinates: [
            [
              [6.47, '50.79'],
              [6.5, 50.79],
              [6.5, 50.81],
              [6.47, 50.79]
            ]
          ]
        },
        /keine endliche Zahl/
      ]
    ];
    for (const [region, message] of bad) {
      expect(() => index.balance(region, all)).toThrow(RegionError);
      expect(() => index.balance(region, all)).toThrow(message);
    }
    expect(() => circleRegion(6.48, 50.8, -1)).toThrow(RegionError);
    expect(() => regionFromGeoJSON({ type: 'FeatureCollection', features: [] })).toThrow(
      /keine Polygone/
    );
    expect(() => regionFromGeoJSON(null)).toThrow(RegionError);
  });
});

describe('filters, overlays, other regions', () => {
  it('respects categories, status, district and minimum area; overlays never count', () => {
    const r = starRegion(mulberry32(21), CX, CY, 1.2e7, 120);
    const filters: PlanFilter[] = [
      {
        categories: new Set<CategoryCode>(['wohnen', 'gewerbe', 'wald']),
        status: 'alle',
        district: null,
        minArea_m2: 0
      },
      { ...all, status: 'neu' },
      { ...all, district: 'Mitte' },
      { ...all, minArea_m2: 60_000 },
      {
        categories: new Set<CategoryCode>(['gruen']),
        status: 'bestand',
        district: 'Süd',
        minArea_m2: 1000
      }
    ];
    const prepared = index.prepare(r);
    const unfiltered = index.balance(prepared, all);
    expect(unfiltered.scope_m2).toBeCloseTo(unfiltered.total.area_m2, 3);
    for (const f of filters) {
      const b = index.balance(prepared, f);
      expectAgrees(b, reference(plan, r, f));
      for (const c of b.categories) expect(f.categories.has(c.category)).toBe(true);
      // Shares are of the scope (every area in the region), not of what the filter lets through.
      expect(b.scope_m2).toBeCloseTo(unfiltered.total.area_m2, 3);
      const shares = b.categories.reduce((s, c) => s + c.share, 0);
      expect(shares).toBeCloseTo(b.total.area_m2 / unfiltered.total.area_m2, 9);
      expect(shares).toBeLessThan(1);
    }
    expect(index.balance(r, { ...all, categories: new Set() }).total.count).toBe(0);
    // Overlays: listed by query() (unless excluded), never in a balance.
    const overlays = plan.map((f, i) => [f, i] as const).filter(([f]) => f.properties.overlay);
    expect(overlays.length).toBe(6);
    const onlyOverlays = new PlanIndex(overlays.map(([f]) => f));
    expect(onlyOverlays.balance(null, all).total.count).toBe(0);
    expect(onlyOverlays.balance(bboxRegion([6.2, 50.6, 6.8, 51]), all).total.count).toBe(0);
    expect(onlyOverlays.query(bboxRegion([6.2, 50.6, 6.8, 51])).length).toBe(6);
    expect(onlyOverlays.query(bboxRegion([6.2, 50.6, 6.8, 51]), null, false).length).toBe(0);
  });

  it('circleRegion is a true circle on the ground with area πr² (within 0.01 %)', () => {
    for (const radius of [50, 500, 2500]) {
      const c = circleRegion(DUEREN[0], DUEREN[1], radius);
      const ring = c.coordinates[0] as Position[];
      expect(ring).toHaveLength(257);
      expect(Math.abs(ellipsoidalArea(c) / (Math.PI * radius * radius) - 1)).toBeLessThan(1e-6);
      const p = Geodesic.WGS84.Polygon(false);
      for (const [lon, lat] of ring.slice(0, -1)) p.AddPoint(lat as number, lon as number);
      expect(
        Math.abs(Math.abs(p.Compute(false, true).area as number) / (Math.PI * radius * radius) - 1)
      ).toBeLessThan(1e-4);
      const theta = (2 * Math.PI) / 256;
      for (const [lon, lat] of ring.slice(0, 16)) {
        const s = Geodesic.WGS84.Inverse(DUEREN[1], DUEREN[0], lat as number, lon as number)
          .s12 as number;
        expect(Math.abs(s - radius * Math.sqrt(theta / Math.sin(theta)))).toBeLessThan(
          1e-6 * radius
        );
      }
    }
    // With few segments the area is still πr² (vertices pushed out by √(θ/sin θ)).
    expect(ellipsoidalArea(circleRegion(6.48, 50.8, 500, 16)) / (Math.PI * 500 * 500)).toBeCloseTo(
      1,
      6
    );
  });

  it('district and Innovationsquartier regions from layer files', () => {
    const districts = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          properties: { name: 'Mitte' },
          geometry: { type: 'Polygon' as const, coordinates: [square(6.48, 50.8, 1500)] }
        },
        {
          type: 'Feature' as const,
          properties: { name: 'Nord' },
          geometry: { type: 'Polygon' as const, coordinates: [square(6.48, 50.8, 1500, 0, 1500)] }
        },
        {
          type: 'Feature' as const,
          properties: { name: 'Mitte' },
          geometry: { type: 'Polygon' as const, coordinates: [square(6.48, 50.8, 500, 2000, 0)] }
        }
      ]
    };
    expect(districtRegion(districts, 'Ost')).toBeNull();
    const mitte = districtRegion(districts, 'Mitte') as Region;
    expect(mitte.type).toBe('MultiPolygon');
    const b = index.balance(mitte, all);
    expect(b.region_m2).toBeCloseTo(1500 ** 2 + 500 ** 2, -1);
    expectAgrees(b, reference(plan, mitte, all));
    const iq = regionFromGeoJSON({
      type: 'Feature',
      properties: { name: 'Innovationsquartier' },
      geometry: { type: 'Polygon', coordinates: [square(6.47, 50.805, 700)] }
    });
    expectAgrees(index.balance(iq, all), reference(plan, iq, all));
  });

  // Speed is measured by `npm run bench` (medians, ratios in one run), not asserted here.
  it('stays exact at n = 20,000 for random star regions', () => {
    const big = syntheticPlan({ n: 20_000, seed: 2, holeEvery: 10 });
    const idx = new PlanIndex(big);
    const rnd = mulberry32(3);
    for (let k = 0; k < 9; k++) {
      const r = starRegion(
        rnd,
        CX + (rnd() - 0.5) * 4000,
        CY + (rnd() - 0.5) * 4000,
        4.25e6,
        50 + Math.floor(rnd() * 150)
      );
      const b = idx.balance(r, all);
      expect(Math.abs(b.total.area_m2 / (b.region_m2 as number) - 1)).toBeLessThan(1e-9);
    }
  });
});
