/**
 * The import CLI (cli/import.ts) end to end, in a temporary folder: success writes plan.geojson
 * and plan.json in the plan schema; any error exits non-zero, names file and problem, and leaves
 * an existing target untouched; a successful re-import replaces the target with no leftovers.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePlanMeta } from '../../src/lib/plan/validate';
import { readPlanFeatures } from '../../src/lib/geo/measure';
import { importPlanCompact } from '../../src/lib/xplan';
import { MAX_OVERLAP_CLIPS } from '../../src/lib/xplan/topology';
import { openedPlan } from '../../src/lib/worker/open-plan';
import { overlappingSquares } from '../fixtures/overlapping-squares';

const ROOT = process.cwd();
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const FIX = resolve(ROOT, 'tests/fixtures/xplan');
const work = mkdtempSync(join(tmpdir(), 'fnp-import-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(TSX, [resolve(ROOT, 'cli/import.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8'
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run import', () => {
  it('imports an XPlanGML fixture: exit 0, plan.geojson + plan.json in the plan schema', () => {
    const out = join(work, 'data', 'testplan-51');
    const r = run(join(FIX, 'fp-5.1-prefixed.gml'), '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/FNP Testfixture 5\.1 \(XPlanGML 5\.1, EPSG:25832\)/);
    expect(readdirSync(out).sort()).toEqual(['plan.geojson', 'plan.json']);
    const fc = JSON.parse(readFileSync(join(out, 'plan.geojson'), 'utf8'));
    const features = readPlanFeatures(fc, 'plan.geojson');
    expect(features).toHaveLength(7);
    expect(fc.features[0].properties).toEqual({
      id: 'GML_W1',
      category: 'wohnen',
      status: 'bestand',
      previous: null,
      district: null,
      name: 'Am Testfeld',
      xplanClass: 'FP_BebauungsFlaeche',
      codes: { allgArtDerBaulNutzung: '1000', besondereArtDerBaulNutzung: '1200' },
      area_m2: expect.any(Number)
    });
    const meta = parsePlanMeta(
      JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')),
      'plan.json'
    );
    expect(meta).toMatchObject({
      id: 'testplan-51',
      title: 'FNP Testfixture 5.1',
      municipality: 'Düren',
      ags: '05358008',
      dates: { wirksamkeitsDatum: '2025-03-01' },
      model: false,
      sourceCrs: 'EPSG:25832',
      sources: [{ title: 'fp-5.1-prefixed.gml' }],
      attributions: [],
      counts: { features: 7, overlays: 2, byCategory: { wohnen: 1, industrie: 1 } },
      validation: { overlapHa: 0, gapHa: 0 }
    });
    // nothing but the target in the parent folder (no temp or backup folders left)
    expect(readdirSync(join(work, 'data'))).toEqual(['testplan-51']);
  });

  it('a Bebauungsplan: plan.geojson carries the same Nutzungsschablone labels as the browser’s opened plan', async () => {
    const file = join(FIX, 'bplan-5.4-nutzungsschablone.gml');
    const out = join(work, 'data', 'bplan-schablone');
    const r = run(file, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    type Fc = { features: { properties: { id: string; schablone?: string } }[] };
    const cli = JSON.parse(readFileSync(join(out, 'plan.geojson'), 'utf8')) as Fc;
    const browser = JSON.parse(
      await openedPlan(
        importPlanCompact(new Uint8Array(readFileSync(file)), 'bplan.gml'),
        'bplan.gml'
      ).geojson.text()
    ) as Fc;
    const labels = (fc: Fc) => fc.features.map((f) => [f.properties.id, f.properties.schablone]);
    expect(labels(cli)).toEqual(labels(browser));
    expect(labels(cli).filter(([, s]) => s !== undefined).length).toBeGreaterThan(0);
    expect(
      cli.features.find((f) => f.properties.schablone?.startsWith('WA'))?.properties.schablone
    ).toMatch(/^WA \| II \/ 0,4 \| 0,8 \/ o/);
  });

  it('--name sets the title; GeoJSON with a legacy crs member imports too', () => {
    const out = join(work, 'data', 'gj');
    const r = run(
      join(FIX, 'geojson/legacy-crs-25832.geojson'),
      '--out',
      out,
      '--name',
      'Mein Plan'
    );
    expect(r.code).toBe(0);
    const meta = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8'));
    expect(meta).toMatchObject({
      id: 'gj',
      title: 'Mein Plan',
      sourceCrs: 'EPSG:25832',
      format: 'GeoJSON'
    });
  });

  it('a broken file: non-zero exit, message names file and problem, existing target untouched', () => {
    const out = join(work, 'data', 'existing');
    mkdirSync(out, { recursive: true });
    const old = '{"title":"alt","generator":"FNP-Viewer import"}';
    writeFileSync(join(out, 'plan.json'), old);
    writeFileSync(join(out, 'plan.geojson'), '{"type":"FeatureCollection","features":[]}');
    for (const [file, problem] of [
      ['broken/truncated.gml', /ist unvollständig/],
      ['broken/ring-3-points.gml', /„GML_RING3“.*Außenring mit 3 Stützpunkten/],
      ['broken/not-xml.gml', /keine XML-Datei/]
    ] as const) {
      const r = run(join(FIX, file), '--out', out);
      expect(r.code, file).not.toBe(0);
      const name = file.split('/')[1]!;
      expect(r.stderr).toContain(`„${name}“`);
      expect(r.stderr).toMatch(problem);
      expect(r.stderr).toMatch(/Es wurde nichts geschrieben/);
      expect(readFileSync(join(out, 'plan.json'), 'utf8')).toBe(old);
      expect(readdirSync(out).sort()).toEqual(['plan.geojson', 'plan.json']);
    }
    expect(readdirSync(join(work, 'data')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('a successful re-import replaces an existing target completely', () => {
    const out = join(work, 'data', 'replace');
    expect(run(join(FIX, 'fp-5.1-prefixed.gml'), '--out', out).code).toBe(0);
    const r = run(join(FIX, 'fp-6.0-default-ns.gml'), '--out', out);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['plan.geojson', 'plan.json']);
    expect(JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')).title).toBe(
      'FNP Testfixture 6.0'
    );
    expect(readdirSync(join(work, 'data')).filter((n) => n.includes('replace'))).toEqual([
      'replace'
    ]);
  });

  it('usage errors and missing files exit non-zero with a German message', () => {
    const a = run(join(FIX, 'fp-5.1-prefixed.gml'));
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/Zielordner/);
    const b = run(join(FIX, 'gibt-es-nicht.gml'), '--out', join(work, 'data', 'x'));
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/„.*gibt-es-nicht\.gml“ gibt es nicht/);
    expect(readdirSync(join(work, 'data'))).not.toContain('x');
  });

  it('the command of `npm run import` (cached bundle, cli/run-bundled.mjs) writes the same files as tsx', () => {
    // A Gauß-Krüger plan: the bundle must find the BeTA2007 grid beside cli/ as tsx does.
    const plan = join(FIX, 'crs', 'EPSG_31466.gml');
    const viaTsx = join(work, 'data', 'bundle-a');
    const viaScript = join(work, 'data', 'bundle-b');
    expect(run(plan, '--out', viaTsx, '--quiet').code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const [program, ...args] = (pkg.scripts.import as string).split(/\s+/);
    expect(program).toBe('node');
    expect(args).toContain('cli/run-bundled.mjs');
    for (let k = 0; k < 2; k++) {
      // twice: the first start may bundle, the second takes the cached bundle
      rmSync(viaScript, { recursive: true, force: true });
      const report = join(work, 'bundle-report.json');
      const r = spawnSync(
        process.execPath,
        [...args, plan, '--out', viaScript, '--report', report, '--quiet'],
        { cwd: ROOT, encoding: 'utf8' }
      );
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(readFileSync(join(viaScript, 'plan.geojson'), 'utf8')).toBe(
        readFileSync(join(viaTsx, 'plan.geojson'), 'utf8')
      );
      const meta = (dir: string) => {
        const m = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8'));
        delete m.id;
        return m;
      };
      expect(meta(viaScript)).toEqual(meta(viaTsx));
      expect(readFileSync(report, 'utf8')).toMatch(/Transformationsgitter BeTA2007/);
    }
  });

  it('more overlapping pairs than the clipping budget: the import finishes and says so, German then English', () => {
    // More overlapping pairs than the budget (tests/fixtures/overlapping-squares.ts).
    const perRow = 100;
    const rows = Math.ceil((MAX_OVERLAP_CLIPS + 50) / (perRow - 1));
    const file = join(work, 'budget.geojson');
    writeFileSync(file, overlappingSquares(rows, perRow));
    const out = join(work, 'data', 'budget');
    const report = join(work, 'budget-report.json');
    const r = run(file, '--out', out, '--report', report, '--quiet');
    expect(r.code).toBe(0);
    const more = rows * (perRow - 1) - MAX_OVERLAP_CLIPS;
    const de = MAX_OVERLAP_CLIPS.toLocaleString('de-DE');
    expect(r.stderr).toContain(
      `Warnung: Mehr als ${de} Überlappungen zu berechnen: Die Fläche wurde für die ersten ${de} Paare berechnet, weitere ${more.toLocaleString('de-DE')} Paare`
    );
    expect(r.stderr).toContain(`(More than ${MAX_OVERLAP_CLIPS} overlaps to compute`);
    expect(r.stderr.indexOf('Warnung')).toBeLessThan(r.stderr.indexOf('More than'));
    const written = JSON.parse(readFileSync(report, 'utf8'));
    expect(written.topology.overlaps).toHaveLength(MAX_OVERLAP_CLIPS);
    expect(written.topology.unmeasured).toEqual({ clips: MAX_OVERLAP_CLIPS, pairs: more });
    expect(written.notes.map((n: { de: string }) => n.de).join('\n')).toMatch(/Mehr als/);
  });
});
