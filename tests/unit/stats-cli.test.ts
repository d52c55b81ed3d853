/**
 * `npm run stats` (cli/stats.ts), run as a child process on a synthetic plan written to a
 * temporary directory and on the region fixtures in tests/fixtures/regions/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanIndex, fullFilter } from '../../src/lib/geo/engine';
import { regionFromGeoJSON } from '../../src/lib/geo/region';
import type { Polygon } from 'geojson';
import { toLaea } from '../../src/lib/geo/laea';
import { mulberry32 } from '../../src/lib/geo/prng';
import { crossingStar, DUEREN, syntheticPlan, twistedRegion } from '../../src/lib/geo/synthetic';
import { CATEGORIES } from '../../src/lib/plan/categories';
import { readPlanFeatures } from '../../src/lib/geo/measure';
import { formatHa, formatPercent } from '../../src/lib/i18n/format';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'regions');
let dir: string;

function stats(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'cli', 'stats.ts'), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000
    }
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fnp-stats-'));
  const plan = syntheticPlan({ n: 300, seed: 4, holeEvery: 6, overlays: 2 });
  const features = plan.map((f) => {
    const { area_m2: _ignored, ...properties } = f.properties;
    return { type: 'Feature', geometry: f.geometry, properties };
  });
  writeFileSync(join(dir, 'plan.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
  writeFileSync(join(dir, 'plan.json'), JSON.stringify({ title: 'Testplan Düren' }));
  writeFileSync(join(dir, 'broken-plan.geojson'), '{"type": "FeatureCollection", "features": [');
  writeFileSync(
    join(dir, 'wrong-plan.geojson'),
    JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: 'a', category: 'mond' }, geometry: null }]
    })
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The expected balance, computed in-process through the same engine. */
function expected(regionFile: string | null) {
  const features = readPlanFeatures(
    JSON.parse(readFileSync(join(dir, 'plan.geojson'), 'utf8')),
    'plan'
  );
  const region = regionFile
    ? regionFromGeoJSON(JSON.parse(readFileSync(regionFile, 'utf8')))
    : null;
  return new PlanIndex(features).balance(region, fullFilter());
}

