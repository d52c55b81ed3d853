/**
 * The map controller: the one owner of the MapLibre map (one per page, passed by context).
 *
 * Moving the map — the only way to do it:
 * ```ts
 * const map = getMapController();
 * map.fit({ bbox: [w, s, e, n] });                       // a box
 * map.fit({ point: [lon, lat], radius_m: 500 });         // a point and what around it must show
 * map.fit({ geometry: polygon }, { maxZoom: 15.5 });     // a (Multi)Polygon
 * map.fit({ view: { lon, lat, zoom } });                 // a camera, taken as it is
 * map.fit(target, { animate: false });                   // jump (e.g. a click in a list)
 * ```
 * `fit` puts the target into the free part of the map: the part that no registered
 * obstruction covers (the phone's bottom sheet at its current height, side panels, the
 * presentation's title card, legend and balance). Components register what lies over the map
 * with `obstruct(element)` (`<aside {@attach map.obstruct}>`); it is measured when the map
 * moves. Under `prefers-reduced-motion: reduce` the map jumps instead of flying. A `fit` before
 * the map exists is kept and applied when it does; a later `fit` supersedes an earlier one.
 * The pure part (free area → padding, camera for a box) is `geo/view-fit.ts`. Components never call MapLibre's camera methods
 * (flyTo, fitBounds, easeTo, jumpTo, setCenter, setZoom) themselves.
 *
 * What the map shows — `currentStyle()`: the style on screen (plan opacity, basemap, region
 * and its label, filters, selection, the comparison's change colours, the plot layers), for
 * the print sheet, its PNG and the exposé, so a printout shows what the screen shows. The
 * comparison's tables on screen, for the print sheet's second page: `comparison`. A second map
 * (the comparison's earlier plan) moves with this one through `pair(map)`.
 *
 * What the map knows at run time lives here, not in the viewer's state: whether WebGL works,
 * the live camera (`view`, `bounds` after each move), which plan source it has drawn, and the
 * areas its worker read (`MapFacts`, which the viewer reads for the "Kartenausschnitt" scope and
 * the page's copy of the areas). The address's `map=` field is the user's chosen camera: the
 * map starts there and follows it when it changes (an edited URL, a scene), and after each move
 * of the map the controller writes the live camera into it — that is the one path from the
 * live camera to the URL (a `replace` field: panning adds no history entry).
 *
 * `window.fnpViewer.map` is the one read-only hook for end-to-end tests; the app never reads it.
 */
