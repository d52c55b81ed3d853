/** The scout of issue 23: available GE/GI plots or combinations of 2–5 ha (for data tests). */
import type { PlotFeature } from '../../src/lib/plan/plots';
import { defaultPlotsChoice } from '../../src/lib/state/plots-url';
import { filterPlots } from '../../src/lib/geo/plots-filter';
import { availableCombinations, plotNeighbours } from '../../src/lib/geo/plots-combine';

export function scoutCandidates(plots: readonly PlotFeature[]): PlotFeature[] {
  const c = {
    ...defaultPlotsChoice(),
    minM2: 20_000,
    maxM2: 50_000,
    zoning: ['GE' as const, 'GI' as const],
    status: ['verfügbar' as const]
  };
  const combos = availableCombinations(plots, plotNeighbours(plots), c.minM2, c.maxM2);
  return filterPlots([...plots, ...combos], c, null);
}
