/**
 * Page benchmark: navigation → plan rendered, the viewer against a bare MapLibre page showing
 * the same plan.geojson, in Debian's chromium (SwiftShader WebGL, as the browser tests).
 *
 *   npm run bench:page [-- --pairs 5 --build --sizes 20000,200000]
 *
 * Serves the built site (build/; built once if missing or with --build) and, from a temporary
 * folder that never enters the build, a bare page: MapLibre from node_modules, the plan by URL,
 * filled by category (colours from categories.ts), fitted to the plan. Both pages run the same
 * injected probe: "plan rendered" = the map has loaded its style and tiles and the 'plan-fill'
 * layer has rendered features; the time is performance.now() then (ms since navigation start).
 * Pairs alternate which page goes first; each run uses a fresh browser context (no cache).
 * Prints
 *   bench page viewer_ms=<median> bare_ms=<median> ratio=<viewer/bare> js_gz_kb=<…>
 * js_gz_kb: gzipped size (zlib default level) of every JavaScript file the viewer fetched up
 * to "plan rendered" plus its plan worker, without MapLibre and MapLibre's worker.
 * With --sizes, also loads synthetic plans (src/lib/geo/synthetic.ts, stored area_m2) by URL:
 *   bench page-large n=<N> rendered_ms=… balance_ms=… longest_task_ms=… peak_rss_mb=…
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { CATEGORIES } from '../src/lib/plan/categories';
import { syntheticPlan } from '../src/lib/geo/synthetic';
import { summarize, summaryBounds } from '../src/lib/geo/summary';
import { LAUNCH_ARGS, median, probeScript, sampleRss } from './bench-page/probe';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const ROOT = resolve('.');
const BUILD = join(ROOT, 'build');
const PAIRS = Number(option('pairs', '5'));
const SIZES = option('sizes', '')
  .split(',')
  .filter((s) => s !== '')
  .map(Number);
const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4179);
const PLAN = 'dueren-2025';

if (process.argv.includes('--build') || !existsSync(join(BUILD, 'index.html'))) {
  execSync('npm run build', { stdio: 'inherit' });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json'
};

/** The bare page and the synthetic plans live here, outside the project's build. */
const TMP = mkdtempSync(join(tmpdir(), 'fnp-bench-page-'));

