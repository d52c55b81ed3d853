/**
 * The import CLI against GDAL on generated XPlanGML files (not part of npm test).
 *
 *   npm run bench:import [-- side:50 overlap:50 side:200] [--runs 2] [--no-gdal]
 *
 * Each case is `<layout>:<MB>`: the Grasleben FNP's members (../shared/xplan) repeated until the
 * file has that size — side by side (`side`), one above the other (`column`), or on top of each
 * other (`overlap`: every area overlaps its copies, the overlap report has them all), or a few
 * metres apart (`shifted`: areas overlap their copies in part, every overlap is clipped); `squares`
 * are generated 100 m squares (used as well when ../shared is missing). Per run, GDAL
 * (`ogr2ogr -f GPKG -t_srs EPSG:4326`, on the fresh file: its .gfs schema is removed first) and
 * the importer (the command of `npm run import`, from package.json) take turns, each under
 * `/usr/bin/time -v`; wall time and peak RSS are printed side by side with the load average.
 * Targets (issue 26): 50 MB no slower than GDAL and ≤ 250 MB, 200 MB ≤ 1 GB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBenchGml, writeCopiesGml, type CopyLayout } from './bench-gml';

const GRASLEBEN = resolve(
  '../shared/xplan/FNP_Grasleben_031545401000_Zusammenzeichnung_XPlanGML-5.1.gml'
);

interface Timed {
  status: number | null;
  wallS: number;
  /** User + system CPU seconds: what a loaded machine distorts least. */
  cpuS: number;
  rssMb: number;
  err: string;
}

function timed(cmd: string, args: string[]): Timed {
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 << 20
  });
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(r.stderr);
  const cpu = (name: string) =>
    Number(new RegExp(`${name} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1] ?? NaN);
  const wallS = wall
    ? (wall[1] as string).split(':').reduce((s, part) => s * 60 + Number(part), 0)
    : NaN;
  return {
    status: r.status,
    wallS,
    cpuS: cpu('User') + cpu('System'),
    rssMb: rss ? Math.round(Number(rss[1]) / 1024) : NaN,
    err: r.status === 0 ? '' : r.stderr.split('\n').slice(0, 3).join(' ')
  };
}

/** `npm run import` as package.json has it: the program and its arguments before the file. */
function importCommand(): string[] {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    scripts: Record<string, string>;
  };
  const words = (pkg.scripts.import as string).split(/\s+/);
  const bin = resolve('node_modules/.bin', words[0] as string);
  return [existsSync(bin) ? bin : (words[0] as string), ...words.slice(1)];
}

const argv = process.argv.slice(2);
let runs = 1;
let gdal = spawnSync('ogr2ogr', ['--version']).status === 0;
const cases: string[] = [];
for (let i = 0; i < argv.length; i++) {
  const a = argv[i] as string;
  if (a === '--runs') runs = Math.max(1, Number(argv[++i]) || 1);
  else if (a === '--no-gdal') gdal = false;
  else cases.push(a);
}
if (cases.length === 0) cases.push('side:50', 'overlap:50', 'side:200');

const plan = existsSync(GRASLEBEN) ? readFileSync(GRASLEBEN, 'utf8') : null;
if (!plan) process.stdout.write(`(${GRASLEBEN} fehlt: 100-m-Quadrate statt Kopien)\n`);
const [program, ...programArgs] = importCommand() as [string, ...string[]];
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const work = mkdtempSync(join(tmpdir(), 'fnp-bench-import-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

for (const c of cases) {
  const [layout = 'side', size = '50'] = c.split(':');
  const mb = Number(size);
  const file = join(work, `bench_${layout}_${mb}.gml`);
  const what =
    plan && layout !== 'squares'
      ? `${writeCopiesGml(file, mb, plan, layout as CopyLayout)} Kopien`
      : `${writeBenchGml(file, mb)} Quadrate`;
  const fileMb = (statSync(file).size / 1e6).toFixed(1);
  for (let run = 1; run <= runs; run++) {
    let theirs: Timed | null = null;
    if (gdal) {
      rmSync(file.replace(/\.gml$/, '.gfs'), { force: true });
      rmSync(join(work, 'out.gpkg'), { force: true });
      theirs = timed('ogr2ogr', [
        '-f',
        'GPKG',
        '-t_srs',
        'EPSG:4326',
        join(work, 'out.gpkg'),
        file
      ]);
    }
    const loadBefore = load();
    const out = join(work, `out_${layout}_${mb}`);
    rmSync(out, { recursive: true, force: true });
    const ours = timed(program, [...programArgs, file, '--out', out, '--quiet']);
    const overlaps = (() => {
      try {
        const meta = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) as {
          validation?: { overlapCount?: number };
        };
        return meta.validation?.overlapCount ?? '-';
      } catch {
        return '-';
      }
    })();
    process.stdout.write(
      `bench import ${layout} file_mb=${fileMb} (${what}) run=${run} load=${loadBefore} | ours wall=${ours.wallS.toFixed(2)}s cpu=${ours.cpuS.toFixed(2)}s rss=${ours.rssMb}MB exit=${ours.status} overlaps=${overlaps}` +
        (theirs
          ? ` | gdal wall=${theirs.wallS.toFixed(2)}s cpu=${theirs.cpuS.toFixed(2)}s rss=${theirs.rssMb}MB exit=${theirs.status} | ratio wall=${(ours.wallS / theirs.wallS).toFixed(2)} cpu=${(ours.cpuS / theirs.cpuS).toFixed(2)}`
          : '') +
        '\n'
    );
    if (ours.err) process.stdout.write(`  ours: ${ours.err}\n`);
    if (theirs?.err) process.stdout.write(`  gdal: ${theirs.err}\n`);
  }
  rmSync(file, { force: true });
}
