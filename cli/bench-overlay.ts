/**
 * Benchmark case of the comparison mode: the overlay of two plans whose areas share no ids
 * (src/lib/geo/overlay.ts), as the compare worker runs it: index the later plan, overlay the
 * earlier plan's areas against it, sum the transition matrix.
 *
 * Two synthetic plans of `n` areas each (different seeds, so their edges cut each other
 * everywhere). Prints
 *   bench overlay n=<N> first_ms=<…> median_ms=<median of runs> pieces=<…>
 *   bench check overlay … (every square metre of both plans accounted for, to 1e-6)
 */
import { PlanIndex } from '../src/lib/geo/engine';
import { overlayPlans } from '../src/lib/geo/overlay';
import { MATRIX_KEYS, matrixFromPieces } from '../src/lib/geo/transition';
import { syntheticPlan } from '../src/lib/geo/synthetic';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Runs the case; returns true if the overlay accounts for both plans' areas. */
export function benchOverlay(n: number, runs: number): boolean {
  const before = syntheticPlan({ n, seed: 42, holeEvery: 10 });
  const after = syntheticPlan({ n, seed: 43, holeEvery: 10 });
  const times: number[] = [];
  let result = overlayPlans(before, after);
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    result = overlayPlans(before, new PlanIndex(after));
    matrixFromPieces(result.pieces);
    times.push(performance.now() - t);
  }
  const m = matrixFromPieces(result.pieces);
  const none = MATRIX_KEYS.indexOf('none');
  const sum = (fs: typeof before) => fs.reduce((s, f) => s + f.properties.area_m2, 0);
  // Both plans tile the same square: nothing is left uncovered, and the matrix holds both.
  const errBefore = Math.abs((m.total - (m.rowTotals[none] as number) - sum(before)) / sum(before));
  const errAfter = Math.abs((m.total - (m.colTotals[none] as number) - sum(after)) / sum(after));
  const ok = errBefore < 1e-6 && errAfter < 1e-6 && result.skipped.length === 0;
  console.log(
    `bench overlay n=${n} first_ms=${times[0]!.toFixed(0)} median_ms=${median(times).toFixed(0)} runs=${runs} pieces=${result.pieces.length}`
  );
  console.log(
    `bench check overlay n=${n} matrix = areas of both plans within ${(Math.max(errBefore, errAfter) * 100).toExponential(1)} % ${ok ? 'OK' : 'FAIL'}`
  );
  return ok;
}
