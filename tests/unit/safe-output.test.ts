/**
 * Every CLI output goes through cli/safe-output.ts (issue 26): the reproductions of the issue
 * (`import-plots --out data/dueren-2025/plan.geojson`, `import --report data/dueren-2025/plan.json`,
 * `--out <folder>`), replacing only the tool's own earlier output, and a failed run leaving the
 * previous output untouched with no temporary file.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkOutput,
  OutputRefused,
  PROJECT_ROOT,
  stageOutputFolder,
  writeOutputFile,
  type OutputPolicy
} from '../../cli/safe-output';
import { parsePlots } from '../../src/lib/plan/plots-read';

const ROOT = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'fnp-safe-output-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const SHIPPED = join(ROOT, 'data/dueren-2025');
const shippedHashes = () =>
  Object.fromEntries(readdirSync(SHIPPED).map((f) => [f, hash(join(SHIPPED, f))]));

/** Runs a CLI in one node process (so /usr/bin/time sees its peak RSS). */
function cli(script: string, args: string[], cwd = ROOT) {
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', 'peak-rss-kb=%M', process.execPath, '--import', 'tsx', resolve(ROOT, script), ...args],
    { cwd, encoding: 'utf8' }
  );
  const rss = Number(/peak-rss-kb=(\d+)/.exec(r.stderr)?.[1] ?? NaN) * 1024;
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr.replace(/.*peak-rss-kb=.*\n?/, ''),
    rss
  };
}

const CSV_HEADER =
  'Kennung;Gewerbegebiet;Fläche (m²);Nutzungsart;Status;Verfügbar ab;Stand;lon;lat\r\n';
const csvRow = (i: number, status = 'verfügbar') =>
  `P-${i};Im Rossfeld;${1000 + (i % 900)};GE;${status};2027-01-01;2026-09-01;6,5205;50,8372\r\n`;
function writeCsv(name: string, rows: string[]): string {
  const file = join(work, name);
  writeFileSync(file, CSV_HEADER + rows.join(''));
  return file;
}

