/**
 * "Plan öffnen …" in the browser with large files (not part of npm test): for each case a file
 * is generated, opened in Debian's chromium through the page's own file input, and measured:
 * time until the „geöffnet“ notice (or the refusal), the longest main-thread task
 * (PerformanceObserver 'longtask', tasks starting once the file is chosen), the summed long tasks, and the peak RSS of the tab's
 * renderer process (page and its workers; sampled every 100 ms from /proc).
 *
 *   npm run build && npm run bench:browser-open [-- gml50 syn50000 syn200000]
 *
 * Cases: gmlN = an XPlanGML file of about N MB of 100 m squares (as bench:import);
 * synN = a synthetic plan of N areas (src/lib/geo/synthetic.ts, 20–200 vertices each) as
 * GeoJSON; parN = N parcels (4–12 vertices each, mean 8) as GeoJSON.
 * After the notice the bench keeps measuring until the map has drawn every tile and 10 s pass
 * without a long task (the page takes its copy of the areas): `settled` is the time of the last
 * long task. An error notice (role alert) is printed with the figures.
 * The file is chosen as a person does: „Plan öffnen …“ opens the file dialog, the file is chosen
 * in it DIALOG_MS later (long tasks are counted from that choice on).
 * Uses E2E_PORT (default 4195) for its own `vite preview`.
 */
