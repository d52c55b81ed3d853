/**
 * Peak memory of the import CLI on generated XPlanGML files (not part of npm test).
 *
 *   npm run bench:import [-- 50 200]     sizes in MB (default 50 200)
 *
 * For each size a file of 100 m squares near Düren (EPSG:25832, a clean Flächenschluss) is
 * written to a temporary folder, imported with `/usr/bin/time -v`, and the peak RSS ("Maximum
 * resident set size") and wall time are printed. Targets (issue 14): 50 MB < 600 MB,
 * 200 MB < 1.5 GB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { writeBenchGml } from './bench-gml';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const work = mkdtempSync(join(tmpdir(), 'fnp-bench-import-'));

try {
  for (const mb of sizes.length > 0 ? sizes : [50, 200]) {
    const file = join(work, `bench-${mb}.gml`);
    const features = writeBenchGml(file, mb);
    const bytes = statSync(file).size;
    const r = spawnSync(
      '/usr/bin/time',
      [
        '-v',
        resolve('node_modules/.bin/tsx'),
        resolve('cli/import.ts'),
        file,
        '--out',
        join(work, `out-${mb}`),
        '--quiet'
      ],
      { encoding: 'utf8', maxBuffer: 64 << 20 }
    );
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
    const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(r.stderr);
    const rssMb = rss ? Math.round(Number(rss[1]) / 1024) : NaN;
    process.stdout.write(
      `bench import file_mb=${(bytes / 1e6).toFixed(1)} features=${features} exit=${r.status} peak_rss_mb=${rssMb} ratio=${(rssMb / (bytes / 1048576)).toFixed(1)} wall=${wall?.[1] ?? '-'}\n`
    );
    if (r.status !== 0) process.stdout.write(r.stderr.split('\n').slice(0, 3).join('\n') + '\n');
    rmSync(file);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
