/**
 * What the panels ask of every area of a plan — lookup by id, categories and districts used,
 * whether there are overlays or a previous plan, whether the areas are in size order — gathered
 * in one pass per plan. The plan worker's client gathers them part by part while the page's copy
 * arrives (each part in a task of its own), so that the moment the copy lands costs no pass
 * over 200,000 areas; any other feature array gets its facts on first ask.
 */
import type { CategoryCode } from './categories';
import type { LoadedFeature } from './types';

export class FeatureFacts {
  readonly byId = new Map<string, LoadedFeature>();
  readonly categories = new Set<CategoryCode>();
  readonly districts = new Set<string>();
  hasOverlays = false;
  hasPrevious = false;
  /** True while every area is at least as large as the next (largest first, as the list shows). */
  largestFirst = true;
  private lastArea = Infinity;

  add(features: readonly LoadedFeature[]): this {
    for (const f of features) {
      const p = f.properties;
      this.byId.set(p.id, f);
      this.categories.add(p.category);
      if (p.district !== null) this.districts.add(p.district);
      if (p.overlay === true) this.hasOverlays = true;
      if (p.previous !== null) this.hasPrevious = true;
      if (p.area_m2 > this.lastArea) this.largestFirst = false;
      this.lastArea = p.area_m2;
    }
    return this;
  }
}

const known = new WeakMap<readonly LoadedFeature[], FeatureFacts>();

/** The facts of `features`, gathered once per array (the array is never changed). */
export function featureFacts(features: readonly LoadedFeature[]): FeatureFacts {
  let facts = known.get(features);
  if (!facts) {
    facts = new FeatureFacts().add(features);
    known.set(features, facts);
  }
  return facts;
}

/** Records facts gathered while `features` was assembled (see PlanWorker.features). */
export function rememberFacts(features: readonly LoadedFeature[], facts: FeatureFacts): void {
  known.set(features, facts);
}
