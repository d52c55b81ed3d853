/**
 * Benchmark of the Flächenbilanz engine against the naive baseline, in one process.
 *
 *   npm run bench [-- --sizes 2000,20000,200000 --queries 15 --naive 3,2 --overlay 3000,7]
 *
 * The last case (cli/bench-overlay.ts) overlays two plans of 3,000 areas, median of 7 runs after
 * one warm-up run, alternating with the earlier overlay as a baseline (`--overlay 0` skips the
 * case, `--no-baseline` the baseline). `npm run bench:overlay` runs only this case.
 *
 * Synthetic plans (src/lib/geo/synthetic.ts: tilings of a 85 km² square near Düren, 20–200
 * vertices per area, every 10th area with a hole filled by an island, seeded) of 2,000, 20,000
 * and 200,000 areas; random concave regions (smooth random stars, 50–200 vertices) of 5 % of
 * the city each. Per size it prints
 *   bench load n=<N> area_ms=<…> index_ms=<…>          (ellipsoidal areas + PlanIndex build)
 *   bench region-balance n=<N> engine_ms=<median> naive_ms=<median|-> ratio=<naive/engine|->
 *   bench check n=<N> …                                 (engine vs naive / region area)
 * engine_ms is a whole query from a fresh region: prepare (project, triangulate, rasterise)
 * plus balance. naive_ms is intersect + turfArea on every area (only at n ≤ 20,000).
 * The check compares the engine's total with the naive pieces' ellipsoidal area (turfArea is
 * spherical and reads ~0.3 % low at Düren, shown separately) and with the region's own area
 * (the plan tiles the city, so the two must agree).
 */
import { area as turfArea } from '@turf/area';
import { feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { ellipsoidalArea } from '../src/lib/geo/area';
import { PlanIndex, fullFilter } from '../src/lib/geo/engine';
import { toLaea } from '../src/lib/geo/laea';
import { mulberry32 } from '../src/lib/geo/prng';
import { DUEREN, starRegion, syntheticPlan } from '../src/lib/geo/synthetic';
import { benchOverlay } from './bench-overlay';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const SIZES = option('sizes', '2000,20000,200000').split(',').filter(Boolean).map(Number);
const QUERIES = Number(option('queries', '25'));
const [NAIVE_2K, NAIVE_20K] = option('naive', '3,2').split(',').map(Number) as [number, number];
const CITY_SIDE = 9220;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

function regions(count: number, seed: number, cityArea: number): Polygon[] {
  const rnd = mulberry32(seed);
  const [cx, cy] = toLaea(DUEREN[0], DUEREN[1]);
  const out: Polygon[] = [];
  for (let k = 0; k < count; k++) {
    // Centres within the inner part of the city so that the region lies inside it.
    const x = cx + (rnd() - 0.5) * 0.5 * CITY_SIDE;
    const y = cy + (rnd() - 0.5) * 0.5 * CITY_SIDE;
    out.push(starRegion(rnd, x, y, 0.05 * cityArea, 50 + Math.floor(rnd() * 151)));
  }
  return out;
}

function naive(
  features: Feature<Polygon | MultiPolygon>[],
  region: Polygon
): { ms: number; sphericalM2: number; ellipsoidalM2: number } {
  const regionFeature = feature(region);
  const pieces: (Polygon | MultiPolygon)[] = [];
  let spherical = 0;
  const t = performance.now();
  for (const f of features) {
    const x = intersect(featureCollection([f, regionFeature]));
    if (x) {
      spherical += turfArea(x);
      pieces.push(x.geometry);
    }
  }
  const ms = performance.now() - t;
  return {
    ms,
    sphericalM2: spherical,
    ellipsoidalM2: pieces.reduce((s, g) => s + ellipsoidalArea(g), 0)
  };
}

const t0 = performance.now();
const checks: string[] = [];
let allOk = true;
for (const n of SIZES) {
  const plan = syntheticPlan({ n, seed: 42, holeEvery: 10, computeArea: false });
  let t = performance.now();
  for (const f of plan) f.properties.area_m2 = ellipsoidalArea(f.geometry);
  const areaMs = performance.now() - t;
  t = performance.now();
  const index = new PlanIndex(plan);
  const indexMs = performance.now() - t;
  console.log(
    `bench load n=${n} area_ms=${fmt(areaMs)} index_ms=${fmt(indexMs)} vertices=${plan.reduce((s, f) => s + (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()).reduce((a, r) => a + r.length - 1, 0), 0)}`
  );
  const city = plan.reduce((s, f) => s + f.properties.area_m2, 0);
  const filter = fullFilter();
  // Warm-up (JIT), then timed queries, each from a fresh region.
  for (const r of regions(10, 7, city)) index.balance(r, filter);
  const qs = regions(QUERIES, 1000 + n, city);
  const engineMs: number[] = [];
  const totals: number[] = [];
  let worstRegion = 0;
  for (const r of qs) {
    t = performance.now();
    const b = index.balance(r, filter);
    engineMs.push(performance.now() - t);
    totals.push(b.total.area_m2);
    worstRegion = Math.max(
      worstRegion,
      Math.abs(b.total.area_m2 - (b.region_m2 as number)) / (b.region_m2 as number)
    );
  }
  const engine = median(engineMs);
  const naiveCount = n <= 2000 ? NAIVE_2K : n <= 20000 ? NAIVE_20K : 0;
  let naiveLine = 'naive_ms=- ratio=-';
  let check = `bench check n=${n} engine total = region area within ${(worstRegion * 100).toExponential(1)} %`;
  let ok = worstRegion < 1e-4;
  if (naiveCount > 0) {
    const features = plan.filter((f) => !f.properties.overlay) as Feature<Polygon | MultiPolygon>[];
    const naiveMs: number[] = [];
    let worst = 0;
    let spherical = 0;
    for (let k = 0; k < naiveCount; k++) {
      const res = naive(features, qs[k] as Polygon);
      naiveMs.push(res.ms);
      worst = Math.max(
        worst,
        Math.abs((totals[k] as number) - res.ellipsoidalM2) / res.ellipsoidalM2
      );
      spherical = Math.min(spherical, (res.sphericalM2 - res.ellipsoidalM2) / res.ellipsoidalM2);
    }
    const nv = median(naiveMs);
    naiveLine = `naive_ms=${fmt(nv)} ratio=${fmt(nv / engine)}`;
    check += `; engine vs naive (${naiveCount} queries, ellipsoidal area of intersect pieces) within ${(worst * 100).toExponential(1)} % ${worst < 1e-4 ? 'OK' : 'FAIL'}; turfArea (spherical) reads ${(spherical * 100).toFixed(3)} %`;
    ok &&= worst < 1e-4;
  }
  allOk &&= ok;
  console.log(`bench region-balance n=${n} engine_ms=${fmt(engine)} ${naiveLine}`);
  checks.push(`${check} ${ok ? 'OK' : 'FAIL'}`);
  console.log(checks[checks.length - 1]);
}
const [OVERLAY_N, OVERLAY_RUNS] = option('overlay', '3000,7').split(',').map(Number) as [
  number,
  number
];
if (OVERLAY_N > 0)
  allOk =
    benchOverlay(OVERLAY_N, OVERLAY_RUNS ?? 7, !process.argv.includes('--no-baseline')) && allOk;
console.log(
  `bench done in ${((performance.now() - t0) / 1000).toFixed(0)} s; engine_ms = median of ${QUERIES} queries (fresh 5 % region each, prepare + balance); totals ${allOk ? 'agree to 0.01 %' : 'DISAGREE'}`
);
if (!allOk) process.exitCode = 1;
