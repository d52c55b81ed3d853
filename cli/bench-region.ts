/**
 * `npx tsx cli/bench-region.ts`: how long a self-intersecting region takes from a shared link to
 * its answer (issue 26 asks < 2 s for 2,000 points, < 5 s for the 50,000-point cap), end to end
 * through the engine (check, repair or refusal, triangulation, Flächenbilanz) on a synthetic
 * plan of 5,000 areas. Prints one line per case: wall and CPU ms (median of 3; on a shared
 * machine the CPU time is what an idle one would take), answered or refused.
 */
import { mulberry32 as prng } from '../src/lib/geo/prng';
import { PlanIndex, fullFilter } from '../src/lib/geo/engine';
import { toLaea } from '../src/lib/geo/laea';
import { RegionError } from '../src/lib/geo/region';
import { crossingStar, DUEREN, syntheticPlan, twistedRegion } from '../src/lib/geo/synthetic';
import type { Polygon } from 'geojson';

const [CX, CY] = toLaea(DUEREN[0], DUEREN[1]);
const index = new PlanIndex(syntheticPlan({ n: 5000, seed: 1 }));
const all = fullFilter();

/** As a shared link carries it: six decimals. */
const inLink = (p: Polygon): Polygon => ({
  type: 'Polygon',
  coordinates: p.coordinates.map((r) => r.map((q) => q.map((v) => Number(v.toFixed(6)))))
});

const cases: [string, Polygon][] = [
  ['star {2000/7}, 2,000 points', crossingStar(CX, CY, 2000, 2000, 7)],
  ['star {2000/7}, 2,000 points, 6 decimals', inLink(crossingStar(CX, CY, 2000, 2000, 7))],
  ['star {2000/3}, 2,000 points, 6 decimals', inLink(crossingStar(CX, CY, 2000, 2000, 3))],
  ['star {2000/999}, 2,000 points', crossingStar(CX, CY, 2000, 2000, 999)],
  ['star {500/249}, 500 points', crossingStar(CX, CY, 2000, 500, 249)],
  ['star {49999/24999}, 50,000 points', crossingStar(CX, CY, 2000, 49_999, 24_999)],
  ['outline, 2,000 points, 5 bow-ties', twistedRegion(prng(2), CX, CY, 2e7, 2000, 5)],
  ['outline, 50,000 points, 5 bow-ties', twistedRegion(prng(2), CX, CY, 2e7, 49_999, 5)],
  [
    'outline, 50,000 points, 5 bow-ties, 6 decimals',
    inLink(twistedRegion(prng(2), CX, CY, 2e7, 49_999, 5))
  ],
  ['star {101/50}, 101 points (5,000 crossings)', crossingStar(CX, CY, 2000, 101, 50)]
];

for (const [name, region] of cases) {
  const times: number[] = [];
  const cpu: number[] = [];
  let outcome = '';
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    const c = process.cpuUsage();
    try {
      const b = index.balance(region, all);
      outcome = `answered: ${(b.total.area_m2 / 1e4).toFixed(2)} ha in ${b.total.count} areas`;
    } catch (e) {
      if (!(e instanceof RegionError)) throw e;
      outcome = `refused: ${e.message.slice(0, 70)}…`;
    }
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (v: number[]) => String(Math.round(v.sort((a, b) => a - b)[1]!)).padStart(6);
  console.log(`${name.padEnd(48)} ${median(times)} ms wall ${median(cpu)} ms CPU  ${outcome}`);
}
