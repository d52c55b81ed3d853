/**
 * BENCHMARK BASELINE ONLY: the overlay as it was before it clipped from the flattened plan
 * (every earlier area re-projected and prepared as a region, see PreparedRegion). Kept so that
 * `npm run bench` measures the old and the new path in the same run and checks they agree;
 * so its bookkeeping (pieces, remainders) repeats geo/overlay.ts on purpose.
 *
 * Overlay of two area sets that share no ids (two plans, two versions of a plan): for every
 * area of the earlier set, the flatbush index of the later set finds the candidates and the
 * engine clips them exactly against the area's triangulation (see engine.ts). The result is a
 * list of pieces (earlier area ∩ later area, with both categories), plus the parts of either
 * set that the other does not cover, from which the transition matrix and the change map follow.
 */
import { PlanIndex } from '../src/lib/geo/engine';
import { ellipsoidalArea } from '../src/lib/geo/area';
import { RegionError } from '../src/lib/geo/region';
import type { LoadedFeature } from '../src/lib/plan/types';
import type { Piece } from '../src/lib/geo/transition';

/**
 * Pieces smaller than this (m²) are slivers along shared edges (coordinates rounded to ~1 cm)
 * and not a change of use; the same bound the engine uses for a touched area.
 */
const MIN_PIECE_M2 = 1;

interface OverlayResult {
  pieces: Piece[];
  /** Ids of earlier areas whose geometry could not be triangulated (reported, not counted). */
  skipped: string[];
}

const geometryArea = (f: LoadedFeature) => ellipsoidalArea(f.geometry);

const base = (features: readonly LoadedFeature[]) =>
  features.filter((f) => f.properties.overlay !== true);

/**
 * Overlays `before` with `after` (an index of the later plan's areas, or the areas themselves).
 * `progress` is called with 0..1 now and then; a truthy `cancelled()` stops early.
 */
export function overlayPlansBaseline(
  before: readonly LoadedFeature[],
  after: PlanIndex | readonly LoadedFeature[],
  progress?: (fraction: number) => void,
  cancelled?: () => boolean
): OverlayResult {
  const index = after instanceof PlanIndex ? after : new PlanIndex(base(after));
  const earlier = base(before);
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
    let hits;
    try {
      hits = index.query(a.geometry, null, false);
    } catch (e) {
      if (!(e instanceof RegionError)) throw e;
      skipped.push(a.properties.id);
      continue;
    }
    let inside = 0;
    for (const hit of hits) {
      const b = index.features[hit.index] as LoadedFeature;
      // A wholly covered area counts with the area of its written geometry, like the clipped
      // parts: the stored full-precision area_m2 may differ from it by the coordinate rounding.
      const area = hit.whole ? geometryArea(b) : hit.area_in_m2;
      if (area < MIN_PIECE_M2) continue;
      pieces.push({
        before: a.properties.id,
        after: b.properties.id,
        from: a.properties.category,
        to: b.properties.category,
        area_m2: area
      });
      inside += area;
      covered[hit.index] = (covered[hit.index] as number) + area;
    }
    // Pieces are clipped from the written geometry, so the remainder is measured against the
    // same geometry, not the stored full-precision area_m2 (which may differ by rounding).
    const rest = geometryArea(a) - inside;
    if (rest >= MIN_PIECE_M2)
      pieces.push({
        before: a.properties.id,
        after: null,
        from: a.properties.category,
        to: 'none',
        area_m2: rest
      });
  }
  index.features.forEach((b, i) => {
    const rest = geometryArea(b) - (covered[i] as number);
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
