// Issue 14 (bounded memory): the importer's compact geometry loses nothing — same areas to the
// last bit as GeoJSON, same plan whether the file comes whole or in pieces from disk.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ellipsoidalArea, ellipsoidalAreaFlat } from '../../src/lib/geo/area';
import { syntheticPlan } from '../../src/lib/geo/synthetic';
import { CoordPool, fromGeoJSON, toGeoJSON } from '../../src/lib/xplan/compact';
import {
  importPlan,
  importPlanCompact,
  parseXPlanGML,
  type ByteSource
} from '../../src/lib/xplan/index';
import { generateFnp } from '../fixtures/generate';
import { GRASLEBEN, hasShared, sharedPath, skipReason } from '../shared';

/** The bytes in pieces of `size`: multi-byte characters are split across pieces. */
function pieces(bytes: Uint8Array, size: number): ByteSource {
  return {
    byteLength: bytes.byteLength,
    head: bytes.subarray(0, 4096),
    *chunks() {
      for (let i = 0; i < bytes.byteLength; i += size) yield bytes.subarray(i, i + size);
    }
  };
}

describe('compact geometry', () => {
  const plan = syntheticPlan({ n: 300, seed: 3, holeEvery: 5, computeArea: false });

  it('round-trips GeoJSON exactly (holes and multipolygons included)', () => {
    const pool = new CoordPool();
    expect(plan.some((f) => f.geometry.type === 'MultiPolygon')).toBe(true);
    expect(
      plan.some((f) => f.geometry.type === 'Polygon' && f.geometry.coordinates.length > 1)
    ).toBe(true);
    for (const f of plan) expect(toGeoJSON(fromGeoJSON(f.geometry, pool))).toEqual(f.geometry);
  });

  it('its ellipsoidal area is bit-identical to the GeoJSON one', () => {
    const pool = new CoordPool();
    for (const f of plan) {
      const c = fromGeoJSON(f.geometry, pool);
      expect(ellipsoidalAreaFlat(c.coords, c.ringEnds, c.polyEnds)).toBe(
        ellipsoidalArea(f.geometry)
      );
    }
  });

  it('pooled coordinates share one buffer; a very large ring gets its own', () => {
    const pool = new CoordPool();
    const a = pool.alloc(10);
    const b = pool.alloc(10);
    expect(a.buffer).toBe(b.buffer);
    expect(b.byteOffset).toBe(a.byteOffset + 80);
    expect(pool.alloc(1 << 20).buffer).not.toBe(a.buffer);
  });
});

/**
 * A generated FNP (names with umlauts and typographic quotes, so pieces split multi-byte
 * characters; 900 m² islands as small areas) always; the real Grasleben plan when ../shared is there.
 */
const SOURCES = [
  {
    name: 'generated FNP 5.1',
    missing: false,
    bytes: () =>
      new TextEncoder().encode(generateFnp({ version: '5.1', cols: 12, rows: 10, edgeVertices: 8 }))
  },
  {
    name: `Grasleben${skipReason('xplan', GRASLEBEN)}`,
    missing: !hasShared('xplan', GRASLEBEN),
    bytes: () => new Uint8Array(readFileSync(sharedPath('xplan', GRASLEBEN)))
  }
];

for (const source of SOURCES)
  describe(`import: areas from the unrounded source coordinates, ${source.name}`, () => {
    let bytes: Uint8Array;
    beforeAll(() => {
      if (!source.missing) bytes = source.bytes();
    });

    it.skipIf(source.missing)(
      'every area_m2 is the ellipsoidal area of the full-precision geometry (0.01 m²)',
      () => {
        const parsed = parseXPlanGML(bytes, { fileName: 'plan.gml' });
        const full = new Map(
          parsed.features.map((f) => [f.properties.id, ellipsoidalArea(toGeoJSON(f.geometry))])
        );
        const { features } = importPlan(bytes, 'plan.gml');
        expect(features.length).toBe(full.size);
        let small = 0;
        for (const f of features) {
          const exact = full.get(f.properties.id)!;
          expect(Math.abs(f.properties.area_m2! - exact)).toBeLessThanOrEqual(0.005 + 1e-9);
          // small areas too: 0.001 % or the 0.01 m² rounding, whichever is larger
          if (exact < 1000) small++;
          expect(Math.abs(f.properties.area_m2! - exact)).toBeLessThanOrEqual(
            Math.max(exact * 1e-5, 0.005 + 1e-9)
          );
        }
        expect(small).toBeGreaterThan(0);
      }
    );

    it.skipIf(source.missing)(
      'a file read in pieces (as the CLI reads from disk) gives the same plan as read whole',
      () => {
        const whole = importPlan(bytes, 'plan.gml', undefined, { skipTopology: true });
        for (const size of [4099, 65_537]) {
          const c = importPlanCompact(pieces(bytes, size), 'plan.gml', undefined, {
            skipTopology: true
          });
          expect(c.count).toBe(whole.features.length);
          for (let i = 0; i < c.count; i += c.count > 2000 ? 97 : 1)
            expect(c.feature(i)).toEqual(whole.features[i]);
          expect({ ...c.report, parseMs: 0, totalMs: 0 }).toEqual({
            ...whole.report,
            parseMs: 0,
            totalMs: 0
          });
        }
      }
    );
  });