import type { ChangeKind } from '../plan/change';
import { getContext, setContext, tick } from 'svelte';
import type { ExpressionSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import {
  fitCamera,
  freePadding,
  targetBox,
  type FitTarget,
  type Padding,
  type Rect,
  type View
} from '../geo/view-fit';
import type { TransitionMatrix } from '../geo/transition';
import type { Balance } from '../geo/engine';
import type { Bounds, MapFacts, ViewerState } from '../state/viewer.svelte';
import { SOURCES } from './layers';

export type { FitTarget };

export interface FitOptions {
  /** Fly there (default) or jump; reduced motion always jumps. */
  animate?: boolean;
  /** Zoom the target may not exceed (default 16; a point target gets this zoom). */
  maxZoom?: number;
  /** Length of the flight in ms (default 1000). */
  duration?: number;
}

/** The comparison on screen, as the print sheet's second page shows it. */
export interface ScreenComparison {
  matrix: TransitionMatrix;
  balances: { before: Balance; after: Balance } | null;
  /** The earlier plan's title if it is another plan; null for this plan's 1999 state. */
  otherTitle: string | null;
  /** Square metres per kind of change (the change map's legend). */
  changeHa: Readonly<Record<ChangeKind, number>>;
  /** The fill colour of the change map's areas (for its print page from swipe or side by side). */
  changeFill: ExpressionSpecification;
}

/** Pixels kept free around a target inside the free area. */
const MARGIN = 20;

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The free part of the map in pixels of its container, with the container's size. */
export type FreeRect = Rect & { width: number; height: number };

export class MapController implements MapFacts {
  /** False once the map could not start (no WebGL). */
  webgl = $state(true);
  /** The live camera after the map's last move (null before the map exists). */
  view = $state.raw<View | null>(null);
  /** The visible part of the map after its last move. */
  bounds = $state.raw<Bounds | null>(null);
  /** The plan source the map has last drawn completely (set by map/MapView). */
  drawnSource = $state.raw<unknown>(null);
  /** The map once its whole style is in (raw: MapLibre must not be wrapped in proxies). */
  map = $state.raw<MapLibreMap | null>(null);
  /** The maplibre-gl module, loaded on demand so prerendering never touches it. */
  lib = $state.raw<typeof import('maplibre-gl') | null>(null);
  /** True while the draw tool owns pointer input, so a click does not also select an area. */
  drawing = $state(false);
  /**
   * Counts the user's choices of a district filter or Flächenbilanz scope; each one asks
   * features/explore/FocusControl to move the map to the chosen district or the
   * Innovationsquartier (or back to the whole plan). Values applied from the URL do not count.
   */
  focusRequests = $state(0);
  /** The comparison on screen (comparison mode, a comparison scene), for the print sheet. */
  comparison = $state.raw<(() => ScreenComparison) | null>(null);
  /**
   * Where the map was last clicked on an area (null after a click beside the plan): the details
   * (features/explore/FeatureInfo) name every Bebauungsplan there. Never in the address.
   */
  pickedAt = $state.raw<[number, number] | null>(null);

  /** The map from its creation on (`map` is set only once its whole style is in). */
  #camera: MapLibreMap | null = null;
  /** The maplibre-gl module of `#camera`. */
  #lib: typeof import('maplibre-gl') | null = null;
  /** The style the screen's map is made from, while there is no map to ask. */
  #style: (() => StyleSpecification) | null = null;
  #obstructions = new Set<Element>();
  #pending: { target: FitTarget; options: FitOptions } | null = null;
  /** Counts fit calls: a later one supersedes one still waiting for the page to settle. */
  #fits = 0;
  /** The user's choices, whose `view` (the URL's `map=`) the live camera is written into. */
  #viewer: ViewerState | null = null;

  /** Writes the live camera into `viewer.view` after each move (see the top of this file). */
  recordViewIn(viewer: ViewerState) {
    this.#viewer = viewer;
  }

  /** After each move: the live camera, and the one write of it into the URL's view. */
  #moved = () => {
    const m = this.#camera;
    if (!m) return;
    const c = m.getCenter();
    const b = m.getBounds();
    this.view = { lon: c.lng, lat: c.lat, zoom: m.getZoom() };
    this.bounds = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    if (this.#viewer) this.#viewer.view = this.view;
  };

  /**
   * The plan areas MapLibre's worker read from the URL `planSource` (see `MapFacts.areas`);
   * null for areas given as data or drawn as tiles, or without a map.
   */
  areas(planSource: unknown): Promise<unknown> | null {
    const source = this.#camera?.getSource(SOURCES.plan);
    const lib = this.#lib;
    return lib && source instanceof lib.GeoJSONSource && typeof planSource === 'string'
      ? source.getData()
      : null;
  }

  requestFocus() {
    this.focusRequests++;
  }

  /**
   * Registers an element that lies over the map (a sheet, a panel, an overlay) and returns the
   * function that removes it again, so it serves as a Svelte attachment:
   * `<aside {@attach map.obstruct}>`. Hidden elements count as nothing; the element is measured
   * at each fit, so its current size counts.
   */
  obstruct = (element: Element): (() => void) => {
    this.#obstructions.add(element);
    return () => void this.#obstructions.delete(element);
  };

  /** Registers the comparison on screen; returns the function that removes it. */
  showComparison(source: () => ScreenComparison): () => void {
    this.comparison = source;
    return () => {
      if (this.comparison === source) this.comparison = null;
    };
  }

  /**
   * Moves the map to `target` inside the free area (see the top of this file). Waits for the
   * page to settle first (a sheet that opens with the same choice counts at its new height);
   * resolves once the move has started.
   */
  async fit(target: FitTarget, options: FitOptions = {}): Promise<void> {
    const id = ++this.#fits;
    await tick();
    if (id !== this.#fits) return;
    const m = this.#camera;
    if (!m) this.#pending = { target, options };
    else this.#move(m, target, options);
  }

  /**
   * The free part of the map (what no registered obstruction covers, less the margin) in pixels
   * of the map's container, with the container's size; null without a map.
   */
  freeRect(): FreeRect | null {
    const m = this.#camera;
    if (!m) return null;
    const c = m.getContainer();
    const width = c.clientWidth;
    const height = c.clientHeight;
    const pad = this.#freeArea(m);
    return {
      left: pad.left,
      top: pad.top,
      right: width - pad.right,
      bottom: height - pad.bottom,
      width,
      height
    };
  }

  /** The free part of the map as padding, from the registered obstructions. */
  #freeArea(m: MapLibreMap): Padding {
    const box = m.getContainer().getBoundingClientRect();
    const rects: Rect[] = [];
    for (const el of this.#obstructions) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      rects.push({
        left: r.left - box.left,
        top: r.top - box.top,
        right: r.right - box.left,
        bottom: r.bottom - box.top
      });
    }
    return freePadding(box.width, box.height, rects, MARGIN);
  }

  /** The camera that shows `target` in the free area of `m`. */
  #cameraFor(m: MapLibreMap, target: FitTarget, maxZoom: number): View | null {
    if ('view' in target) return target.view;
    const box = targetBox(target);
    if (!box || !box.every(Number.isFinite)) return null;
    const c = m.getContainer();
    return fitCamera(box, c.clientWidth, c.clientHeight, this.#freeArea(m), {
      minZoom: m.getMinZoom(),
      maxZoom: Math.min(maxZoom, m.getMaxZoom())
    });
  }

  #move(m: MapLibreMap, target: FitTarget, options: FitOptions) {
    const view = this.#cameraFor(m, target, options.maxZoom ?? 16);
    if (!view) return;
    const camera = { center: [view.lon, view.lat] as [number, number], zoom: view.zoom };
    if (options.animate === false || reducedMotion()) m.jumpTo(camera);
    else m.flyTo({ ...camera, duration: options.duration ?? 1000 });
  }

  /**
   * Keeps a second map (the comparison's earlier plan beside or under this one) at this map's
   * camera, and this map at the second's when that one is moved; returns the function that
   * ends it.
   */
  pair(other: MapLibreMap): () => void {
    const main = this.map;
    if (!main) return () => undefined;
    // `syncing` stops the echo of one map's move in the other.
    let syncing = false;
    const follow = (from: MapLibreMap, to: MapLibreMap) => () => {
      if (syncing) return;
      syncing = true;
      to.jumpTo({ center: from.getCenter(), zoom: from.getZoom() });
      syncing = false;
    };
    const onMain = follow(main, other);
    const onOther = follow(other, main);
    onMain();
    main.on('move', onMain);
    other.on('move', onOther);
    return () => {
      main.off('move', onMain);
      other.off('move', onOther);
    };
  }

  /**
   * For map/MapView only: the map exists (its first frame may not be drawn yet). A target fitted
   * before is applied now, at once; else `initial` (the whole plan) unless the map was created
   * at a view. Returns whether the map is placed.
   */
  attach(
    m: MapLibreMap,
    lib: typeof import('maplibre-gl'),
    style: () => StyleSpecification,
    initial: FitTarget | null
  ): boolean {
    this.#camera = m;
    this.#lib = lib;
    this.#style = style;
    m.on('moveend', this.#moved);
    const pending = this.#pending;
    this.#pending = null;
    if (pending) this.#move(m, pending.target, { ...pending.options, animate: false });
    else if (initial) this.#move(m, initial, { animate: false, maxZoom: m.getMaxZoom() });
    return pending !== null || initial !== null;
  }

  /** For map/MapView only: the whole style is in; the map is handed to the page. */
  complete(m: MapLibreMap, lib: typeof import('maplibre-gl')) {
    this.lib = lib;
    this.map = m;
    this.#moved();
  }

  /** For map/MapView only: places the map at once (another plan, a view from the URL). */
  place(target: FitTarget) {
    if (this.#camera) this.#move(this.#camera, target, { animate: false, maxZoom: 22 });
  }

  /** For map/MapView only: the map is gone. */
  detach(m: MapLibreMap) {
    if (this.#camera !== m) return;
    m.off('moveend', this.#moved);
    this.#camera = null;
    this.#lib = null;
    this.map = null;
  }

  /**
   * The style the screen shows: the live map's own (everything set on it since), else the
   * style the map is made from. Null before the page has a map.
   */
  currentStyle(): StyleSpecification | null {
    return this.map?.getStyle() ?? this.#style?.() ?? null;
  }
}

const KEY = Symbol('map');

export const setMapController = (controller: MapController) => setContext(KEY, controller);
export const getMapController = () => getContext<MapController>(KEY);
