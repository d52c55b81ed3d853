import type { Bilingual } from '../i18n';
import type { Plan } from '../plan/types';

/**
 * Where loading the shown plan stands (`PlanRuntime.load`, read as `viewer.planLoad`), one value instead of flags:
 * - `idle`: nothing asked yet (the page asks for its plan as it starts);
 * - `loading`: a plan under data/ or a file opened from disk is on its way. `plan` is what is
 *   shown meanwhile: the plan before until the new one's plan.json is read, then the new one
 *   (its areas still empty); `indexed` once the plan worker holds its areas (the Flächenbilanz
 *   can be asked);
 * - `ready`: the page has its copy of the areas (lists, legend, selection, nearby, plots …);
 * - `failed`: the plan could not be loaded (the notice says why).
 */
export type PlanLoad =
  | { kind: 'idle' }
  | { kind: 'loading'; plan: Plan | null; indexed: boolean }
  | { kind: 'ready'; plan: Plan }
  | { kind: 'failed'; error: Bilingual };

/** The plan shown in this state, if any. */
export function shownPlan(load: PlanLoad): Plan | null {
  return load.kind === 'loading' || load.kind === 'ready' ? load.plan : null;
}

/** True when the plan worker holds the shown plan's areas: the Flächenbilanz can be asked. */
export function planIndexed(load: PlanLoad): boolean {
  return load.kind === 'ready' || (load.kind === 'loading' && load.indexed);
}
