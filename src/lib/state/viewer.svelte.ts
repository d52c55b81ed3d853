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
import { translator, type Bilingual, type Lang } from '../i18n';
import type { BasemapChoice } from './basemap';
import { featureFacts } from '../plan/feature-facts';
import { FIELD_NAMES, defaultHashState, type FieldName, type HashState } from './url';

/** The areas of no plan (one array, so its facts are gathered once). */
const NO_FEATURES: readonly LoadedFeature[] = [];
const NO_PARTS: readonly LoadedPart[] = [];

/** West, south, east, north in degrees. */
export type Bounds = [number, number, number, number];

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
 * The one place that holds what the user has chosen, and the loaded plan. Everything else —
 * map style, legend, Flächenbilanz, lists — is derived from it.
 *
 * The choices are the fields of the URL table (state/url.ts): each is a property of the viewer
 * (`viewer.status`, `viewer.mode` …, declared by `extends HashState` and defined below from the
 * table), so a new URL field needs no edit here.
 */
export class ViewerState {
  /** The user's choices: one signal per URL field. */
  private readonly choices: Choices = choices();

  /** Where loading the plan stands (state/plan-load.ts); raw: a plan's features are never mutated. */
  planLoad = $state.raw<PlanLoad>({ kind: 'idle' });
  /** The shown plan (while loading: the one before, then the new one without its areas). */
  plan = $derived(shownPlan(this.planLoad));
  /** Name of a file the user opened from disk, shown instead of a plan under data/. */
  planSource = $state<string | null>(null);
  /** The page starts by loading its plan (the prerendered page says so): idle counts as loading. */
  loading = $derived(this.planLoad.kind === 'idle' || this.planLoad.kind === 'loading');
  /** User-facing messages (German or English text), shown until dismissed. */
  notices = $state<{ id: number; text: Bilingual; kind: 'warning' | 'error' }[]>([]);
  webgl = $state(true);
  /** Set by the map once it has drawn the plan; the main thread's copy of the areas waits for it. */
  mapDrawn = $state(false);
  /**
   * The plan's areas as the map's own worker read them by URL, set by the map. MapLibre hands
   * that parsed copy to the page and keeps it; the page checks it and takes it as its copy
   * rather than a second one from the plan worker. Null without a map, or for areas the map
   * reads as tiles.
   */
  mapAreas: (() => Promise<unknown> | null) | null = null;

  /**
   * The Bebauungspläne the shown plan lists (plan.json `plans`), loaded after its first map
   * (state/parts.ts), and the plan they belong to. Never in the address.
   */
  parts = $state.raw<readonly LoadedPart[]>([]);
  partsOf = $state<string | null>(null);
  /** The Bebauungspläne above the plan on screen (none over a file opened from disk). */
  shownParts = $derived(
    this.planSource === null && this.partsOf !== null && this.partsOf === this.plan?.meta.id
      ? this.parts
      : NO_PARTS
  );
  /** Where the map was last clicked: the details name every plan there. Never in the address. */
  pickedAt = $state.raw<[number, number] | null>(null);

  /** The map's current visible bounds, for the "Kartenausschnitt" balance. */
  bounds = $state.raw<Bounds | null>(null);
  /**
   * The comparison a presentation scene shows (the mode stays `present`; the scene keeps its
   * choices), so that its change filter applies to the map and every balance as in the mode.
   */
  sceneComparison = $state.raw<CompareChoices | null>(null);
  /** The comparison on screen: the comparison mode's, or a presentation scene's. */
  comparing = $derived(
    this.mode.kind === 'compare'
      ? this.mode
      : this.mode.kind === 'present'
        ? this.sceneComparison
        : null
  );

  t = $derived(translator(this.lang));

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

  /** The latest Flächenbilanz for `balanceQuery` and `filter`, computed in the plan worker. */
  balance = $state.raw<Balance | null>(null);

  private nextNoticeId = 1;

  /** Shows a message until dismissed; stored in every language so a language switch applies. */
  notify(text: Bilingual, kind: 'warning' | 'error' = 'warning') {
    if (this.notices.some((n) => n.text.de === text.de)) return;
    this.notices.push({ id: this.nextNoticeId++, text, kind });
  }

  dismiss(id: number) {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

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
