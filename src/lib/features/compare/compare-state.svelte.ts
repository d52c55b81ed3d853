import { getContext, onDestroy, setContext } from 'svelte';
import type { Balance } from '$lib/geo/engine';
import type { PlanFilter } from '$lib/geo/filter';
import type { OverlayResult } from '$lib/geo/overlay';
import { previousView } from '$lib/geo/previous-id';
import {
  changeTotals,
  dominantChange,
  matrixFromPieces,
  piecesInCell,
  previousPieces,
  type Piece
} from '$lib/geo/transition';
import type { LoadedFeature } from '$lib/plan/types';
import type { Plan } from '$lib/plan/types';
import type { CompareChoices } from '$lib/state/url-compare';
import type { ViewerState } from '$lib/state/viewer.svelte';
import { getMapController } from '$lib/map/controller.svelte';
import { changeFill } from '$lib/map/change-paint';

/** A second plan to compare against: another plan under data/ or a file opened from disk. */
export interface OtherPlan {
  title: string;
  features: LoadedFeature[];
  /** The plan id under data/ (kept in the URL), or null for a file from disk. */
  id: string | null;
}

/**
 * What the comparison mode derives from the viewer's plan and the chosen earlier area set:
 * the pieces (one per area from `previous`, or the overlay of two plans), the transition
 * matrix, hectares per change kind and the Flächenbilanz of both sets. The worker results are
 * written here by CompareMode's effects.
 */
/**
 * Where the comparison's choices come from when they are not the viewer's mode: a presentation
 * scene keeps its own (the viewer's mode stays `present`).
 */
export interface ChoicesSource {
  choices: () => CompareChoices;
  update: (patch: Partial<CompareChoices>) => void;
  /**
   * The span of the screen's width (two shares, 0..1) that the divider's value spans; by default
   * the whole width. A presentation keeps it within the free part of the map.
   */
  dividerSpan?: () => readonly [number, number] | null;
}

export class CompareState {
  private readonly viewer: ViewerState;
  private readonly source: ChoicesSource | null;
  constructor(viewer: ViewerState, source: ChoicesSource | null = null) {
    this.viewer = viewer;
    this.source = source;
  }

  /** Where on screen (a share of the width) the divider of value `d` (0..1) stands. */
  dividerOnScreen(d: number): number {
    const span = this.source?.dividerSpan?.();
    return span ? span[0] + d * (span[1] - span[0]) : d;
  }

  /** The divider's value for a place on screen (a share of the width), within 0..1. */
  dividerFromScreen(x: number): number {
    const span = this.source?.dividerSpan?.();
    const d = span && span[1] > span[0] ? (x - span[0]) / (span[1] - span[0]) : x;
    return Math.min(1, Math.max(0, d));
  }

  other = $state.raw<OtherPlan | null>(null);
  overlay = $state.raw<OverlayResult | null>(null);
  /** Long work under way (reading a file, overlaying), with progress 0..1. */
  busy = $state.raw<{ kind: 'reading' | 'overlaying'; file: string; fraction: number } | null>(
    null
  );
  balances = $state.raw<{ before: Balance; after: Balance } | null>(null);

  choices = $derived.by((): CompareChoices | null => {
    if (this.source) return this.source.choices();
    const m = this.viewer.mode;
    return m.kind === 'compare' ? m : null;
  });

  features = $derived.by(() => this.viewer.plan?.features ?? []);
  hasPrevious = $derived(this.features.some((f) => f.properties.previous !== null));

  /** The earlier area set: the other plan's areas, or this plan's areas in their 1999 category. */
  beforeFeatures = $derived(this.other ? this.other.features : previousView(this.features));

  /** The earlier plan as a Plan for the map (this plan's boundary and districts around it). */
  beforePlan = $derived.by((): Plan | null => {
    const plan = this.viewer.plan;
    // Its own areas, inline: the shown plan's `source` (a URL) would draw the later plan.
    const features = this.beforeFeatures;
    return plan ? { ...plan, features, source: { type: 'FeatureCollection', features } } : null;
  });

  pieces = $derived.by((): Piece[] =>
    this.other ? (this.overlay?.pieces ?? []) : previousPieces(this.features)
  );
  matrix = $derived(matrixFromPieces(this.pieces));
  changeHa = $derived(changeTotals(this.pieces));
  /** For two plans: the change kind colouring each later area (the kind covering most of it). */
  dominant = $derived(this.other ? dominantChange(this.pieces) : null);

  cellPieces = $derived.by((): Piece[] => {
    const cell = this.choices?.cell;
    return cell ? piecesInCell(this.pieces, cell.from, cell.to) : [];
  });
  /** Ids of the later plan's areas in the chosen cell, and of the earlier plan's. */
  cellAfterIds = $derived([
    ...new Set(this.cellPieces.map((p) => p.after).filter((id) => id !== null))
  ]);
  cellBeforeIds = $derived([
    ...new Set(this.cellPieces.map((p) => p.before).filter((id) => id !== null))
  ]);

  /** The filter of the Flächenbilanz 1999 / 2025: categories and district (status is 2025's). */
  balanceFilter = $derived.by((): PlanFilter => ({
    categories: this.viewer.filter.categories,
    status: 'alle',
    district: this.viewer.district,
    minArea_m2: 0,
    overlays: this.viewer.overlays
  }));

  /** Changes the comparison mode's own choices (kept in the URL). */
  update(patch: Partial<CompareChoices>) {
    if (this.source) return this.source.update(patch);
    const m = this.viewer.mode;
    if (m.kind === 'compare') this.viewer.mode = { ...m, ...patch };
  }
}

const KEY = Symbol('compare');
/** Sets the comparison for its components, and tells the map controller it is on screen. */
export function setCompare(state: CompareState) {
  onDestroy(
    getMapController().showComparison(() => ({
      matrix: state.matrix,
      balances: state.balances,
      otherTitle: state.other?.title ?? null,
      changeHa: state.changeHa,
      changeFill: changeFill(state.dominant)
    }))
  );
  return setContext(KEY, state);
}
export const getCompare = () => getContext<CompareState>(KEY);
