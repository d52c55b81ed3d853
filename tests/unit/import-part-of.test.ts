/**
 * `npm run import -- bplan.gml --out data/<bplan> --part-of <fnp>` (cli/import/part-of.ts), end
 * to end in a temporary folder: the Bebauungsplan is imported and listed in the imported FNP's
 * plan.json (`plans`) as the viewer reads it (parsePlanParts); a second import updates the entry;
 * a non-BPlan, an unknown FNP, a shipped FNP and a BPlan as FNP are refused with a German
 * message before anything is written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlanMeta } from '../../src/lib/plan/validate';
import { parsePlanParts } from '../../src/lib/plan/parts-index';
import type { PlanMeta } from '../../src/lib/plan/types';
import { toWgs84 } from '../../src/lib/xplan/crs';

const ROOT = process.cwd();
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const FIX = resolve(ROOT, 'tests/fixtures/xplan');
const FNP_GML = join(FIX, 'fp-5.1-prefixed.gml');
const BPLAN_GML = join(FIX, 'bplan-5.4-nutzungsschablone.gml');
const work = mkdtempSync(join(tmpdir(), 'fnp-part-of-'));
const data = join(work, 'data');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(TSX, [resolve(ROOT, 'cli/import.ts'), ...args, '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8'
  });
  return { code: r.status, stderr: r.stderr };
}
const readMeta = (id: string) =>
  parsePlanMeta(JSON.parse(readFileSync(join(data, id, 'plan.json'), 'utf8')), 'plan.json');

beforeAll(() => {
  expect(run(FNP_GML, '--out', join(data, 'fnp-test')).code).toBe(0);
});

describe('npm run import --part-of', () => {
  it('lists the imported BPlan in the FNP’s plan.json; its Geltungsbereich is boundary.geojson', () => {
    const r = run(BPLAN_GML, '--out', join(data, 'bplan-t1'), '--part-of', 'fnp-test');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const fnp = readMeta('fnp-test');
    const parts = parsePlanParts(fnp);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({
      id: 'bplan-t1',
      kind: 'BPlan',
      number: 'T/1',
      title: 'Bebauungsplan Nr. T/1 „Am Testweg“ (Testdaten)',
      model: false
    });
    // The Geltungsbereich's extent (322400–322585 E, 5630600–5630700 N in EPSG:25832).
    const [w, s, e, n] = parts[0]!.bbox!;
    const [w0, s0] = toWgs84(25832)(322400, 5630600);
    const [e0, n0] = toWgs84(25832)(322585, 5630700);
    expect(w).toBeCloseTo(w0, 4);
    expect(s).toBeCloseTo(s0, 4);
    expect(e).toBeCloseTo(e0, 4);
    expect(n).toBeCloseTo(n0, 4);
    // The rest of the FNP's plan.json is as the import wrote it.
    expect(fnp.generator).toBe('FNP-Viewer import');
    expect(fnp.counts).toMatchObject({ features: 7 });
    const bplan = readMeta('bplan-t1');
    expect(bplan.layers).toMatchObject({ boundary: 'boundary.geojson', lines: 'lines.geojson' });
    const boundary = JSON.parse(readFileSync(join(data, 'bplan-t1', 'boundary.geojson'), 'utf8'));
    expect(boundary.features[0].geometry.type).toMatch(/Polygon/);
  });

  it('a second import of the BPlan updates its entry; another BPlan is added', () => {
    const again = run(
      BPLAN_GML,
      '--out',
      join(data, 'bplan-t1'),
      '--part-of',
      'fnp-test',
      '--name',
      'T/1 neu'
    );
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(run(BPLAN_GML, '--out', join(data, 'bplan-t2'), '--part-of', 'fnp-test').code).toBe(0);
    const parts = parsePlanParts(readMeta('fnp-test'));
    expect(parts.map((p) => [p.id, p.title])).toEqual([
      ['bplan-t1', 'T/1 neu'],
      ['bplan-t2', 'Bebauungsplan Nr. T/1 „Am Testweg“ (Testdaten)']
    ]);
  });

  it('refuses a plan that is not a BPlan, naming what it found; nothing is written', () => {
    const before = readFileSync(join(data, 'fnp-test', 'plan.json'), 'utf8');
    const r = run(FNP_GML, '--out', join(data, 'fnp-zwei'), '--part-of', 'fnp-test');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '„fp-5.1-prefixed.gml“ ist kein Bebauungsplan (gefunden: FP_Plan); mit --part-of wird nur ein Bebauungsplan (BP_Plan) in einen Flächennutzungsplan eingetragen.'
    );
    expect(r.stderr).toContain('Es wurde nichts geschrieben.');
    expect(existsSync(join(data, 'fnp-zwei'))).toBe(false);
    expect(readFileSync(join(data, 'fnp-test', 'plan.json'), 'utf8')).toBe(before);
  });

  it('refuses an unknown FNP, a shipped FNP and a BPlan as FNP before importing', () => {
    const unknown = run(BPLAN_GML, '--out', join(data, 'bplan-x'), '--part-of', 'gibt-es-nicht');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(
      /Der Bebauungsplan wird nicht in „gibt-es-nicht“ eingetragen \(--part-of\): Den Flächennutzungsplan gibt es nicht/
    );
    // A shipped plan: its plan.json was written by data:build, not by the import.
    const shipped = readMeta('fnp-test') as PlanMeta;
    mkdirSync(join(data, 'dueren-test'));
    const shippedJson = JSON.stringify({
      ...shipped,
      id: 'dueren-test',
      plans: undefined,
      generator: { command: 'npm run data:build' }
    });
    writeFileSync(join(data, 'dueren-test', 'plan.json'), shippedJson);
    const r = run(BPLAN_GML, '--out', join(data, 'bplan-x'), '--part-of', 'dueren-test');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/mitgeliefert.*npm run data:build.*Bebauungspläne Dürens/);
    expect(readFileSync(join(data, 'dueren-test', 'plan.json'), 'utf8')).toBe(shippedJson);
    const asFnp = run(BPLAN_GML, '--out', join(data, 'bplan-x'), '--part-of', 'bplan-t2');
    expect(asFnp.code).toBe(1);
    expect(asFnp.stderr).toMatch(/Er ist selbst ein Bebauungsplan/);
    expect(existsSync(join(data, 'bplan-x'))).toBe(false);
  });
});
