import type { CompareChoices } from './url-compare';
import { stateFilter } from './scenes';
import { getContext, setContext } from 'svelte';
import type { Polygon, MultiPolygon } from 'geojson';
import type { CategoryCode } from '../plan/categories';
import { shownPlan, type PlanLoad } from './plan-load';
import type { LoadedFeature, Status } from '../plan/types';
import type { LoadedPart } from '../plan/parts';
import type { PlanFilter } from '../geo/filter';
import type { Balance } from '../geo/engine';
import { bboxRegion, regionGeometry, type RegionGeometry } from '../geo/region';
import { boxesIntersect, geometryBounds } from '../geo/bounds';
import { hasLanguage, loadLanguage, translator, type Lang } from '../i18n';
import type { BasemapChoice } from './basemap';
import { featureFacts } from '../plan/feature-facts';
import { FIELD_NAMES, defaultHashState, type FieldName, type HashState } from './url';

/** The areas of no plan (one array, so its facts are gathered once). */
const NO_FEATURES: readonly LoadedFeature[] = [];
const NO_PARTS: readonly LoadedPart[] = [];

/** West, south, east, north in degrees. */
export type Bounds = [number, number, number, number];

/**
 * What the page's map knows and the state needs: the map controller (map/controller.svelte.ts)
 * owns these values and the viewer only reads them (state/ never imports map/).
 */
export interface MapFacts {
  /** False once the map could not start (no WebGL): the panels work without a map. */
  readonly webgl: boolean;
  /** The visible part of the map after its last move, for the "Kartenausschnitt" scope. */
  readonly bounds: Bounds | null;
  /** The plan source (URL or data) the map has last drawn completely; null before. */
  readonly drawnSource: unknown;
  /**
   * The plan's areas as the map's own worker read them by URL: MapLibre hands that parsed
   * copy to the page and keeps it; the page checks it and takes it as its copy rather than a
   * second one from the plan worker. Null without a map, or for areas the map reads as tiles.
   */
  areas(planSource: unknown): Promise<unknown> | null;
}

/** No map (unit tests, the CLI): WebGL is not known to fail, nothing is drawn or visible. */
export const NO_MAP: MapFacts = { webgl: true, bounds: null, drawnSource: null, areas: () => null };

/**
 * What loading the plan knows: the page's plan runtime (state/sync.svelte.ts, `PlanRuntime`)
 * owns these values, which it and the plan worker produce; the viewer only reads them.
 */
export interface PlanFacts {
  /** Where loading the shown plan stands (state/plan-load.ts). */
  readonly load: PlanLoad;
  /** Name of a file the user opened from disk, shown instead of a plan under data/. */
  readonly openedFile: string | null;
  /** The latest Flächenbilanz for the viewer's `balanceQuery` and `filter`, from the plan worker. */
  readonly balance: Balance | null;
  /** The Bebauungspläne the plan `partsOf` lists (plan.json `plans`, state/parts.ts). */
  readonly parts: readonly LoadedPart[];
  readonly partsOf: string | null;
}

/** No plan runtime (unit tests): nothing loaded yet. */
export const NO_PLAN: PlanFacts = {
  load: { kind: 'idle' },
  openedFile: null,
  balance: null,
  parts: NO_PARTS,
  partsOf: null
};

/**
 * What a presentation scene shows besides the choices: the presenter (features/present) owns
 * the comparison of a comparison scene (the mode stays `present`, the scene keeps its choices).
 */
export interface SceneFacts {
  readonly sceneComparison: CompareChoices | null;
}

/** No presenter (unit tests, the CLI): no scene compares. */
export const NO_SCENE: SceneFacts = { sceneComparison: null };

/** What the Flächenbilanz is asked for: nothing yet, the whole plan, or one region. */
export type BalanceQuery =
  { kind: 'none' } | { kind: 'plan' } | { kind: 'region'; geometry: RegionGeometry };

// The URL fields are the viewer's properties (declaration merging with the class below).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ViewerState extends HashState {}