describe('npm run stats', () => {
  it('prints the Flächenbilanz of the whole plan as a German table', () => {
    const r = stats('--plan', dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const b = expected(null);
    expect(r.stdout).toContain('Flächenbilanz – Testplan Düren');
    expect(r.stdout).toContain('gesamter Plan');
    expect(r.stdout).toMatch(/Kategorie\s+Fläche\s+Anteil\s+Anzahl/);
    for (const c of b.categories) {
      const label = CATEGORIES.find((k) => k.code === c.category)?.label.de as string;
      const line = r.stdout.split('\n').find((l) => l.startsWith(label)) as string;
      expect(line, label).toBeDefined();
      expect(line).toContain(formatHa(c.area_m2, 'de'));
      expect(line).toContain(formatPercent(c.share, 'de'));
      expect(line.trim().endsWith(` ${c.count}`)).toBe(true);
    }
    const total = r.stdout.split('\n').find((l) => l.startsWith('Summe')) as string;
    expect(total).toContain(formatHa(b.total.area_m2, 'de'));
    expect(total).toMatch(/\d{1,3}(\.\d{3})*,\d{2} ha/);
    expect(total).toContain('100,0');
    expect(b.total.count).toBe(300);
  });

  it('--json gives {"total_ha", "categories": {code: {ha, count}}} with ≥ 4 decimals', () => {
    const region = join(FIXTURES, 'square.geojson');
    const r = stats('--plan', join(dir, 'plan.geojson'), '--region', region, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      total_ha: number;
      categories: Record<string, { ha: number; count: number }>;
    };
    expect(Object.keys(json).sort()).toEqual(['categories', 'total_ha']);
    const b = expected(region);
    expect(b.total.count).toBeGreaterThan(5);
    expect(json.total_ha).toBeCloseTo(b.total.area_m2 / 1e4, 4);
    expect(Object.keys(json.categories)).toEqual(b.categories.map((c) => c.category));
    for (const c of b.categories) {
      expect(json.categories[c.category]?.ha).toBeCloseTo(c.area_m2 / 1e4, 4);
      expect(json.categories[c.category]?.count).toBe(c.count);
    }
    const sum = Object.values(json.categories).reduce((s, c) => s + c.ha, 0);
    expect(sum).toBeCloseTo(json.total_ha, 4);
    // The fixture square (0.03° × 0.02°) lies inside the synthetic city: total = its area.
    expect(json.total_ha).toBeGreaterThan(465);
    expect(json.total_ha).toBeLessThan(475);
    expect(json.total_ha).toBeCloseTo((b.region_m2 as number) / 1e4, 4);
  });

  it('a FeatureCollection region is the union of its polygons', () => {
    const r = stats('--plan', dir, '--region', join(FIXTURES, 'two-parts.geojson'), '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { total_ha: number };
    const b = expected(join(FIXTURES, 'two-parts.geojson'));
    expect(json.total_ha).toBeCloseTo(b.total.area_m2 / 1e4, 4);
    expect(b.region_m2).toBeCloseTo(b.total.area_m2, -1);
    const table = stats('--plan', dir, '--region', join(FIXTURES, 'two-parts.geojson'));
    expect(table.stdout).toContain(`(${formatHa(b.region_m2 as number, 'de')})`);
  });

  it('stats --region with a 2,000-point star: refused with the reason, or repaired, in bounded time', () => {
    const [x, y] = toLaea(...DUEREN);
    const file = (name: string, g: Polygon) => {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify({ type: 'Feature', properties: {}, geometry: g }));
      return path;
    };
    // {2000/999}: about a million crossings (the link took 126 s)
    const star = file('star.geojson', crossingStar(x, y, 1500, 2000, 999));
    let t = Date.now();
    const refused = stats('--plan', dir, '--region', star);
    // bounded: the refusal comes in a few seconds (the start of node and tsx included)
    expect(Date.now() - t).toBeLessThan(20_000);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/überschneidet sich selbst an mehr als 20\.000 Stellen/);
    expect(refused.stderr).not.toMatch(/\b[A-Z][A-Za-z]*Error\b/);
    // 200 bow-ties: repaired, the same balance as in the engine
    const twisted = file('twisted.geojson', twistedRegion(mulberry32(5), x, y, 4e6, 2000, 200));
    t = Date.now();
    const answered = stats('--plan', dir, '--region', twisted, '--json');
    expect(Date.now() - t).toBeLessThan(20_000);
    expect(answered.code).toBe(0);
    const b = expected(twisted);
    expect((JSON.parse(answered.stdout) as { total_ha: number }).total_ha).toBeCloseTo(
      b.total.area_m2 / 1e4,
      4
    );
    expect(b.region_m2! / 4e6).toBeCloseTo(1, 2);
  });

  it('missing, broken or invalid region files: German message naming the file, exit 1', () => {
    const cases: [string, RegExp][] = [
      [join(FIXTURES, 'does-not-exist.geojson'), /Datei nicht gefunden/],
      [join(FIXTURES, 'broken.geojson'), /kein gültiges JSON/],
      [join(FIXTURES, 'unclosed.geojson'), /ungültig: .*nicht geschlossen/],
      [join(FIXTURES, 'point.geojson'), /ungültig: .*Polygon oder MultiPolygon/],
      [FIXTURES, /ist ein Verzeichnis/]
    ];
    for (const [file, message] of cases) {
      const r = stats('--plan', dir, '--region', file);
      expect(r.code, file).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`Gebietsdatei „${file}“`);
      expect(r.stderr).toMatch(message);
    }
  });

  it('missing or broken plan files and bad options fail with a clear message', () => {
    let r = stats('--plan', join(dir, 'nope'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Plandatei .*nope.* Datei nicht gefunden/);
    r = stats('--plan', join(dir, 'broken-plan.geojson'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/kein gültiges JSON/);
    r = stats('--plan', join(dir, 'wrong-plan.geojson'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Fehler in der Plandatei: .*unbekannte Kategorie „mond“/);
    r = stats('--plan', dir, '--frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unbekannte Option „--frobnicate“/);
    r = stats('--plan', dir, '--region');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/braucht einen Wert/);
  });
});
