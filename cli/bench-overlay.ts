/**
 * Benchmark case of the comparison mode: the overlay of two plans whose areas share no ids
 * (src/lib/geo/overlay.ts), as the compare worker runs it: index the later plan, overlay the
 * earlier plan's areas against it, sum the transition matrix.
 *
 * Two synthetic plans of `n` areas each (different seeds, so their edges cut each other
 * everywhere). The current overlay and the earlier one (cli/overlay-baseline.ts: every area
 * re-projected and prepared as a region) run alternately in the same process, so that the
 * machine's load falls on both alike. Prints
 *   bench overlay n=<N> median_ms=<…> baseline_median_ms=<…> ratio=<baseline/new> runs=<…> pieces=<…> load=<1-min load average>
 *   bench check overlay … (every square metre of both plans accounted for, to 1e-6; both paths agree per piece)
 */
import { loadavg } from 'node:os';
import { PlanIndex } from '../src/lib/geo/engine';
import { overlayPlans, type OverlayResult } from '../src/lib/geo/overlay';
import { MATRIX_KEYS, matrixFromPieces } from '../src/lib/geo/transition';
import { syntheticPlan } from '../src/lib/geo/synthetic';
import { overlayPlansBaseline } from './overlay-baseline';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Largest difference (m²) between the pieces of two overlays, matched by their two ids. */
function pieceDifference(a: OverlayResult, b: OverlayResult): number {
  const key = (p: OverlayResult['pieces'][number]) => `${p.before}|${p.after}`;
  const areas = new Map(a.pieces.map((p) => [key(p), p.area_m2]));
  let worst = a.pieces.length === b.pieces.length ? 0 : Infinity;
  for (const p of b.pieces) worst = Math.max(worst, Math.abs((areas.get(key(p)) ?? 0) - p.area_m2));
  return worst;
}

/** Runs the case; returns true if the overlay accounts for both plans' areas. */
export function benchOverlay(n: number, runs: number, baseline = true): boolean {
  const before = syntheticPlan({ n, seed: 42, holeEvery: 10 });
  const after = syntheticPlan({ n, seed: 43, holeEvery: 10 });
  const times: number[] = [];
  const baseTimes: number[] = [];
  // Warm-up of both paths (JIT), not timed.
  let result = overlayPlans(before, after);
  let old = baseline ? overlayPlansBaseline(before, after) : result;
  for (let k = 0; k < runs; k++) {
    let t = performance.now();
    result = overlayPlans(before, new PlanIndex(after));
    matrixFromPieces(result.pieces);
    times.push(performance.now() - t);
    if (!baseline) continue;
    t = performance.now();
    old = overlayPlansBaseline(before, new PlanIndex(after));
    matrixFromPieces(old.pieces);
    baseTimes.push(performance.now() - t);
  }
  const m = matrixFromPieces(result.pieces);
  const none = MATRIX_KEYS.indexOf('none');
  const sum = (fs: typeof before) => fs.reduce((s, f) => s + f.properties.area_m2, 0);
  // Both plans tile the same square: nothing is left uncovered, and the matrix holds both.
  const errBefore = Math.abs((m.total - (m.rowTotals[none] as number) - sum(before)) / sum(before));
  const errAfter = Math.abs((m.total - (m.colTotals[none] as number) - sum(after)) / sum(after));
  const diff = pieceDifference(old, result);
  const ok = errBefore < 1e-6 && errAfter < 1e-6 && result.skipped.length === 0 && diff < 1e-3;
  const base = baseline
    ? ` baseline_median_ms=${median(baseTimes).toFixed(0)} ratio=${(median(baseTimes) / median(times)).toFixed(2)}`
    : '';
  console.log(
    `bench overlay n=${n} median_ms=${median(times).toFixed(0)}${base} runs=${runs} pieces=${result.pieces.length} load=${loadavg()[0]!.toFixed(1)}`
  );
  console.log(
    `bench check overlay n=${n} matrix = areas of both plans within ${(Math.max(errBefore, errAfter) * 100).toExponential(1)} %${baseline ? `; pieces of both paths agree within ${diff.toExponential(1)} m²` : ''} ${ok ? 'OK' : 'FAIL'}`
  );
  return ok;
}
