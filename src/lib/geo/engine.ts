/**
 * The Flächenbilanz engine: built once per loaded plan, answers "how much of each category
 * lies in this region, under these filters" in milliseconds.
 *
 * All features are projected once to ETRS89-LAEA (EPSG:3035, equal-area, so planar areas there
 * are ellipsoidal areas) into one flat Float64Array, relative to a local origin
 * (see flat-plan.ts). A query:
 *  1. flatbush finds the features whose bounding box meets the region's;
 *  2. the region's boundary grid (see PreparedRegion) says for each bbox: wholly inside (count
 *     the precomputed `area_m2`), wholly outside (skip), or near the boundary;
 *  3. only the features near the boundary are clipped exactly: Σ over the region's earcut
 *     triangles meeting the feature's bbox of area(ring ∩ triangle) (Sutherland–Hodgman),
 *     holes subtracting.
 */
import Flatbush from 'flatbush';
import { clipFeatureArea } from './clip-feature';
import { matchesFilter, type PlanFilter } from './filter';
import { flattenPlan, type FlatPlan } from './flat-plan';
import { PreparedRegion } from './prepared';
import { countText, regionError, type RegionError } from './region';
import { planBounds, type BBox } from './bounds';
import { CATEGORIES, CATEGORY_CODES, type CategoryCode } from '../plan/categories';
import type { LoadedFeature } from '../plan/types';

export interface CategoryBalance {
  category: CategoryCode;
  /** Area of this category inside the region, m². */
  area_m2: number;
  /** Number of areas (features) wholly inside, or with a part of at least MIN_COUNTED_M2 inside. */
  count: number;
  /** area_m2 / scope_m2: the share of the scope (all its areas, unfiltered); 0 when empty. */
  share: number;
}

export interface Balance {
  /** Categories with area inside (count may be 0 for rounding slivers), in the order of CATEGORIES. */
  categories: CategoryBalance[];
  total: { area_m2: number; count: number };
  /**
   * Area of all plan areas in the scope, whatever the filter (overlays never count): the base of
   * every share, so a filtered balance says how much of the scope the shown areas are.
   */
  scope_m2: number;
  /** Area of the region itself in m², or null for the whole plan (region null). */
  region_m2: number | null;
}

export interface RegionHit {
  /** Index into the features array the index was built from. */
  index: number;
  /** The feature's `properties.id`. */
  id: string;
  /** Area of the feature inside the region, m². */
  area_in_m2: number;
  /** True if the feature lies wholly inside the region. */
  whole: boolean;
}

export type RegionInput = unknown;

/** Parts smaller than this (m²) are floating-point noise and not visited at all. */
const MIN_PART_M2 = 1e-4;

/**
 * Parts smaller than this (m²) add their area but do not count as a touched area: coordinates
 * stored to 7 decimals (about 1 cm) leave slivers of up to ~0.5 m² where a region follows the
 * plan's own lines (measured on the Innovationsquartier of the Düren model).
 */
export const MIN_COUNTED_M2 = 1;

/**
 * Most work one region query may do (triangles met × feature points, summed over the features
 * clipped at the region's edge): a few seconds at most. Beyond it the query stops with a
 * RegionError that says so, instead of running unbounded.
 */
export const QUERY_WORK_BUDGET = 400_000_000;

/** A filter that lets every area through (all categories, both statuses, all districts). */
export function fullFilter(): PlanFilter {
  return { categories: new Set(CATEGORY_CODES), status: 'alle', district: null, minArea_m2: 0 };
}

const overBudget = (done: number, of: number): RegionError =>
  regionError('region.budget', { done: countText(done), of: countText(of) });

export class PlanIndex {
  readonly features: readonly LoadedFeature[];
  readonly size: number;
  /** Local origin (EPSG:3035 metres) subtracted from all coordinates. */
  readonly ox: number;
  readonly oy: number;
  /** Per feature bbox, 4 numbers each (local metres). */
  readonly boxes: Float64Array;
  /** Rings, ring areas and ring boxes of all features (read by the overlay, never changed). */
  readonly flat: FlatPlan;
  private readonly area: Float64Array;
  private readonly category: Uint8Array;
  private readonly overlay: Uint8Array;
  private readonly tree: Flatbush;
  /** Typical feature size (median bbox side), the region grid's cell size. */
  readonly cellTarget: number;
  /** The plan's extent in lon/lat with a margin: regions are clipped to it before projection. */
  readonly clipBox: BBox | null;