describe('import-plots: only its own plots file, never the shipped plan', () => {
  it('--out data/dueren-2025/plan.geojson is refused and the plan is untouched', () => {
    const before = shippedHashes();
    const csv = writeCsv('two.csv', [csvRow(1), csvRow(2)]);
    for (const out of [
      'data/dueren-2025/plan.geojson',
      'data/dueren-2025/plan.json',
      'data/dueren-2025/neu.geojson'
    ]) {
      const r = cli('cli/import-plots.ts', [csv, '--out', out]);
      expect(r.code, out).toBe(1);
      expect(r.stderr, out).toMatch(/mitgelieferten Plans „dueren-2025“/);
      expect(r.stderr, out).toMatch(/Es wurde nichts geschrieben/);
    }
    expect(shippedHashes()).toEqual(before);
    expect(readdirSync(SHIPPED).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 60_000);

  it('--out <folder> is refused without „EISDIR“ and without a <folder>.tmp', () => {
    const folder = join(work, 'a-folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'keep.txt'), 'x');
    const r = cli('cli/import-plots.ts', [writeCsv('f.csv', [csvRow(1)]), '--out', folder]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/gibt es einen Ordner; erwartet wird ein Dateiname/);
    expect(r.stderr).not.toMatch(/EISDIR/);
    expect(readdirSync(work).filter((f) => f.includes('a-folder'))).toEqual(['a-folder']);
    expect(readdirSync(folder)).toEqual(['keep.txt']);
  }, 60_000);

  it('writes a new file, replaces it on the next run, refuses a foreign file; a failed run changes nothing', () => {
    const dir = join(work, 'out');
    mkdirSync(dir);
    const out = join(dir, 'plots.geojson');
    const first = cli('cli/import-plots.ts', [
      writeCsv('a.csv', [csvRow(1), csvRow(2)]),
      '--out',
      out
    ]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.generator).toBe('FNP-Viewer import-plots');
    expect(parsePlots(json).map((p) => p.properties.id)).toEqual(['P-1', 'P-2']);
    const second = cli('cli/import-plots.ts', [writeCsv('b.csv', [csvRow(3)]), '--out', out]);
    expect(second.code).toBe(0);
    expect(parsePlots(JSON.parse(readFileSync(out, 'utf8'))).map((p) => p.properties.id)).toEqual([
      'P-3'
    ]);
    // A bad row 4 after good rows: the earlier output stays, and no temporary file is left.
    const before = hash(out);
    const bad = cli('cli/import-plots.ts', [
      writeCsv('bad.csv', [csvRow(5), csvRow(6), csvRow(7, 'verkauft')]),
      '--out',
      out
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Zeile 4, Spalte 5 \(„Status“\)/);
    expect(hash(out)).toBe(before);
    expect(readdirSync(dir)).toEqual(['plots.geojson']);
    // Someone else's file of that name is never replaced.
    const foreign = join(dir, 'other.geojson');
    writeFileSync(foreign, '{"type":"FeatureCollection","features":[]}');
    const r = cli('cli/import-plots.ts', [writeCsv('c.csv', [csvRow(1)]), '--out', foreign]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nicht npm run import-plots hat sie geschrieben/);
    expect(readFileSync(foreign, 'utf8')).toBe('{"type":"FeatureCollection","features":[]}');
  }, 60_000);

  it('a CSV of 1,000,000 rows is refused with the limit named, in bounded memory, nothing written', () => {
    const file = join(work, 'million.csv');
    const fd = openSync(file, 'w');
    writeSync(fd, CSV_HEADER);
    for (let start = 0; start < 1_000_000; start += 50_000) {
      let text = '';
      for (let i = start; i < start + 50_000; i++) text += csvRow(i);
      writeSync(fd, text);
    }
    closeSync(fd);
    const out = join(work, 'million', 'plots.geojson');
    const r = cli('cli/import-plots.ts', [file, '--out', out]);
    rmSync(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/mehr als 50\.000 Grundstücke \(Zeile 50\.?002\)/);
    expect(r.rss).toBeLessThan(600e6);
    expect(readdirSync(dirname(out))).toEqual([]);
  }, 120_000);
});

describe('import --report', () => {
  const gml = resolve(ROOT, 'tests/fixtures/xplan/fp-5.1-prefixed.gml');

  it('--report data/dueren-2025/plan.json is refused before the import; plan.json untouched', () => {
    const before = shippedHashes();
    const out = join(work, 'data', 'rep-plan');
    for (const report of [
      'data/dueren-2025/plan.json',
      'data/dueren-2025/report.json',
      'package.json'
    ]) {
      const r = cli('cli/import.ts', [gml, '--out', out, '--report', report, '--quiet']);
      expect(r.code, report).toBe(1);
      expect(r.stderr, report).toMatch(/wird nicht verwendet/);
      expect(r.stderr, report).toMatch(/Es wurde nichts geschrieben/);
    }
    expect(shippedHashes()).toEqual(before);
    expect(existsSync(join(work, 'data'))).toBe(false); // not even the parent was made
  }, 60_000);

  it('writes a new report with its generator and replaces only its own', () => {
    const out = join(work, 'data', 'rep-ok');
    const report = join(work, 'report.json');
    const r = cli('cli/import.ts', [gml, '--out', out, '--report', report, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({
      generator: 'FNP-Viewer import report',
      features: 7
    });
    expect(cli('cli/import.ts', [gml, '--out', out, '--report', report, '--quiet']).code).toBe(0);
    writeFileSync(report, '{"mine": true}');
    const foreign = cli('cli/import.ts', [gml, '--out', out, '--report', report, '--quiet']);
    expect(foreign.code).toBe(1);
    expect(readFileSync(report, 'utf8')).toBe('{"mine": true}');
  }, 60_000);
});

describe('checkOutput', () => {
  const policy = (extra: Partial<OutputPolicy> = {}): OutputPolicy => ({
    tool: 'test',
    ours: () => true,
    cwd: work,
    ...extra
  });
  const refused = (path: string, kind: 'file' | 'folder', p = policy()) => {
    try {
      checkOutput(path, kind, p);
      return null;
    } catch (e) {
      if (e instanceof OutputRefused) return e.de;
      throw e;
    }
  };

  it('never the project root, its parent, the current folder or above, nor files directly in them', () => {
    expect(refused(PROJECT_ROOT, 'folder')).toMatch(/Projektordner/);
    expect(refused(dirname(PROJECT_ROOT), 'folder')).toMatch(/Projektordner/);
    expect(refused('/', 'folder')).toMatch(/Wurzelverzeichnis/);
    expect(refused('.', 'folder')).toMatch(/aktuelle Verzeichnis/);
    expect(refused(join(PROJECT_ROOT, 'x.json'), 'file')).toMatch(/direkt in den Projektordner/i);
    expect(refused(join(dirname(PROJECT_ROOT), 'x.json'), 'file')).toMatch(/Projektordner/);
    expect(refused(join(work, 'sub', 'x.json'), 'file')).toBeNull();
  });

  it('never the shipped plan (data:* may), never outside `within`, never through a symlink', () => {
    expect(refused(join(SHIPPED, 'plots.geojson'), 'file', policy({ ours: () => false }))).toMatch(
      /mitgelieferten Plans/
    );
    expect(refused(join(SHIPPED, 'plan.json'), 'file', policy({ shippedPlans: true }))).toBeNull();
    const site = join(work, 'site');
    mkdirSync(site, { recursive: true });
    expect(refused(join(site, 'basemap'), 'folder', policy({ within: site }))).toBeNull();
    expect(refused(join(site, '../elsewhere'), 'folder', policy({ within: site }))).toMatch(
      /außerhalb/
    );
    // A link to a folder outside `site` (not the temp folder itself: in a clone under /tmp that
    // is the project's parent, refused for another reason).
    const outside = join(work, 'outside');
    mkdirSync(outside);
    symlinkSync(outside, join(site, 'link'));
    expect(refused(join(site, 'link', 'x'), 'folder', policy({ within: site }))).toMatch(
      /außerhalb/
    );
    writeFileSync(join(work, 'secret.txt'), 'x');
    symlinkSync(join(work, 'secret.txt'), join(site, 'file-link'));
    expect(refused(join(site, 'file-link'), 'file', policy())).toMatch(/symbolische Verknüpfung/);
  });

  it('a failing writer leaves the previous file and folder and no temporary sibling', () => {
    const dir = join(work, 'fail');
    mkdirSync(dir);
    const file = join(dir, 'out.json');
    writeOutputFile(file, 'old', policy());
    expect(() =>
      writeOutputFile(
        file,
        (fd) => {
          writeSync(fd, 'half');
          throw new Error('disk full');
        },
        policy()
      )
    ).toThrow('disk full');
    expect(readFileSync(file, 'utf8')).toBe('old');
    const staged = stageOutputFolder(join(dir, 'folder'), policy());
    writeFileSync(join(staged.dir, 'a'), 'a');
    staged.abort();
    expect(readdirSync(dir)).toEqual(['out.json']);
  });
});
