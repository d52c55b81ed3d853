/**
 * Where the page's long tasks go when a large plan is opened from disk (not part of npm test):
 * opens one generated file as bench:browser-open does, records a CDP CPU profile of the page
 * until the map has settled, and prints, per long task (> 50 ms), the functions with the most
 * self time inside it (name, script, ms).
 *
 *   npm run build && npx tsx cli/bench-browser-open-profile.ts [par50000|gml50|syn50000 …]
 *
 * Uses E2E_PORT (default 4195) for its own `vite preview`.
 */
import { CHROMIUM_ARGS } from '../tests/chromium';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { syntheticPlan } from '../src/lib/geo/synthetic';
import { writeBenchGml } from './bench-gml';
import { openSettledViewer, waitForServer } from './bench-page/probe';
import { openFileDialog } from './bench-browser-open-dialog';

const port = Number(process.env.E2E_PORT ?? 4195);
const name = process.argv[2] ?? 'par50000';
const work = mkdtempSync(join(tmpdir(), 'fnp-profile-open-'));

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

async function main() {
  const file = join(work, name.startsWith('gml') ? `${name}.gml` : `${name}.geojson`);
  if (name.startsWith('gml')) writeBenchGml(file, Number(name.slice(3)));
  else {
    const n = Number(name.slice(3));
    const features = syntheticPlan({
      n,
      seed: 7,
      side_m: 9220 * Math.sqrt(n / 2000),
      parcels: name.startsWith('par')
    });
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
  }
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true }
  );
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS
  });
  try {
    await waitForServer(port);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(() => {
      const w = window as unknown as { __long: { start: number; duration: number }[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          w.__long.push({ start: e.startTime + performance.timeOrigin, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await openSettledViewer(page, port);
    const chooser = await openFileDialog(page);
    await page.evaluate(() => ((window as unknown as { __long: unknown[] }).__long.length = 0));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
    const wallStart = Date.now();
    await chooser.setFiles(file);
    await page
      .locator('div.notices')
      .filter({ hasText: /geöffnet:/ })
      .first()
      .waitFor({ timeout: 600_000 });
    await page.waitForFunction(
      () => {
        const map = (window as unknown as { fnpViewer?: { map?: import('maplibre-gl').Map } })
          .fnpViewer?.map;
        return map?.loaded() === true && map.areTilesLoaded();
      },
      undefined,
      { timeout: 600_000, polling: 1000 }
    );
    await page.waitForTimeout(8000);
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: Node[]; startTime: number; samples: number[]; timeDeltas: number[] };
    };
    const long = await page.evaluate(
      () => (window as unknown as { __long: { start: number; duration: number }[] }).__long
    );
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    // Profile times are µs on a monotonic clock; align its start with the page's wall clock.
    const origin = await page.evaluate(() => performance.timeOrigin);
    const t0 = profile.startTime / 1000; // ms, same clock as performance.now() + timeOrigin offset
    const pageNow = await page.evaluate(() => performance.now());
    void pageNow;
    let t = t0;
    const samples: { at: number; node: Node }[] = [];
    profile.samples.forEach((id, i) => {
      t += (profile.timeDeltas[i] ?? 0) / 1000;
      samples.push({ at: t, node: nodes.get(id)! });
    });
    // CDP profile timestamps are on the same monotonic clock as performance.now() in chromium
    // (in ms since an arbitrary epoch); longtask starts are timeOrigin-based: map via origin.
    const firstLong = long[0]?.start ?? origin;
    void firstLong;
    process.stdout.write(
      `profile case=${name} longtasks=${long.length} max_ms=${Math.round(Math.max(0, ...long.map((l) => l.duration)))} wall_s=${((Date.now() - wallStart) / 1000).toFixed(1)}\n`
    );
    // Both clocks: profile µs/1000 vs timeOrigin + startTime; find offset by matching monotonic.
    const monoNow = await cdp.send('Runtime.evaluate', {
      expression: 'performance.timeOrigin + performance.now()',
      returnByValue: true
    });
    void monoNow;
    for (const task of long
      .filter((l) => l.duration > 100)
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 8)) {
      const start = task.start - origin; // ms since page origin
      const self = new Map<string, number>();
      for (const s of samples) {
        const at = s.at - (samples[0]!.at - (wallStart - origin));
        if (at < start || at > start + task.duration) continue;
        const f = s.node.callFrame;
        // '(program)' is the browser's own work in the task (style, layout, paint, message handling).
        if (f.functionName === '(idle)') continue;
        const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
        self.set(key, (self.get(key) ?? 0) + 1);
      }
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8);
      process.stdout.write(
        `task ${Math.round(task.duration)} ms at +${Math.round(start - (wallStart - origin))} ms: ${top.map(([k, v]) => `${k}=${v}`).join(' | ')}\n`
      );
    }
    writeFileSync(join(tmpdir(), `fnp-profile-${name}.cpuprofile`), JSON.stringify(profile));
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
