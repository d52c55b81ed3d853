/**
 * The importer stores each area's ellipsoidal `area_m2` (0.01 m²), measured on the unrounded
 * source coordinates before they are cut to 7 decimals (issue 13/14).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../src/lib/xplan';
import { generateFnp } from '../fixtures/generate';
import { GRASLEBEN, hasShared, sharedPath, skipReason } from '../shared';

const options = { skipTopology: true };

describe('area_m2 from the source coordinates', () => {
  it('every area is stored to 0.01 m² (a generated FNP)', () => {
    const r = importPlan(
      generateFnp({ version: '6.0', cols: 8, rows: 6 }),
      'gen.gml',
      undefined,
      options
    );
    expect(r.features.length).toBeGreaterThan(48);
    for (const f of r.features) {
      const a = f.properties.area_m2!;
      expect(a).toBeGreaterThan(0);
      expect(Math.round(a * 100) / 100).toBe(a);
    }
  });

  it.skipIf(!hasShared('xplan', GRASLEBEN))(
    `Grasleben's two FP_NutzungsbeschraenkungsFlaeche areas: 301.79 m² and 81.39 m²${skipReason('xplan', GRASLEBEN)}`,
    () => {
      const bytes = new Uint8Array(readFileSync(sharedPath('xplan', GRASLEBEN)));
      const r = importPlan(bytes, 'grasleben.gml', undefined, options);
      const areas = r.features
        .filter((f) => f.properties.xplanClass === 'FP_NutzungsbeschraenkungsFlaeche')
        .map((f) => f.properties.area_m2)
        .sort((a, b) => b! - a!);
      expect(areas).toEqual([301.79, 81.39]);
      for (const f of r.features) {
        const a = f.properties.area_m2!;
        expect(Math.round(a * 100) / 100).toBe(a);
      }
    }
  );
});
