/**
 * Overlay of two area sets that share no ids (two plans, two versions of a plan): for every
 * area of the earlier set, the flatbush index of the later set finds the candidates, which are
 * clipped exactly against the area's triangulation (see clip-feature.ts). The result is a list
 * of pieces (earlier area ∩ later area, with both categories), plus the parts of either set that
 * the other does not cover, from which the transition matrix and the change map follow.
 *
 * Speed (`npm run bench`, overlay case): the earlier plan is projected once into the later
 * index's local frame (flat-plan.ts) and each area is triangulated straight from those rings
 * (flat-region.ts), only when a candidate needs clipping; an area with exactly the same rings as
 * its partner (an unchanged area between two versions) is counted whole without clipping. Areas
 * that need a union first (crossing edges, nested parts) take the general region path.
 */
import { PlanIndex } from './engine';
import { RegionError } from './region';
import { clipFeatureAreaInBox } from './clip-box';
import { flatFeatureArea, flattenPlan, type FlatPlan } from './flat-plan';
import { flatRegion, sameRings, type FlatRegion } from './flat-region';
import type { LoadedFeature } from '../plan/types';
import type { Piece } from './transition';
import { previousId, previousView } from './previous-id';

/**
 * Pieces smaller than this (m²) are slivers along shared edges (coordinates rounded to ~1 cm)
 * and not a change of use; the same bound the engine uses for a touched area.
 */
export const MIN_PIECE_M2 = 1;

export interface OverlayResult {
  pieces: Piece[];
  /** Ids of earlier areas whose geometry could not be triangulated (reported, not counted). */
  skipped: string[];
}

const base = (features: readonly LoadedFeature[]) =>
  features.filter((f) => f.properties.overlay !== true);

interface Hit {
  index: number;
  area: number;
}

/**
 * Parts of later areas inside earlier area k (flattened in `flatA`, in the index's frame), with
 * their area; null if the area needs the general path. Pieces are clipped from the written
 * geometry, so a wholly covered later area counts with its written area (`areaB`), not the
 * stored full-precision area_m2 (which may differ by the coordinate rounding).
 */
function flatHits(flatA: FlatPlan, k: number, index: PlanIndex, areaB: Float64Array): Hit[] | null {
  const a = flatA.boxes;
  const ax0 = a[4 * k] as number,
    ay0 = a[4 * k + 1] as number,
    ax1 = a[4 * k + 2] as number,
    ay1 = a[4 * k + 3] as number;
  const b = index.flat.boxes;
  let region: FlatRegion | null | undefined;
  const hits: Hit[] = [];
  for (const j of index.candidates(ax0, ay0, ax1, ay1).sort((p, q) => p - q)) {
    if (index.isOverlay(j)) continue;
    // Boxes that only touch share no area.
    if ((b[4 * j] as number) >= ax1 || (b[4 * j + 2] as number) <= ax0) continue;
    if ((b[4 * j + 1] as number) >= ay1 || (b[4 * j + 3] as number) <= ay0) continue;
    const whole = areaB[j] as number;
    let area = whole;
    if (!sameRings(flatA, k, index.flat, j)) {
      if (region === undefined) region = flatRegion(flatA, k);
      if (region === null) return null;
      area = clipFeatureAreaInBox(index.flat, j, region.tris, region.triIndex, whole, region.box);
      // Within rounding of the whole area: count it whole (as the engine reports it).
      if (area >= whole * (1 - 1e-9)) area = whole;
    }
    if (area >= MIN_PIECE_M2) hits.push({ index: j, area });
  }
  return hits;
}

/** The general path for an area that needs a union first (through PreparedRegion). */
function regionHits(a: LoadedFeature, index: PlanIndex, areaB: Float64Array): Hit[] {
  return index
    .query(a.geometry, null, false)
    .map((hit) => ({
      index: hit.index,
      area: hit.whole ? (areaB[hit.index] as number) : hit.area_in_m2
    }))
    .filter((hit) => hit.area >= MIN_PIECE_M2);
}

/**
 * Overlays `before` with `after` (an index of the later plan's areas, or the areas themselves).
 * `progress` is called with 0..1 now and then; a truthy `cancelled()` stops early.
 */
export function overlayPlans(
  before: readonly LoadedFeature[],
  after: PlanIndex | readonly LoadedFeature[],
  progress?: (fraction: number) => void,
  cancelled?: () => boolean
): OverlayResult {
  const index = after instanceof PlanIndex ? after : new PlanIndex(base(after));
  const earlier = base(before);
  const flatA = flattenPlan(earlier, index);
  const areaB = new Float64Array(index.size);
  for (let j = 0; j < index.size; j++) areaB[j] = flatFeatureArea(index.flat, j);
  const pieces: Piece[] = [];
  const skipped: string[] = [];
  const covered = new Float64Array(index.size);
  const step = Math.max(1, Math.floor(earlier.length / 50));
  for (let k = 0; k < earlier.length; k++) {
    if (k % step === 0) {
      if (cancelled?.()) break;
      progress?.(k / earlier.length);
    }
    const a = earlier[k] as LoadedFeature;
    let hits = flatHits(flatA, k, index, areaB);
    if (hits === null) {
      try {
        hits = regionHits(a, index, areaB);
      } catch (e) {
        if (!(e instanceof RegionError)) throw e;
        skipped.push(a.properties.id);
        continue;
      }
    }
    let inside = 0;
    for (const hit of hits) {
      const b = index.features[hit.index] as LoadedFeature;
      pieces.push({
        before: a.properties.id,
        after: b.properties.id,
        from: a.properties.category,
        to: b.properties.category,
        area_m2: hit.area
      });
      inside += hit.area;
      covered[hit.index] = (covered[hit.index] as number) + hit.area;
    }
    // Measured against the written geometry, like the pieces (see flatHits).
    const rest = flatFeatureArea(flatA, k) - inside;
    if (rest >= MIN_PIECE_M2)
      pieces.push({
        before: a.properties.id,
        after: null,
        from: a.properties.category,
        to: 'none',
        area_m2: rest
      });
  }
  index.features.forEach((b, j) => {
    if (index.isOverlay(j)) return;
    const rest = (areaB[j] as number) - (covered[j] as number);
    if (rest >= MIN_PIECE_M2)
      pieces.push({
        before: null,
        after: b.properties.id,
        from: 'none',
        to: b.properties.category,
        area_m2: rest
      });
  });
  progress?.(1);
  return { pieces, skipped };
}

export { previousId, previousView };
