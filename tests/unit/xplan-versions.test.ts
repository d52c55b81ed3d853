/**
 * XPlanGML versions: 4.1 and 4.0 versions of the shared 5.1 Grasleben FNP (and of the project's
 * own BPlan fixture, so a clean clone runs it too), made here (tests/fixtures/xplan-4x.ts) with the 4.x
 * names (namespace …/4/1, gehoertZuFP_Bereich, inhaltFPlan, besondereZweckbestimmung as an
 * element of its own, FP_LandwirtschaftsFlaeche, no rechtscharakter), gives the same
 * plan.geojson as the 5.1 file — except `rechtscharakter`, which 4.x does not have. Plus the
 * shared real 4.1 Bebauungsplan in Gauß-Krüger.
 * Skipped (with the reason in its name) where ../shared/xplan is not there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanFeature } from '../../src/lib/plan/types';
import { importPlan } from '../../src/lib/xplan/index';
import { to4x } from '../fixtures/xplan-4x';

const SHARED = resolve(process.cwd(), '../shared/xplan');
const GRASLEBEN = 'FNP_Grasleben_031545401000_Zusammenzeichnung_XPlanGML-5.1.gml';
const LA67 = 'BPlan_LA67_XPlanGML-4.1.gml';
const present = existsSync(join(SHARED, GRASLEBEN));

/** plan.geojson as the CLI writes it. */
const geojson = (features: PlanFeature[]) =>
  JSON.stringify({ type: 'FeatureCollection', features });

describe.skipIf(!present)(
  `XPlanGML 4.1 and 5.1 of one plan${present ? '' : ' (skipped: ../shared/xplan is not there)'}`,
  () => {
    const src51 = readFileSync(join(SHARED, GRASLEBEN), 'utf8');
    const src41 = to4x(src51, '4.1');
    const src40 = to4x(src51, '4.0');

    it('the generated 4.1 file really has the 4.x names', () => {
      expect(src41).toContain('xmlns:xplan="http://www.xplanung.de/xplangml/4/1"');
      expect(src41).not.toContain('xplangml/5/1');
      for (const name of [
        'gehoertZuFP_Bereich',
        'inhaltFPlan',
        'besondereZweckbestimmung',
        'FP_LandwirtschaftsFlaeche'
      ])
        expect(src41, name).toContain(`<xplan:${name}`);
      expect(src41).not.toContain('rechtscharakter');
      expect(src41).not.toContain('<xplan:FP_Landwirtschaft ');
    });

    it('gives identical plan.geojson (5.1 without rechtscharakter, which 4.x does not have)', () => {
      const a = importPlan(src51, GRASLEBEN, undefined, { skipTopology: true });
      const b = importPlan(src41, GRASLEBEN, undefined, { skipTopology: true });
      expect(a.report.version).toBe('5.1');
      expect(b.report.version).toBe('4.1');
      for (const f of a.features) delete f.properties.codes?.rechtscharakter;
      expect(b.features.length).toBe(a.features.length);
      expect(geojson(b.features)).toBe(geojson(a.features));
      expect(b.report.byCategory).toEqual(a.report.byCategory);
      expect(b.meta.title).toBe(a.meta.title);
      // the merged special purposes are really there (Gemeinbedarf 10000 …)
      expect(b.features.some((f) => /\d{5}/.test(f.properties.codes?.zweckbestimmung ?? ''))).toBe(
        true
      );
    });

    it('a 4.0 version (namespace …/4/0, the 4.x names) gives the same plan.geojson as 4.1 and 5.1', () => {
      expect(src40).toContain('xmlns:xplan="http://www.xplanung.de/xplangml/4/0"');
      expect(src40).toContain('<xplan:gehoertZuFP_Bereich');
      const a = importPlan(src51, GRASLEBEN, undefined, { skipTopology: true });
      const b = importPlan(src40, GRASLEBEN, undefined, { skipTopology: true });
      expect(b.report.version).toBe('4.0');
      for (const f of a.features) delete f.properties.codes?.rechtscharakter;
      expect(b.features.length).toBe(a.features.length);
      expect(geojson(b.features)).toBe(geojson(a.features));
      expect(b.report.byCategory).toEqual(a.report.byCategory);
    });

    it('the real 4.1 Bebauungsplan LA 22 (Gauß-Krüger) imports with its Baugebiete and values', () => {
      const r = importPlan(new Uint8Array(readFileSync(join(SHARED, LA67))), LA67);
      expect(r.report.version).toBe('4.1');
      expect(r.meta.sourceCrs).toBe('EPSG:31467');
      expect(r.meta.title).toBe('Bebauungsplan LA 22');
      expect(r.features.length).toBe(29); // SOURCES.md: 29 area features
      const baugebiete = r.features
        .filter((f) => f.properties.xplanClass === 'BP_BaugebietsTeilFlaeche')
        .map((f) => [f.properties.category, f.properties.bau?.GRZ, f.properties.bau?.Z]);
      expect(baugebiete).toEqual([
        ['mi', 0.7, 3],
        ['wr', 0.4, 3],
        ['wr', 0.4, 3]
      ]);
      expect(r.lines.filter((l) => l.properties.category === 'baugrenze')).toHaveLength(5);
    });
  }
);

/** The project's own BPlan fixture (5.4) as 4.0 and 4.1: runs in a clean clone. */
describe("XPlanGML 4.0 and 4.1 of the project's BPlan fixture", () => {
  const FILE = 'bplan-5.4-nutzungsschablone.gml';
  const src54 = readFileSync(resolve('tests/fixtures/xplan', FILE), 'utf8');
  const plain = (src: string) => {
    const r = importPlan(src, FILE);
    for (const f of r.features) delete f.properties.codes?.rechtscharakter;
    return r;
  };
  const a = plain(src54);

  for (const version of ['4.0', '4.1'] as const)
    it(`${version}: gehoertZuBP_Bereich, inhaltBPlan — same areas, Nutzungsschablone values, texts and lines`, () => {
      const src = to4x(src54, version);
      expect(src).toContain(`xmlns:xplan="http://www.xplanung.de/xplangml/4/${version[2]}"`);
      expect(src).toContain('<xplan:gehoertZuBP_Bereich');
      expect(src).toContain('<xplan:inhaltBPlan');
      expect(src).not.toMatch(/xplan:(gehoertZuBereich|planinhalt)\b/);
      const b = plain(src);
      expect(b.report.version).toBe(version);
      expect(b.features.length).toBe(a.features.length);
      expect(geojson(b.features)).toBe(geojson(a.features));
      expect(JSON.stringify(b.lines)).toBe(JSON.stringify(a.lines));
      expect(b.features.find((f) => f.properties.id === 'WA1')?.properties.bau?.GRZ).toBe(0.4);
    });
});
