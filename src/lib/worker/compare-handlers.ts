// The compare worker's work: indexes the earlier and the later area set of the comparison mode,
// answers their Flächenbilanz for a region, overlays them, and reads a second plan opened from
// disk, so that none of this blocks the map. Runs in compare.worker.ts, and in-process in tests.
import { NotLoadedError } from './errors';
import { PlanIndex } from '../geo/engine';
import { loadUnion } from '../geo/region-union-lazy';
import { overlayPlans } from '../geo/overlay';
import { importPlan } from '../xplan';
import { ensureDhdnGrid } from './dhdn-grid';
import { readPlanFeatures } from '../geo/measure';
import type { LoadedFeature } from '../plan/types';
import type { CompareProtocol } from './protocol';
import type { Handlers } from './serve';

/** One worker's two area sets and the answers to the page's calls (fresh state per worker). */
export function compareHandlers(): Handlers<CompareProtocol> {
  let before: { features: LoadedFeature[]; index: PlanIndex } | null = null;
  let after: PlanIndex | null = null;
  // The region union (geo/region-union-lazy.ts) loads at start: every call may need it.
  const unionReady = loadUnion();
  const indexed = () => {
    if (!before || !after) throw new NotLoadedError();
    return { before, after };
  };

  return {
    async set(sets) {
      await unionReady;
      before = { features: sets.before, index: new PlanIndex(sets.before) };
      after = new PlanIndex(sets.after);
    },
    async balance({ region, filter }) {
      await unionReady;
      const plans = indexed();
      return {
        before: plans.before.index.balance(region, filter),
        after: plans.after.balance(region, filter)
      };
    },
    async overlay(_, call) {
      await unionReady;
      const plans = indexed();
      return overlayPlans(plans.before.features, plans.after, (fraction) => call.update(fraction));
    },
    async import({ fileName, data, grid }, call) {
      await Promise.all([unionReady, ensureDhdnGrid(grid)]);
      const imported = importPlan(data, fileName, (fraction) => call.update(fraction));
      const features = readPlanFeatures(
        { type: 'FeatureCollection', features: imported.features },
        fileName
      );
      return { features, title: imported.meta.title };
    }
  };
}