/** One user choice as a signal of its own: reading `status` does not depend on the map view. */
class Choice<T> {
  value = $state.raw() as T;
  constructor(value: T) {
    this.value = value;
  }
}

/** The URL fields' signals, one per field of the URL table. */
type Choices = { [K in FieldName]: Choice<HashState[K]> };

function choices(): Choices {
  const defaults = defaultHashState();
  return Object.fromEntries(
    FIELD_NAMES.map((name) => [name, new Choice(defaults[name])])
  ) as unknown as Choices;
}

/**
 * The one place that holds what the user has chosen. Everything else — map style, legend,
 * Flächenbilanz, lists — is derived from it and from the runtime values of their owners: the
 * loaded plan and the Flächenbilanz from the plan runtime (`PlanFacts`), the map's bounds and
 * WebGL from the map controller (`MapFacts`), a presentation scene's comparison from the
 * presenter (`SceneFacts`); the viewer reads those and never writes them. It holds no other
 * state: the page's messages are its `Notices` (state/notices.svelte.ts).
 *
 * The choices are the fields of the URL table (state/url.ts): each is a property of the viewer
 * (`viewer.status`, `viewer.mode` …, declared by `extends HashState` and defined below from the
 * table), so a new URL field needs no edit here.
 */
export class ViewerState {
  /** The user's choices: one signal per URL field. */
  private readonly choices: Choices = choices();

  /**
   * The owners of the runtime values the viewer derives from: the page's map (map/controller),
   * its plan runtime (state/sync) and its presenter (features/present). The viewer itself holds
   * only the user's choices.
   */
  constructor(
    readonly mapFacts: MapFacts = NO_MAP,
    readonly planFacts: PlanFacts = NO_PLAN,
    readonly sceneFacts: SceneFacts = NO_SCENE
  ) {}

  /** Where loading the plan stands (state/plan-load.ts; set by the plan runtime). */
  planLoad = $derived.by(() => this.planFacts.load);
  /** The shown plan (while loading: the one before, then the new one without its areas). */
  plan = $derived(shownPlan(this.planLoad));
  /** Name of a file the user opened from disk, shown instead of a plan under data/. */
  planSource = $derived.by(() => this.planFacts.openedFile);
  /** The page starts by loading its plan (the prerendered page says so): idle counts as loading. */
  loading = $derived(this.planLoad.kind === 'idle' || this.planLoad.kind === 'loading');
  /** False once the map could not start (no WebGL): the panels work without a map. */
  webgl = $derived.by(() => this.mapFacts.webgl);

  /** The Bebauungspläne above the plan on screen (the plan runtime's; none over a file). */
  shownParts = $derived.by(() => {
    const { parts, partsOf } = this.planFacts;
    return this.planSource === null && partsOf !== null && partsOf === this.plan?.meta.id
      ? parts
      : NO_PARTS;
  });

  /** The map's visible bounds after its last move (the map controller's). */
  bounds = $derived.by(() => this.mapFacts.bounds);
  /**
   * The comparison on screen: the comparison mode's, or a presentation scene's (the
   * presenter's), so that a scene's change filter applies to the map and every balance.
   */
  comparing = $derived.by(() =>
    this.mode.kind === 'compare'
      ? this.mode
      : this.mode.kind === 'present'
        ? this.sceneFacts.sceneComparison
        : null
  );

  /** Counts the languages whose texts arrived (English loads on first use, i18n/index.ts). */
  #languagesLoaded = $state(0);