function writeBarePage() {
  const dir = join(TMP, 'bare');
  mkdirSync(dir);
  for (const f of [
    'maplibre-gl.mjs',
    'maplibre-gl-shared.mjs',
    'maplibre-gl-worker.mjs',
    'maplibre-gl.css'
  ])
    writeFileSync(join(dir, f), readFileSync(join(ROOT, 'node_modules/maplibre-gl/dist', f)));
  const bbox = JSON.parse(readFileSync(join(BUILD, 'data', PLAN, 'plan.json'), 'utf8')).bbox;
  const colours = CATEGORIES.flatMap((c) => [c.code, c.color]);
  const style = {
    version: 8,
    sources: { plan: { type: 'geojson', data: `/data/${PLAN}/plan.geojson` } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4f3ef' } },
      {
        id: 'plan-fill',
        type: 'fill',
        source: 'plan',
        paint: {
          'fill-color': ['match', ['get', 'category'], ...colours, '#cccccc'],
          'fill-opacity': 0.85
        }
      }
    ]
  };
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>bare</title>
<link rel="stylesheet" href="maplibre-gl.css"><style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div><script type="module">
import * as maplibregl from './maplibre-gl.mjs';
maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', location.href).href);
const style = ${JSON.stringify(style)};
style.sources.plan.data = new URL(style.sources.plan.data, location.href).href;
window.bareMap = new maplibregl.Map({ container: 'map', style, bounds: ${JSON.stringify(bbox)}, fitBoundsOptions: { padding: 20 } });
</script></body></html>`
  );
}

function writeSynthetic(n: number): string {
  const id = `synthetic-${n}`;
  const dir = join(TMP, 'data', id);
  mkdirSync(dir, { recursive: true });
  const features = syntheticPlan({ n, seed: 7, holeEvery: 10 });
  for (const f of features) f.properties.area_m2 = Math.round(f.properties.area_m2 * 100) / 100;
  const lines = features.map((f) =>
    JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry })
  );
  writeFileSync(
    join(dir, 'plan.geojson'),
    `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`
  );
  const meta = {
    id,
    title: `Synthetischer Plan (${n} Flächen)`,
    municipality: 'Test',
    model: true,
    sources: [],
    attributions: [],
    bbox: summaryBounds(summarize(features))
  };
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(meta));
  return id;
}

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const synthetic = path.startsWith('/data/synthetic-');
    const root = path.startsWith('/bare/') || synthetic ? TMP : BUILD;
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(PORT, '127.0.0.1', () => ok(server)));
}

const base = `http://127.0.0.1:${PORT}`;

/** One run: ms from navigation to plan rendered, and the scripts fetched until then. */
async function run(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const scripts = new Set<string>();
  // Not the offline app's service worker: it caches the whole build once the plan has loaded.
  context.on('request', (r) => {
    if (/\.m?js$/.test(new URL(r.url()).pathname) && r.serviceWorker() === null)
      scripts.add(new URL(r.url()).pathname);
  });
  const page = await context.newPage();
  await page.addInitScript({ content: probeScript });
  await page.goto(url, { waitUntil: 'commit' });
  const ms = (await page
    .waitForFunction(
      () => (window as unknown as { __planRendered?: number }).__planRendered,
      null,
      { timeout: 120_000, polling: 50 }
    )
    .then((h) => h.jsonValue())) as number;
  const mapAt = await page.evaluate(() => (window as unknown as { __mapAt: number }).__mapAt);
  await context.close();
  return { ms, mapAt, scripts };
}

/** MapLibre's own files in the build (main chunk and worker), from Vite's manifest. */
function maplibreFiles(): Set<string> {
  const manifest = JSON.parse(
    readFileSync(join(ROOT, '.svelte-kit/output/client/.vite/manifest.json'), 'utf8')
  ) as Record<string, { file: string; name?: string }>;
  // By source path (a dynamic import) or by chunk name (a static import: a shared chunk).
  return new Set(
    Object.entries(manifest)
      .filter(
        ([k, v]) =>
          k.includes('node_modules/maplibre-gl/') || /^maplibre-gl(-worker)?$/.test(v.name ?? '')
      )
      .map(([, v]) => `/${v.file}`)
  );
}

function gzKb(paths: Iterable<string>, skip: Set<string>): number {
  let bytes = 0;
  const counted: string[] = [];
  for (const p of paths) {
    if ([...skip].some((s) => p.endsWith(s)) || /maplibre-gl-worker/.test(p)) continue;
    const gz = gzipSync(readFileSync(join(BUILD, p))).length;
    counted.push(`${p.replace(/.*\//, '')}:${(gz / 1024).toFixed(1)}`);
    bytes += gz;
  }
  if (process.argv.includes('--list')) console.log(`bench page js ${counted.join(' ')}`);
  return bytes / 1024;
}

async function large(browser: Browser, n: number) {
  const id = writeSynthetic(n);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: probeScript });
  const rss = sampleRss();
  await page.goto(`${base}/#plan=${id}`, { waitUntil: 'commit' });
  const rendered = await page
    .waitForFunction(
      () => (window as unknown as { __planRendered?: number }).__planRendered,
      null,
      { timeout: 600_000, polling: 100 }
    )
    .then((h) => h.jsonValue());
  await page.getByTestId('balance-table').waitFor({ timeout: 600_000 });
  const balance = await page.evaluate(() => performance.now());
  const longest = await page.evaluate(
    () => (window as unknown as { __longestTask: number }).__longestTask
  );
  const peak = rss.stop();
  await context.close();
  console.log(
    `bench page-large n=${n} rendered_ms=${Math.round(rendered as number)} balance_ms=${Math.round(balance)} longest_task_ms=${Math.round(longest)} peak_rss_mb=${Math.round(peak)}`
  );
}

writeBarePage();
const server = await serve();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS });
try {
  const viewerUrl = `${base}/`;
  const bareUrl = `${base}/bare/`;
  const viewer: number[] = [];
  const bare: number[] = [];
  const viewerMap: number[] = [];
  const bareMap: number[] = [];
  const fetched = new Set<string>();
  if (PAIRS > 0) await run(browser, viewerUrl); // warm-up of the OS file cache, not counted
  for (let i = 0; i < PAIRS; i++) {
    const order = i % 2 === 0 ? ['viewer', 'bare'] : ['bare', 'viewer'];
    for (const which of order) {
      const r = await run(browser, which === 'viewer' ? viewerUrl : bareUrl);
      if (which === 'viewer') {
        viewer.push(r.ms);
        viewerMap.push(r.mapAt);
        r.scripts.forEach((s) => fetched.add(s));
      } else {
        bare.push(r.ms);
        bareMap.push(r.mapAt);
      }
    }
  }
  const v = median(viewer);
  const b = median(bare);
  const js = gzKb(fetched, maplibreFiles());
  if (PAIRS > 0) {
    console.log(
      `bench page runs viewer_ms=[${viewer.map(Math.round).join(',')}] bare_ms=[${bare.map(Math.round).join(',')}]`
    );
    // Where the time goes: until the map object exists (page start) and from then on.
    console.log(
      `bench page map_created_ms viewer=${Math.round(median(viewerMap))} bare=${Math.round(median(bareMap))}`
    );
    console.log(
      `bench page viewer_ms=${Math.round(v)} bare_ms=${Math.round(b)} ratio=${(v / b).toFixed(2)} js_gz_kb=${js.toFixed(1)}`
    );
  }
  for (const n of SIZES) await large(browser, n);
} finally {
  await browser.close();
  server.close();
  rmSync(TMP, { recursive: true, force: true });
}
