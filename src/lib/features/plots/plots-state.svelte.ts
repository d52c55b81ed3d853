import { getContext, setContext } from 'svelte';
import type { MultiPolygon, Polygon } from 'geojson';
import type { ViewerState } from '$lib/state/viewer.svelte';
import type { PlotsChoice } from '$lib/plan/plots';
import { parsePlots, type PlotFeature } from '$lib/plan/plots';
import { filterPlots, sortPlots } from '$lib/geo/plots-filter';
import { bboxRegion } from '$lib/geo/region';

/**
 * The plot finder's loaded plots and derived result. The user's choices live in `viewer.mode`
 * (and so in the URL); this class only reads them and writes them back through `choose`.
 */
export class PlotsState {
  plots = $state.raw<PlotFeature[]>([]);
  status = $state<'loading' | 'ready' | 'missing' | 'invalid'>('loading');
  error = $state('');
  /** The plot under the pointer (map or list), shown highlighted in both. */
  hovered = $state<string | null>(null);

  constructor(private viewer: ViewerState) {}

  choice = $derived.by((): PlotsChoice | null => {
    const m = this.viewer.mode;
    return m.kind === 'plots' ? m : null;
  });

  within = $derived.by((): Polygon | MultiPolygon | null => {
    const c = this.choice;
    if (c?.within === 'ansicht' && this.viewer.bounds) return bboxRegion(this.viewer.bounds);
    if (c?.within === 'region') return this.viewer.regionPolygon;
    return null;
  });

  result = $derived.by(() => {
    const c = this.choice;
    if (!c) return [];
    return sortPlots(filterPlots(this.plots, c, this.within), c.sort, c.desc);
  });

  byId = $derived(new Map(this.plots.map((p) => [p.properties.id, p])));

  selected = $derived(this.choice?.plot ? (this.byId.get(this.choice.plot) ?? null) : null);

  estates = $derived(
    [...new Set(this.plots.map((p) => p.properties.estate))].sort((a, b) =>
      a.localeCompare(b, 'de')
    )
  );

  /** Changes some of the finder's choices (a new mode object, so the URL follows). */
  choose(change: Partial<PlotsChoice>) {
    const m = this.viewer.mode;
    if (m.kind === 'plots') this.viewer.mode = { ...m, ...change };
  }

  async load(base: string, planId: string) {
    this.status = 'loading';
    this.plots = [];
    let json: unknown;
    try {
      const r = await fetch(`${base}/data/${planId}/plots.geojson`);
      if (!r.ok) {
        this.status = 'missing';
        return;
      }
      json = await r.json();
    } catch {
      this.status = 'missing';
      return;
    }
    try {
      this.plots = parsePlots(json, `${planId}/plots.geojson`);
      this.status = 'ready';
      // A selection from the URL that this file does not have is dropped.
      if (this.choice?.plot && !this.byId.has(this.choice.plot)) this.choose({ plot: null });
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.status = 'invalid';
    }
  }
}

const KEY = Symbol('plots');
export const setPlots = (s: PlotsState) => setContext(KEY, s);
export const getPlots = () => getContext<PlotsState>(KEY);
