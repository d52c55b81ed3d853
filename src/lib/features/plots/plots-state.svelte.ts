import '../../i18n/parts/plots-mode';
import { getContext, setContext } from 'svelte';
import type { MultiPolygon, Polygon } from 'geojson';
import type { ViewerState } from '$lib/state/viewer.svelte';
import type { PlotsChoice } from '$lib/plan/plots';
import {
  ACCESS_KINDS,
  COMBINE_SEP,
  MAX_SAVED,
  type AccessKind,
  type PlotFeature
} from '$lib/plan/plots';
import { parsePlots } from '$lib/plan/plots-read';
import { filterPlots, sortPlots } from '$lib/geo/plots-filter';
import { availableCombinations, combinationById, plotNeighbours } from '$lib/geo/plots-combine';
import { bboxRegion } from '$lib/geo/region';
import { serializeHash } from '$lib/state/url';
import { category } from '$lib/plan/categories';
import { bilingual, errorDetail, inEvery, type Bilingual } from '$lib/i18n';
import { PlanDataError } from '$lib/plan/validate';
import { accessSourcesFromPlaces, type KindPoint } from '$lib/geo/access';
import { PlotsImportError } from '$lib/geo/plots-csv';
import { hostArea } from './plot-facts';
import type { PlotsCsvContext } from './export';
import { OpenCancelled, plotsFromFile } from './open-csv';

type PlotsStatus = 'loading' | 'ready' | 'missing' | 'invalid';
type RoadsStatus = 'none' | 'loading' | 'ready' | 'failed';

/**
 * The plot finder's loaded plots and derived result. The user's choices live in `viewer.mode`
 * (and so in the URL); this class only reads them and writes them back through `choose`.
 */
export class PlotsState {
  plots = $state.raw<PlotFeature[]>([]);
  status = $state<PlotsStatus>('loading');
  /** Why plots.geojson cannot be used, in both languages. */
  error = $state<Bilingual>({ de: '', en: '' });
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

  /** Which plots share a boundary (same estate and zoning); computed once per file. */
  neighbours = $derived(plotNeighbours(this.plots));

  /** „zusammenhängend verfügbar“: combinations fitting the size range, when asked for. */
  combinations = $derived.by(() => {
    const c = this.choice;
    if (!c?.combine) return [];
    return availableCombinations(this.plots, this.neighbours, c.minM2, c.maxM2);
  });

  result = $derived.by(() => {
    const c = this.choice;
    if (!c) return [];
    const all = [...this.plots, ...this.combinations];
    return sortPlots(filterPlots(all, c, this.within), c.sort, c.desc);
  });

  byId = $derived(new Map(this.plots.map((p) => [p.properties.id, p])));

  /** A plot or a combination („GF-0012+GF-0013“) by id; null if unknown. */
  find(id: string): PlotFeature | null {
    return id.includes(COMBINE_SEP) ? combinationById(id, this.byId) : (this.byId.get(id) ?? null);
  }

  selected = $derived(this.choice?.plot ? this.find(this.choice.plot) : null);

  /** The Merkliste's plots and combinations, in the order they were added. */
  saved = $derived(
    (this.choice?.saved ?? []).map((id) => this.find(id)).filter((p): p is PlotFeature => !!p)
  );

  isSaved(id: string) {
    return this.choice?.saved.includes(id) ?? false;
  }

  /** „Merken“ / remove from the Merkliste; false when the list is full. */
  toggleSaved(id: string): boolean {
    const list = this.choice?.saved ?? [];
    if (list.includes(id)) {
      this.choose({ saved: list.filter((x) => x !== id) });
      return true;
    }
    if (list.length >= MAX_SAVED) return false;
    this.choose({ saved: [...list, id] });
    return true;
  }

  estates = $derived(
    [...new Set(this.plots.map((p) => p.properties.estate))].sort((a, b) =>
      a.localeCompare(b, 'de')
    )
  );

  /** Link to the finder with `id` selected (all other choices as now); for CSV, PDF and e-mail. */
  link(id: string | null): string {
    const state = this.viewer.toHash();
    const m = state.mode;
    const mode = m.kind === 'plots' ? { ...m, plot: id } : m;
    return `${location.origin}${location.pathname}${serializeHash({ ...state, mode })}`;
  }

  /** German texts and links the CSV needs (the FNP category needs the loaded plan). */
  csvContext(): PlotsCsvContext {
    const features = this.viewer.plan?.features ?? [];
    return {
      link: (id) => this.link(id),
      fnp: (p) => {
        const host = hostArea(p, features);
        if (!host) return null;
        const cat = category(host.properties.category);
        return `${cat.label.de} (${cat.symbol})`;
      },
      restriction: (code) => bilingual(`plots.restriction.${code}`).de,
      utility: (code) => bilingual(`plots.utility.${code}`).de
    };
  }

  /** Changes some of the finder's choices (a new mode object, so the URL follows). */
  choose(change: Partial<PlotsChoice>) {
    const m = this.viewer.mode;
    if (m.kind === 'plots') this.viewer.mode = { ...m, ...change };
  }

  /** Road distances: `none` without an installed basemap road graph (straight line only). */
  roads = $state<RoadsStatus>('none');