  constructor(features: readonly LoadedFeature[]) {
    this.features = features;
    const n = (this.size = features.length);
    const catIndex = new Map(CATEGORIES.map((c, i) => [c.code, i]));
    this.area = new Float64Array(n);
    this.category = new Uint8Array(n);
    this.overlay = new Uint8Array(n);
    const flat = flattenPlan(features);
    this.ox = flat.ox;
    this.oy = flat.oy;
    this.boxes = flat.boxes;
    this.flat = flat;
    const pb = planBounds(features);
    // 0.01° (≈ 1 km) margin: clipping never cuts near a feature, only far outside the plan.
    this.clipBox = pb ? [pb[0] - 0.01, pb[1] - 0.01, pb[2] + 0.01, pb[3] + 0.01] : null;
    features.forEach((f, i) => {
      this.area[i] = f.properties.area_m2;
      this.category[i] = catIndex.get(f.properties.category) ?? 0;
      this.overlay[i] = f.properties.overlay ? 1 : 0;
    });
    this.tree = new Flatbush(Math.max(1, n));
    const b = this.boxes;
    const sides: number[] = [];
    for (let i = 0; i < n; i++) {
      const x0 = b[4 * i] as number,
        y0 = b[4 * i + 1] as number,
        x1 = b[4 * i + 2] as number,
        y1 = b[4 * i + 3] as number;
      this.tree.add(x0, y0, x1, y1);
      if (i % 16 === 0) sides.push(Math.max(x1 - x0, y1 - y0));
    }
    if (n === 0) this.tree.add(0, 0, 0, 0);
    this.tree.finish();
    sides.sort((a, b) => a - b);
    this.cellTarget = Math.max(1, (sides[sides.length >> 1] ?? 100) / 2);
  }

  /** Indices of the features whose bbox meets the local box (x0, y0, x1, y1). */
  candidates(x0: number, y0: number, x1: number, y1: number): number[] {
    return this.size === 0 ? [] : this.tree.search(x0, y0, x1, y1);
  }

  /** True for an overlay feature (Innovationsquartier …), which no balance counts. */
  isOverlay(i: number): boolean {
    return this.overlay[i] === 1;
  }

  /** Prepares a region (GeoJSON Polygon/MultiPolygon, WGS84) for repeated queries. */
  prepare(region: RegionInput): PreparedRegion {
    if (region instanceof PreparedRegion) {
      if (region.ox === this.ox && region.oy === this.oy) return region;
      region = region.source; // prepared for another plan index: prepare again
    }
    return new PreparedRegion(region, this.ox, this.oy, this.cellTarget, this.clipBox);
  }

  /** Exact area of feature i inside the prepared region (m²), by clipping against its triangles. */
  private clipArea(i: number, region: PreparedRegion, work: { steps: number }): number {
    return clipFeatureArea(
      this.flat,
      i,
      region.tris,
      region.triIndex as Flatbush,
      this.area[i] as number,
      work
    );
  }

  /** The work budget of one region query (QUERY_WORK_BUDGET; smaller in tests). */
  workBudget = QUERY_WORK_BUDGET;

  private maskKey = '';
  private mask: Uint8Array = new Uint8Array(0);
  /** The masks without a filter (without / with overlays), kept beside the last filter's. */
  private unfiltered: [Uint8Array | null, Uint8Array | null] = [null, null];

  /** 1 for features passing the filter; cached for the last filter (by value). */
  private filterMask(filter: PlanFilter | null, includeOverlays: boolean): Uint8Array {
    if (filter === null) {
      const cached = this.unfiltered[includeOverlays ? 1 : 0];
      if (cached) return cached;
    }
    const key = filter
      ? JSON.stringify([
          [...filter.categories].sort(),
          filter.status,
          filter.district,
          filter.minArea_m2,
          filter.changes ? [...filter.changes].sort() : null,
          includeOverlays
        ])
      : `none:${includeOverlays}`;
    if (filter !== null && key === this.maskKey) return this.mask;
    const mask = new Uint8Array(this.size);
    for (let i = 0; i < this.size; i++)
      mask[i] =
        (includeOverlays || !this.overlay[i]) &&
        (!filter || matchesFilter((this.features[i] as LoadedFeature).properties, filter))
          ? 1
          : 0;
    if (filter === null) this.unfiltered[includeOverlays ? 1 : 0] = mask;
    else {
      this.maskKey = key;
      this.mask = mask;
    }
    return mask;
  }

