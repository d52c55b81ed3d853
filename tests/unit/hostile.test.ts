/**
 * Hostile and huge inputs (issue 14). Fixtures are generated at test time
 * (tests/hostile/fixtures.ts); nothing big is committed.
 * - the importer: every hostile file gives its own plain German message (no internal class
 *   names), the CLI exits 1 and leaves the output folder byte for byte as it was;
 * - `--out` never deletes what the importer did not write;
 * - regions: hemisphere, antimeridian, 1M vertices, empty, BOM.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPlan, ImportError } from '../../src/lib/xplan';
import { PlanIndex, fullFilter } from '../../src/lib/geo/engine';
import { RegionError, regionFromGeoJSON } from '../../src/lib/geo/region';
import { syntheticPlan } from '../../src/lib/geo/synthetic';
import { parsePlanCollection } from '../../src/lib/plan/validate';
import { hostileFixtures } from '../hostile/fixtures';
import { treeHash } from '../hostile/tree';

const ROOT = process.cwd();
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const work = mkdtempSync(join(tmpdir(), 'fnp-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fixtures = hostileFixtures();
const INTERNAL = /\b(?:[A-Z][a-zA-Z]*Error|TypeError|RangeError|undefined entity|call stack)\b/;

function cli(script: string, args: string[], cwd = ROOT) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const p = spawn(TSX, [resolve(ROOT, script), ...args], { cwd });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('hostile files: the importer', () => {
  for (const f of fixtures.filter((x) => x.message !== null)) {
    it(`${f.name}: refused with its own German message`, () => {
      let error: unknown = null;
      try {
        importPlan(f.bytes, f.name);
      } catch (e) {
        error = e;
      }
      expect(error, f.name).toBeInstanceOf(ImportError);
      const message = (error as ImportError).message;
      expect(message).toMatch(f.message as RegExp);
      expect(message).toContain(`„${f.name}“`);
      expect(message).not.toMatch(INTERNAL);
    });
  }

  for (const f of fixtures.filter((x) => x.message === null)) {
    it(`${f.name}: imports into a plan the viewer accepts`, () => {
      const r = importPlan(f.bytes, f.name);
      const checked = parsePlanCollection(
        { type: 'FeatureCollection', features: r.features },
        f.name
      );
      expect(checked.length).toBeGreaterThan(0);
      for (const c of checked) {
        expect(c.properties.area_m2).toBeGreaterThan(0);
        if (c.properties.codes) {
          expect(Object.prototype.hasOwnProperty.call(c.properties.codes, 'constructor')).toBe(
            false
          );
          expect(Object.getPrototypeOf(c.properties.codes)).toBe(Object.prototype);
        }
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('HTML in text fields is kept as text, verbatim', () => {
    const f = fixtures.find((x) => x.name === 'html-everywhere.gml')!;
    const p = importPlan(f.bytes, f.name).features[0]!.properties;
    expect(p.id).toBe('GML_<b>');
    expect(p.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('a ring of 100,000 vertices: its area is right (circle of 300 m, 0.1 %)', () => {
    const f = fixtures.find((x) => x.name === 'ring-100000.gml')!;
    const a = importPlan(f.bytes, f.name).features[0]!.properties.area_m2!;
    // UTM scale factor near Düren (k ≈ 0.99962 at 322 km easting): the ground area is larger.
    expect(Math.abs(a / (Math.PI * 300 * 300) - 1)).toBeLessThan(2e-3);
  });

  it('a bow-tie area counts both lobes instead of 0.00 ha', () => {
    const bow =
      '322424.966 5630611.617 322524.966 5630711.617 322524.966 5630611.617 322424.966 5630711.617 322424.966 5630611.617';
    const src = `<?xml version="1.0"?><xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/5/1" xmlns:gml="http://www.opengis.net/gml/3.2"><gml:featureMember><xplan:FP_Plan gml:id="P"/></gml:featureMember><gml:featureMember><xplan:FP_Landwirtschaft gml:id="BOW"><xplan:position><gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>${bow}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:position></xplan:FP_Landwirtschaft></gml:featureMember></xplan:XPlanAuszug>`;
    const r = importPlan(src, 'bow.gml');
    // two triangles of 100 m × 50 m / 2 each = 5,000 m² (UTM scale: within 0.2 %)
    expect(r.features[0]!.properties.area_m2! / 5000).toBeCloseTo(1, 2);
    expect(r.report.problems.map((p) => p.code)).toContain('self-intersection');
  });
});

describe('hostile files: the import CLI', () => {
  let out: string;
  let before: string;
  beforeAll(() => {
    out = join(work, 'data', 'kept');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'plan.json'), '{"title":"vorher","generator":"FNP-Viewer import"}');
    writeFileSync(join(out, 'plan.geojson'), '{"type":"FeatureCollection","features":[]}');
    before = treeHash(join(work, 'data'));
  });

  it('exit 1, the file named, the output folder untouched (hash before/after), for every hostile file', async () => {
    const bad = fixtures.filter((x) => x.message !== null);
    const dir = join(work, 'in');
    mkdirSync(dir, { recursive: true });
    for (const f of bad) writeFileSync(join(dir, f.name), f.bytes);
    const results: Awaited<ReturnType<typeof cli>>[] = [];
    for (let i = 0; i < bad.length; i += 3) {
      const batch = bad
        .slice(i, i + 3)
        .map((f) => cli('cli/import.ts', [join(dir, f.name), '--out', out, '--quiet']));
      results.push(...(await Promise.all(batch)));
    }
    bad.forEach((f, i) => {
      const r = results[i]!;
      expect(r.code, f.name).toBe(1);
      expect(r.stderr, f.name).toMatch(f.message as RegExp);
      expect(r.stderr, f.name).not.toMatch(INTERNAL);
      expect(r.stderr).toMatch(/Es wurde nichts geschrieben/);
    });
    expect(treeHash(join(work, 'data'))).toBe(before);
  }, 300_000);
});

describe('--out never deletes what the importer did not write', () => {
  it('the data root, ".", "..", "/", a file, a foreign folder and a bad plan id: exit 1, nothing touched', async () => {
    const project = join(work, 'project');
    mkdirSync(join(project, 'data', 'dueren-2025'), { recursive: true });
    writeFileSync(join(project, 'data', 'dueren-2025', 'plan.json'), '{"title":"Düren"}');
    writeFileSync(join(project, 'data', 'dueren-2025', 'plan.geojson'), '{}');
    writeFileSync(join(project, 'README.md'), 'Projekt');
    writeFileSync(join(project, 'data', 'existing.txt'), 'eine Datei');
    mkdirSync(join(project, 'data', 'fremd'));
    writeFileSync(join(project, 'data', 'fremd', 'notizen.txt'), 'fremd');
    const before = treeHash(project);
    const gmlFile = resolve(ROOT, 'tests/fixtures/xplan/geom-surface.gml');
    const cases: [string, RegExp][] = [
      ['data', /enthält schon anderes/],
      ['data/dueren-2025', /mitgelieferten Plans „dueren-2025“, der nicht überschrieben wird/],
      ['.', /aktuelle Verzeichnis/],
      ['..', /aktuelle Verzeichnis/],
      ['/', /Wurzelverzeichnis/],
      ['data/existing.txt', /schon eine Datei|nicht geeignet/],
      ['data/fremd', /enthält schon anderes \(notizen\.txt\)/],
      ['data/Mein Plan', /„Mein Plan“ ist als Plan-Kennung nicht geeignet.*Kleinbuchstaben/],
      ['data/düren', /„düren“ ist als Plan-Kennung nicht geeignet/]
    ];
    for (const [target, message] of cases) {
      const r = await cli('cli/import.ts', [gmlFile, '--out', target], project);
      expect(r.code, target).toBe(1);
      expect(r.stderr, target).toMatch(message);
      expect(treeHash(project), target).toBe(before);
    }
    // A new folder works, and a second import replaces only what the first one wrote.
    const ok = await cli('cli/import.ts', [gmlFile, '--out', 'data/neu', '--quiet'], project);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(readdirSync(join(project, 'data', 'neu')).sort()).toEqual(['plan.geojson', 'plan.json']);
    const again = await cli('cli/import.ts', [gmlFile, '--out', 'data/neu', '--quiet'], project);
    expect(again.code).toBe(0);
  }, 300_000);
});

describe('regions: right or refused', () => {
  const plan = syntheticPlan({ n: 2000, seed: 5 });
  const index = new PlanIndex(plan);
  const all = fullFilter();
  const whole = index.balance(null, all).total.area_m2;

  it('a hemisphere gives the whole plan', () => {
    const hemi = {
      type: 'Polygon',
      coordinates: [
        [
          [-90, 0],
          [90, 0],
          [90, 89],
          [-90, 89],
          [-90, 0]
        ]
      ]
    };
    const b = index.balance(hemi, all);
    expect(Math.abs(b.total.area_m2 / whole - 1)).toBeLessThan(1e-9);
    // the region's own area (a quarter of the globe less the polar cap), not the clipped one
    expect(b.region_m2! / 1e12).toBeGreaterThan(100);
  });

  it('a continent (60° × 70°) gives the whole plan', () => {
    const ring: Position[] = [
      [-20, 20],
      [40, 20],
      [40, 89],
      [-20, 89],
      [-20, 20]
    ];
    const b = index.balance({ type: 'Polygon', coordinates: [ring] }, all);
    expect(Math.abs(b.total.area_m2 / whole - 1)).toBeLessThan(1e-9);
  });

  it('a region crossing the antimeridian is refused with a message', () => {
    const r = {
      type: 'Polygon',
      coordinates: [
        [
          [170, 50],
          [-170, 50],
          [-170, 55],
          [170, 55],
          [170, 50]
        ]
      ]
    };
    expect(() => index.balance(r, all)).toThrow(/überquert die Datumsgrenze/);
    expect(() => regionFromGeoJSON(r)).toThrow(RegionError);
  });

  it('1,000,000 and 100,000 vertices are refused up front with the stated limit', () => {
    for (const n of [1_000_000, 100_000]) {
      const ring: Position[] = [];
      for (let i = 0; i < n; i++) {
        const a = (2 * Math.PI * i) / n;
        ring.push([6.48 + 0.01 * Math.cos(a), 50.8 + 0.01 * Math.sin(a)]);
      }
      ring.push(ring[0]!);
      expect(() => index.balance({ type: 'Polygon', coordinates: [ring] }, all)).toThrow(
        /Punkte; erlaubt sind höchstens 50\.000/
      );
    }
  });

  it('an empty or zero-area region is an error that says so', () => {
    for (const r of [
      { type: 'Polygon', coordinates: [] },
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
      }
    ])
      expect(() => index.balance(r, all)).toThrow(/keinen Flächeninhalt/);
  });

  it('stats CLI: a region file with a UTF-8 BOM and CRLF is read', async () => {
    const dir = join(work, 'stats');
    mkdirSync(dir, { recursive: true });
    const region = {
      type: 'Polygon',
      coordinates: [
        [
          [6.47, 50.79],
          [6.49, 50.79],
          [6.49, 50.81],
          [6.47, 50.81],
          [6.47, 50.79]
        ]
      ]
    };
    writeFileSync(
      join(dir, 'bom.geojson'),
      '\uFEFF' + JSON.stringify(region, null, 1).replace(/\n/g, '\r\n')
    );
    const r = await cli('cli/stats.ts', ['--region', join(dir, 'bom.geojson'), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total_ha).toBeGreaterThan(0);
    writeFileSync(join(dir, 'empty.geojson'), '{"type":"Polygon","coordinates":[]}');
    const e = await cli('cli/stats.ts', ['--region', join(dir, 'empty.geojson')]);
    expect(e.code).toBe(1);
    expect(e.stderr).toMatch(/keinen Flächeninhalt/);
  }, 120_000);
});
