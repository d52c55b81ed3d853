import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { mulberry32 } from '../../src/lib/geo/prng';
import {
  pointInFlatRings,
  pointInPolygons,
  pointInRing,
  pointInRings
} from '../../src/lib/geo/point-in-ring';

const square = (x0: number, y0: number, s: number): Position[] => [
  [x0, y0],
  [x0 + s, y0],
  [x0 + s, y0 + s],
  [x0, y0 + s],
  [x0, y0]
];
const flat = (ring: Position[]) => Float64Array.from(ring.slice(0, -1).flat());

describe('the one point-in-ring test', () => {
  const outer = square(0, 0, 10);
  const hole = square(3, 3, 4);

  it('inside, outside, in a hole; closed and open rings alike', () => {
    expect(pointInRing(5, 1, outer)).toBe(true);
    expect(pointInRing(5, 11, outer)).toBe(false);
    expect(pointInRing(-0.1, 5, outer)).toBe(false);
    expect(pointInRing(5, 1, outer.slice(0, -1))).toBe(true);
    expect(pointInPolygons(5, 5, [[outer, hole]])).toBe(false);
    expect(pointInPolygons(2, 5, [[outer, hole]])).toBe(true);
    expect(pointInPolygons(12, 1, [[outer], [square(11, 0, 2)]])).toBe(true);
  });

  it('positions and flat rings agree, even-odd over several rings, on 2,000 random points', () => {
    const rnd = mulberry32(11);
    const star: Position[] = Array.from({ length: 24 }, (_, i) => {
      const a = (i / 24) * 2 * Math.PI;
      const r = i % 2 ? 3 : 9;
      return [10 + r * Math.cos(a), 10 + r * Math.sin(a)];
    });
    const rings = [star, square(8, 8, 4)];
    let inside = 0;
    for (let i = 0; i < 2000; i++) {
      const [x, y] = [rnd() * 20, rnd() * 20];
      const a = pointInRings(x, y, rings);
      expect(
        pointInFlatRings(
          x,
          y,
          rings.map((r) => flat([...r, r[0]!]))
        )
      ).toBe(a);
      expect(a).toBe(pointInRing(x, y, star) !== pointInRing(x, y, rings[1]!));
      if (a) inside++;
    }
    expect(inside).toBeGreaterThan(200);
    expect(inside).toBeLessThan(1800);
  });
});
