/** Pieces of `npm run bench:page`: browser flags, the in-page probe, statistics, memory. */
import { execSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../tests/chromium';

/** As playwright.config.ts: WebGL2 on SwiftShader, no background traffic. */
export const LAUNCH_ARGS = CHROMIUM_ARGS;

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * Injected before any page script, identical for the viewer and the bare page (plain JS text:
 * a compiled function would carry the TypeScript runner's helpers). Sets `__planRendered`
 * (ms since navigation start) at the first frame where the map (the viewer's `fnpViewer.map`
 * or the bare page's `bareMap`) has loaded style and tiles and its 'plan-fill' layer has
 * rendered features; `__mapAt` when the map object first exists (what comes before is the page's
 * own start: scripts, mount, plan.json); records the longest main-thread task in `__longestTask`.
 */
export const probeScript = `
window.__longestTask = 0;
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, e.duration);
  }).observe({ type: 'longtask', buffered: true });
} catch (e) { /* no Long Tasks API: the figure stays 0 */ }
const check = () => {
  const m = (window.fnpViewer && window.fnpViewer.map) || window.bareMap;
  if (m && window.__mapAt === undefined) window.__mapAt = performance.now();
  if (m && m.loaded() && m.getLayer('plan-fill') &&
      m.queryRenderedFeatures({ layers: ['plan-fill'] }).length > 0) {
    window.__planRendered = performance.now();
    return;
  }
  requestAnimationFrame(check);
};
requestAnimationFrame(check);
`;

/**
 * Samples the summed resident memory of this process's chromium (all descendants of this
 * node process, so other browsers on the machine do not count) every 100 ms until stopped;
 * returns the peak in MB. Shared pages count once per process, so it errs high.
 */
export function sampleRss(): { stop(): number } {
  let peak = 0;
  const read = () => {
    const rows = execSync('ps -eo pid=,ppid=,rss=', { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
    const mine = new Set([process.pid]);
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, ppid] of rows)
        if (mine.has(ppid) && !mine.has(pid)) {
          mine.add(pid);
          grew = true;
        }
    }
    const kb = rows.reduce(
      (s, [pid, , rss]) => s + (pid !== process.pid && mine.has(pid) ? rss : 0),
      0
    );
    peak = Math.max(peak, kb / 1024);
  };
  const timer = setInterval(read, 100);
  read();
  return {
    stop() {
      clearInterval(timer);
      read();
      return peak;
    }
  };
}

/**
 * Opens the viewer and waits until the default plan's first load is over: Flächenbilanz shown,
 * map complete, the page's copy of the areas taken (the area list filled), then 3 s of quiet.
 * For the benches that measure what comes after (opening a file from disk).
 */
export async function openSettledViewer(page: Page, port: number): Promise<void> {
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByTestId('balance-table').locator('[data-total-ha]').waitFor();
  await page.waitForFunction(
    () => (window as unknown as { fnpViewer?: { complete?: boolean } }).fnpViewer?.complete,
    undefined,
    { timeout: 120_000 }
  );
  await page.getByTestId('area-list').locator('li').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(3000);
}

/** Waits (up to 30 s) until a server answers on this port, e.g. a `vite preview` just started. */
export async function waitForServer(port: number): Promise<void> {
  for (let i = 0; i < 60; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