  /**
   * Calls `visit(i, area_in, whole)` for every non-overlay feature passing `filter` with a
   * positive part inside the region (null region = whole plan).
   */
  private visit(
    region: RegionInput | null,
    filter: PlanFilter | null,
    includeOverlays: boolean,
    visit: (i: number, areaIn: number, whole: boolean) => void
  ): number | null {
    const mask = this.filterMask(filter, includeOverlays);
    const passes = (i: number) => mask[i] === 1;
    if (region === null) {
      for (let i = 0; i < this.size; i++) if (passes(i)) visit(i, this.area[i] as number, true);
      return null;
    }
    const prepared = this.prepare(region);
    if (prepared.empty || this.size === 0) return prepared.area_m2;
    const rb = prepared.bbox;
    const b = this.boxes;
    const work = { steps: 0 };
    const found = this.tree.search(rb[0], rb[1], rb[2], rb[3]);
    let done = 0;
    for (const i of found) {
      done++;
      if (!passes(i)) continue;
      const c = prepared.classifyBox(
        b[4 * i] as number,
        b[4 * i + 1] as number,
        b[4 * i + 2] as number,
        b[4 * i + 3] as number
      );
      if (c === 1) visit(i, this.area[i] as number, true);
      else if (c === -1) {
        const a = this.clipArea(i, prepared, work);
        if (work.steps > this.workBudget) throw overBudget(done, found.length);
        const whole = this.area[i] as number;
        // Within rounding of the whole area: report it whole (and exactly the precomputed area).
        if (a >= whole * (1 - 1e-9)) visit(i, whole, true);
        else if (a > MIN_PART_M2) visit(i, a, false);
      }
    }
    return prepared.area_m2;
  }

  /**
   * The Flächenbilanz of a region under a filter. `region`: GeoJSON Polygon/MultiPolygon in
   * WGS84, a PreparedRegion from `prepare`, or null for the whole plan. Overlays never count.
   * Throws `RegionError` for an invalid region.
   */
  balance(region: RegionInput | null, filter: PlanFilter): Balance {
    const area = new Float64Array(CATEGORIES.length);
    const count = new Uint32Array(CATEGORIES.length);
    // One pass over the whole scope: every area adds to the scope, the shown ones to their row.
    const shown = this.filterMask(filter, false);
    let scope_m2 = 0;
    const region_m2 = this.visit(region, null, false, (i, a, whole) => {
      scope_m2 += a;
      if (shown[i] !== 1) return;
      const c = this.category[i] as number;
      area[c] = (area[c] as number) + a;
      if (whole || a >= MIN_COUNTED_M2) count[c] = (count[c] as number) + 1;
    });
    let total = 0;
    let n = 0;
    for (let c = 0; c < CATEGORIES.length; c++) {
      total += area[c] as number;
      n += count[c] as number;
    }

    const categories: CategoryBalance[] = [];
    CATEGORIES.forEach((cat, c) => {
      if ((area[c] as number) > 0)
        categories.push({
          category: cat.code,
          area_m2: area[c] as number,
          count: count[c] as number,
          share: scope_m2 > 0 ? (area[c] as number) / scope_m2 : 0
        });
    });
    return { categories, total: { area_m2: total, count: n }, scope_m2, region_m2 };
  }

  /**
   * The features with a positive part inside the region, in plan order, with that part's area.
   * Overlays are included unless `includeOverlays` is false; `filter` null = no filter.
   */
  query(
    region: RegionInput | null,
    filter: PlanFilter | null = null,
    includeOverlays = true
  ): RegionHit[] {
    const hits: RegionHit[] = [];
    this.visit(region, filter, includeOverlays, (i, a, whole) =>
      hits.push({
        index: i,
        id: (this.features[i] as LoadedFeature).properties.id,
        area_in_m2: a,
        whole
      })
    );
    return hits.sort((p, q) => p.index - q.index);
  }
}
