/**
 * The importer stores each area's ellipsoidal `area_m2` (0.01 m²), measured on the unrounded
 * source coordinates before they are cut to 7 decimals (issue 13/14).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../src/lib/xplan';

const GRASLEBEN = resolve(
  '../shared/xplan/FNP_Grasleben_031545401000_Zusammenzeichnung_XPlanGML-5.1.gml'
);

describe('area_m2 from the source coordinates', () => {
  const r = importPlan(new Uint8Array(readFileSync(GRASLEBEN)), 'grasleben.gml', undefined, {
    skipTopology: true
  });

  it("Grasleben's two FP_NutzungsbeschraenkungsFlaeche areas: 301.79 m² and 81.39 m²", () => {
    const areas = r.features
      .filter((f) => f.properties.xplanClass === 'FP_NutzungsbeschraenkungsFlaeche')
      .map((f) => f.properties.area_m2)
      .sort((a, b) => b! - a!);
    expect(areas).toEqual([301.79, 81.39]);
  });

  it('every area is stored to 0.01 m²', () => {
    for (const f of r.features) {
      const a = f.properties.area_m2!;
      expect(a).toBeGreaterThan(0);
      expect(Math.round(a * 100) / 100).toBe(a);
    }
  });
});