import { CHROMIUM_ARGS } from '../tests/chromium';
import { spawn, execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { syntheticPlan } from '../src/lib/geo/synthetic';
import { writeBenchGml } from './bench-gml';
import { openSettledViewer, waitForServer } from './bench-page/probe';
import { openFileDialog } from './bench-browser-open-dialog';

const port = Number(process.env.E2E_PORT ?? 4195);
const cases =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : ['gml50', 'syn50000', 'par50000', 'par200000', 'syn200000'];
const work = mkdtempSync(join(tmpdir(), 'fnp-bench-browser-'));

function writeSynthetic(file: string, n: number, parcels: boolean): void {
  const features = syntheticPlan({ n, seed: 7, side_m: 9220 * Math.sqrt(n / 2000), parcels });
  const fd = openSync(file, 'w');
  writeSync(fd, '{"type":"FeatureCollection","features":[\n');
  features.forEach((f, i) => {
    const { area_m2: _area, ...properties } = f.properties;
    void _area;
    writeSync(
      fd,
      (i ? ',\n' : '') + JSON.stringify({ type: 'Feature', properties, geometry: f.geometry })
    );
  });
  writeSync(fd, '\n]}\n');
  closeSync(fd);
}

/** RSS (MB) of this bench's chromium renderer processes (its own profile folder), summed. */
function rendererRssMb(profile: string): number {
  let kb = 0;
  for (const line of execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8' }).split('\n')) {
    if (!line.includes('chromium') || !line.includes('--type=renderer')) continue;
    if (!line.includes(profile)) continue;
    kb += Number(line.trim().split(/\s+/)[0]);
  }
  return kb / 1024;
}

async function main() {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true
    }
  );
  try {
    await waitForServer(port);
    for (const name of cases) {
      // A browser of its own per case: the renderer of an earlier case never counts in the peak.
      const profile = mkdtempSync(join(tmpdir(), 'fnp-bench-browser-profile-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
        viewport: { width: 1400, height: 900 }
      });
      const file = join(work, name.startsWith('gml') ? `${name}.gml` : `${name}.geojson`);
      let features = 0;
      if (name.startsWith('gml')) features = writeBenchGml(file, Number(name.slice(3)));
      else {
        features = Number(name.slice(3));
        writeSynthetic(file, features, name.startsWith('par'));
      }
      const mb = statSync(file).size / 1e6;
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as {
          __long: number[];
          __at: number[];
          __lastLong: number;
          __since: number;
        };
        w.__long = [];
        w.__at = [];
        w.__lastLong = 0;
        w.__since = Infinity;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            // Only tasks that start once the file is chosen (a task of the page's own first
            // load that ends later is not the opened plan's).
            if (e.startTime < w.__since) continue;
            w.__long.push(e.duration);
            w.__at.push(e.startTime - w.__since);
            w.__lastLong = Date.now();
          }
        }).observe({ type: 'longtask', buffered: true });
      });
      await openSettledViewer(page, port);
      const chooser = await openFileDialog(page);
      await page.evaluate(() => {
        const w = window as unknown as { __long: number[]; __at: number[]; __since: number };
        w.__long.length = 0;
        w.__at.length = 0;
        w.__since = performance.now();
      });
      const base = rendererRssMb(profile);
      let peak = base;
      let peakAt = 0;
      const t0 = Date.now();
      const sampler = setInterval(() => {
        const rss = rendererRssMb(profile);
        if (rss > peak) [peak, peakAt] = [rss, (Date.now() - t0) / 1000];
      }, 100);
      await chooser.setFiles(file);
      const done = page
        .locator('div.notices')
        .filter({ hasText: /geöffnet:|zu groß|nicht gelesen/ });
      let outcome = 'timeout';
      try {
        await done.first().waitFor({ timeout: 600_000 });
        const text = await done.first().innerText();
        outcome = /geöffnet/.test(text) ? 'opened' : /zu groß/.test(text) ? 'refused' : 'error';
      } catch {
        outcome = page.isClosed() ? 'crashed' : 'timeout';
      }
      const seconds = (Date.now() - t0) / 1000;
      // The map draws and the page takes its copy after the notice: measure until 10 s quiet.
      let settled = seconds;
      if (outcome === 'opened') {
        const quietSince = async () =>
          Math.max(
            t0 + seconds * 1000,
            await page.evaluate(() => (window as unknown as { __lastLong: number }).__lastLong)
          );
        const drawn = () =>
          page.evaluate(() => {
            const map = (window as unknown as { fnpViewer?: { map?: import('maplibre-gl').Map } })
              .fnpViewer?.map;
            return map?.loaded() === true && map.areTilesLoaded();
          });
        while (
          (!(await drawn()) || Date.now() - (await quietSince()) < 10_000) &&
          Date.now() - t0 < 900_000
        )
          await page.waitForTimeout(1000);
        settled = ((await quietSince()) - t0) / 1000;
      }
      clearInterval(sampler);
      const alert = page.isClosed()
        ? ''
        : await page
            .getByRole('alert')
            .innerText({ timeout: 1000 })
            .catch(() => '');
      const long = page.isClosed()
        ? []
        : await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
      const at = page.isClosed()
        ? []
        : await page.evaluate(() => (window as unknown as { __at: number[] }).__at);
      // The three longest tasks with their start (s after the file was chosen).
      const top = long
        .map((d, i) => [d, at[i] ?? 0] as const)
        .sort((a, b) => b[0] - a[0])
        .slice(0, 3)
        .map(([d, t]) => `${Math.round(d)}@${(t / 1000).toFixed(1)}s`)
        .join(',');
      const maxTask = long.length ? Math.max(...long) : 0;
      const sum = long.reduce((s, d) => s + d, 0);
      process.stdout.write(
        `bench browser-open case=${name} file_mb=${mb.toFixed(1)} features=${features} outcome=${outcome} seconds=${seconds.toFixed(1)} settled=${settled.toFixed(1)} peak_renderer_rss_mb=${Math.round(peak)} (before ${Math.round(base)}, peak at ${peakAt.toFixed(1)}s) longtasks=${long.length} max_task_ms=${Math.round(maxTask)} sum_long_ms=${Math.round(sum)} top=${top}${alert ? ` alert=${JSON.stringify(alert.slice(0, 200))}` : ''}\n`
      );
      await page.close().catch(() => {});
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(file);
    }
  } finally {
    if (server.pid) process.kill(-server.pid);
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