  /**
   * Adds road distance and drive time to the nearest A4 junction, Hauptbahnhof, station and
   * stop, over the basemap's road graph (`roads.json`, written by `npm run basemap`).
   */
  async loadRoads(
    url: string,
    places: readonly { kind?: string; main?: boolean; lon: number; lat: number }[]
  ) {
    if (this.roads !== 'none' || this.plots.length === 0) return;
    this.roads = 'loading';
    try {
      const r = await fetch(url);
      if (!r.ok) {
        this.roads = 'none';
        return;
      }
      const { graphFromFile, reachFrom, roadTo } = await import('$lib/geo/road-graph');
      const { interiorPoint } = await import('$lib/geo/access');
      const g = graphFromFile(await r.json());
      const at = (ok: (p: (typeof places)[number]) => boolean) =>
        places.filter(ok).map((p) => [p.lon, p.lat] as const);
      const targets: Record<AccessKind, (readonly [number, number])[]> = {
        a4: at((p) => p.kind === 'anschlussstelle'),
        hbf: at((p) => p.kind === 'bahnhof' && p.main === true),
        bahnhof: at((p) => p.kind === 'bahnhof'),
        haltestelle: at((p) => p.kind === 'haltestelle')
      };
      const reach = ACCESS_KINDS.map(
        (k) => [k, targets[k].length > 0 ? reachFrom(g, targets[k]) : null] as const
      );
      this.plots = this.plots.map((f) => {
        const [lon, lat] = interiorPoint(f.geometry);
        const road: NonNullable<PlotFeature['properties']['road']> = {};
        for (const [k, rc] of reach) {
          const d = rc && roadTo(g, rc, lon, lat);
          if (d) road[k] = d;
        }
        return { ...f, properties: { ...f.properties, road } };
      });
      this.roads = 'ready';
    } catch {
      this.roads = 'failed';
    }
  }

  /** A plot list opened from disk and shown instead of the city's; null: the city's list. */
  opened = $state<{ name: string; count: number } | null>(null);
  /** A list being read: its name, the data rows read and the share of its bytes. */
  opening = $state<{ name: string; rows: number; percent: number } | null>(null);
  /** Why the last file could not be opened (the list shown before stays). */
  openError = $state<Bilingual | null>(null);
  /** The city's list while an opened one is shown, to show again. */
  private city: { plots: PlotFeature[]; status: PlotsStatus; roads: RoadsStatus } | null = null;
  private reading: AbortController | null = null;

  /**
   * Reads a plot list (CSV as Excel writes it) with the reader of `npm run import-plots`, access
   * distances from the plan's places; on success it replaces the shown list (the city's is kept
   * for „Liste der Stadt wieder anzeigen“), on error the shown list stays and `openError` says
   * why (line and column). Nothing is uploaded.
   */
  async openFile(file: File, places: KindPoint[]) {
    this.reading?.abort();
    const control = new AbortController();
    this.reading = control;
    this.openError = null;
    this.opening = { name: file.name, rows: 0, percent: 0 };
    try {
      const list = await plotsFromFile(
        file,
        accessSourcesFromPlaces(places),
        control.signal,
        (p) => {
          if (this.reading === control)
            this.opening = {
              name: file.name,
              rows: p.rows,
              percent: file.size > 0 ? Math.floor((100 * p.bytes) / file.size) : 100
            };
        }
      );
      if (this.reading !== control) return;
      this.city ??= {
        plots: this.plots,
        status: this.status,
        roads: this.roads === 'ready' ? 'ready' : 'none'
      };
      this.show(list, 'ready', 'none');
      this.opened = { name: file.name, count: list.length };
    } catch (e) {
      if (this.reading !== control || e instanceof OpenCancelled) return;
      this.openError =
        e instanceof PlotsImportError
          ? bilingual('plots.csvError', {
              name: file.name,
              detail: { de: e.message, en: e.en ?? e.message }
            })
          : bilingual('plots.csvUnreadable', { name: file.name });
    } finally {
      if (this.reading === control) {
        this.reading = null;
        this.opening = null;
      }
    }
  }

  /** „Abbrechen“: stops reading; the shown list stays. */
  cancelOpen() {
    this.reading?.abort();
    this.reading = null;
    this.opening = null;
  }

  /** „Liste der Stadt wieder anzeigen“. */
  showCity() {
    const city = this.city;
    if (!city) return;
    this.city = null;
    this.opened = null;
    this.openError = null;
    this.show(city.plots, city.status, city.roads);
  }

  /** Shows a list; a selection or Merkliste entry from the URL it does not have is dropped. */
  private show(list: PlotFeature[], status: PlotsStatus, roads: RoadsStatus) {
    this.plots = list;
    this.roads = roads;
    this.status = status;
    if (status !== 'ready') return;
    const c = this.choice;
    if (c?.plot && !this.find(c.plot)) this.choose({ plot: null });
    if (c && c.saved.some((id) => !this.find(id)))
      this.choose({ saved: c.saved.filter((id) => this.find(id)) });
  }

  /** Forgets an opened list and any reading (a new plan is shown). */
  private forgetOpened() {
    this.cancelOpen();
    this.city = null;
    this.opened = null;
    this.openError = null;
  }

  /** The shown plan has no list of the city (a plan opened from disk). */
  noCityList() {
    this.forgetOpened();
    this.show([], 'missing', 'none');
  }

  async load(base: string, planId: string) {
    this.forgetOpened();
    this.status = 'loading';
    this.roads = 'none';
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
      this.show(parsePlots(json, `${planId}/plots.geojson`), 'ready', 'none');
    } catch (e) {
      this.error =
        e instanceof PlanDataError
          ? { de: e.message, en: e.messageEn }
          : inEvery(() => errorDetail(e));
      this.status = 'invalid';
    }
  }
}

const KEY = Symbol('plots');
export const setPlots = (s: PlotsState) => setContext(KEY, s);
export const getPlots = () => getContext<PlotsState>(KEY);