  /**
   * The texts in the chosen language. English is loaded when first chosen (a link with
   * `lang=en`, or the switch); until it is here (a moment) the texts are German.
   */
  t = $derived.by(() => {
    void this.#languagesLoaded;
    const lang = this.lang;
    if (!hasLanguage(lang)) void loadLanguage(lang).then(() => this.#languagesLoaded++);
    return translator(lang);
  });

  filter: PlanFilter = $derived(stateFilter(this, this.comparing));

  /**
   * What the panels ask of every area (lookup by id, districts, overlays …), gathered while the
   * page's copy arrived (plan/feature-facts.ts): no pass over all areas when a plan lands.
   */
  facts = $derived(featureFacts(this.plan?.features ?? NO_FEATURES));

  /** Features by plan id, for the selection and the list. */
  byId = $derived(this.facts.byId);

  hasOverlays = $derived(this.facts.hasOverlays);

  selectedFeature = $derived(this.selected ? (this.byId.get(this.selected) ?? null) : null);

  districtNames = $derived([...this.facts.districts].sort((a, b) => a.localeCompare(b, 'de')));

  iqGeometry = $derived.by((): Polygon | MultiPolygon | null => {
    const f = this.plan?.innovationsquartier?.features[0];
    return f ? f.geometry : null;
  });

  regionPolygon = $derived(this.region ? regionGeometry(this.region) : null);

  balanceQuery = $derived.by((): BalanceQuery => {
    switch (this.scope) {
      case 'stadt':
        return { kind: 'plan' };
      case 'ansicht':
        return this.bounds
          ? { kind: 'region', geometry: bboxRegion(this.bounds) }
          : { kind: 'none' };
      case 'iq':
        return this.iqGeometry ? { kind: 'region', geometry: this.iqGeometry } : { kind: 'none' };
      case 'region':
        return this.regionPolygon
          ? { kind: 'region', geometry: this.regionPolygon }
          : { kind: 'none' };
    }
  });

  /** The latest Flächenbilanz for `balanceQuery` and `filter` (the plan runtime's). */
  balance = $derived.by(() => this.planFacts.balance);

  toggleCategories(codes: readonly CategoryCode[], visible: boolean) {
    const next = new Set(this.hidden);
    for (const c of codes) {
      if (visible) next.delete(c);
      else next.add(c);
    }
    this.hidden = next;
  }

  resetFilters() {
    this.status = 'alle';
    this.district = null;
    this.minHa = 0;
  }

  /** The user's choices, as the URL holds them. */
  toHash(): HashState {
    return Object.fromEntries(
      FIELD_NAMES.map((name) => [name, this.choices[name].value])
    ) as unknown as HashState;
  }

  /** Takes the given choices (all, or all but `keep`); a scene or an edited URL arrives here. */
  applyHash(h: HashState, keep: readonly FieldName[] = []) {
    for (const name of FIELD_NAMES)
      if (!keep.includes(name)) (this.choices[name] as Choice<unknown>).value = h[name];
  }

  /**
   * After a plan loads, drops URL values that name things this plan does not have
   * (a district or area id); returns the URL keys that were reset.
   */
  dropUnknownReferences(): string[] {
    const reset: string[] = [];
    if (this.district !== null && !this.districtNames.includes(this.district)) {
      this.district = null;
      reset.push('district');
    }
    if (this.scope === 'iq' && this.iqGeometry === null) {
      this.scope = 'stadt';
      reset.push('scope');
    }
    const planBox = this.plan?.bounds ?? null;
    if (
      this.regionPolygon &&
      planBox &&
      !boxesIntersect(geometryBounds(this.regionPolygon), planBox)
    ) {
      this.region = null;
      reset.push('region');
    }
    if (this.selected !== null && !this.byId.has(this.selected)) {
      this.selected = null;
      reset.push('sel');
    }
    return reset;
  }
}

const KEY = Symbol('viewer');

export function setViewer(viewer: ViewerState): ViewerState {
  return setContext(KEY, viewer);
}

export function getViewer(): ViewerState {
  return getContext<ViewerState>(KEY);
}

// The URL fields as accessors of the viewer: `viewer.status = 'neu'` sets that field's signal.
for (const name of FIELD_NAMES)
  Object.defineProperty(ViewerState.prototype, name, {
    get(this: { choices: Choices }) {
      return this.choices[name].value;
    },
    set(this: { choices: Choices }, value: unknown) {
      (this.choices[name] as Choice<unknown>).value = value;
    },
    configurable: true
  });
