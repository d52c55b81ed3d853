/**
 * Ring checks and repairs of imported areas, pure functions: duplicate consecutive points and
 * unclosed rings (repaired), rings with fewer than three distinct points (the caller's error),
 * self-intersections (reported), winding (fixed to RFC 7946).
 */
import Flatbush from 'flatbush';
import { signedRingArea } from '../geo/area';
import { inAreaOfUse, type ResolvedCrs } from './crs';
import type { FeatureProblem } from './problems';

export interface CleanRingResult {
  ring: number[];
  duplicatesRemoved: number;
  closed: boolean;
  /** Distinct positions (without the closing one). */
  distinct: number;
}

/** Drops consecutive duplicate positions and closes an open ring (flat [x, y, …]). */
export function cleanRing(flat: readonly number[]): CleanRingResult {
  // Counted first, so that the ring is one array of its final size (no growing by push).
  const pairs = flat.length >> 1;
  let kept = 0;
  for (let i = 0; i < pairs; i++)
    if (i === 0 || flat[2 * i] !== flat[2 * i - 2] || flat[2 * i + 1] !== flat[2 * i - 1]) kept++;
  const dup = pairs - kept;
  // the last position kept equals the last one given
  const closed = kept > 0 && (flat[0] !== flat[2 * pairs - 2] || flat[1] !== flat[2 * pairs - 1]);
  const out = new Array<number>(2 * (kept + (closed ? 1 : 0)));
  let n = 0;
  for (let i = 0; i < pairs; i++) {
    const x = flat[2 * i] as number;
    const y = flat[2 * i + 1] as number;
    if (n >= 2 && out[n - 2] === x && out[n - 1] === y) continue;
    out[n++] = x;
    out[n++] = y;
  }
  if (closed) {
    out[n++] = out[0] as number;
    out[n++] = out[1] as number;
  }
  return { ring: out, duplicatesRemoved: dup, closed, distinct: Math.max(0, out.length / 2 - 1) };
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  px: number,
  py: number
): boolean {
  return (
    Math.min(ax, bx) <= px &&
    px <= Math.max(ax, bx) &&
    Math.min(ay, by) <= py &&
    py <= Math.max(ay, by)
  );
}

function segmentsIntersect(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number
): boolean {
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (o1 !== o2 && o3 !== o4) return true;
  if (o1 === 0 && onSegment(ax, ay, bx, by, cx, cy)) return true;
  if (o2 === 0 && onSegment(ax, ay, bx, by, dx, dy)) return true;
  if (o3 === 0 && onSegment(cx, cy, dx, dy, ax, ay)) return true;
  if (o4 === 0 && onSegment(cx, cy, dx, dy, bx, by)) return true;
  return false;
}

/**
 * Self-intersections (crossings and touchings of non-adjacent edges) of one closed flat ring.
 * Returns up to `limit` places as [x, y] (the start of the first edge involved).
 */
export function ringSelfIntersections(flat: ArrayLike<number>, limit = 5): [number, number][] {
  const nSeg = flat.length / 2 - 1;
  const hits: [number, number][] = [];
  if (nSeg < 4) return hits;
  const X = (i: number) => flat[2 * i] as number;
  const Y = (i: number) => flat[2 * i + 1] as number;
  const check = (i: number, j: number): boolean => {
    // adjacent edges (including last–first) share an endpoint by construction
    if (j === i + 1 || (i === 0 && j === nSeg - 1)) return false;
    if (segmentsIntersect(X(i), Y(i), X(i + 1), Y(i + 1), X(j), Y(j), X(j + 1), Y(j + 1))) {
      hits.push([X(j), Y(j)]);
      return hits.length >= limit;
    }
    return false;
  };
  if (nSeg <= 64) {
    // segments whose boxes do not meet cannot meet: only the others are checked, in the same order
    for (let i = 0; i < nSeg; i++) {
      const ax = X(i),
        ay = Y(i),
        bx = X(i + 1),
        by = Y(i + 1);
      const minX = ax < bx ? ax : bx,
        maxX = ax < bx ? bx : ax,
        minY = ay < by ? ay : by,
        maxY = ay < by ? by : ay;
      for (let j = i + 2; j < nSeg; j++) {
        const cx = X(j),
          dx = X(j + 1);
        if ((cx < minX && dx < minX) || (cx > maxX && dx > maxX)) continue;
        const cy = Y(j),
          dy = Y(j + 1);
        if ((cy < minY && dy < minY) || (cy > maxY && dy > maxY)) continue;
        if (check(i, j)) return hits;
      }
    }
    return hits;
  }
  const slabs = SegmentSlabs.of(flat, nSeg);
  if (slabs) {
    // as the index search below: every segment j > i + 1 whose box meets i's, in order
    const found: number[] = [];
    for (let i = 0; i < nSeg; i++) {
      slabs.near(i, found);
      if (found.length > 1) found.sort((a, b) => a - b);
      for (const j of found) if (check(i, j)) return hits;
    }
    return hits;
  }
  const index = new Flatbush(nSeg);
  for (let i = 0; i < nSeg; i++) {
    index.add(
      Math.min(X(i), X(i + 1)),
      Math.min(Y(i), Y(i + 1)),
      Math.max(X(i), X(i + 1)),
      Math.max(Y(i), Y(i + 1))
    );
  }
  index.finish();
  for (let i = 0; i < nSeg; i++) {
    const found = index.search(
      Math.min(X(i), X(i + 1)),
      Math.min(Y(i), Y(i + 1)),
      Math.max(X(i), X(i + 1)),
      Math.max(Y(i), Y(i + 1))
    );
    found.sort((a, b) => a - b);
    for (const j of found) if (j > i + 1 && check(i, j)) return hits;
  }
  return hits;
}

/**
 * Whether an edge of one ring meets (crosses or touches) an edge of another ring of the same
 * geometry (flat closed rings one after another in `coords`, each ending at its `ringEnds`).
 */
export function ringsMeet(coords: ArrayLike<number>, ringEnds: readonly number[]): boolean {
  if (ringEnds.length < 2) return false;
  const n = coords.length / 2 - ringEnds.length;
  const ringOf = new Uint32Array(n);
  const at = new Uint32Array(n);
  const index = new Flatbush(Math.max(1, n));
  const c = (i: number) => coords[i] as number;
  let k = 0;
  let start = 0;
  ringEnds.forEach((end, r) => {
    for (let i = start; i + 3 < end; i += 2, k++) {
      ringOf[k] = r;
      at[k] = i;
      index.add(
        Math.min(c(i), c(i + 2)),
        Math.min(c(i + 1), c(i + 3)),
        Math.max(c(i), c(i + 2)),
        Math.max(c(i + 1), c(i + 3))
      );
    }
    start = end;
  });
  for (; k < Math.max(1, n); k++) index.add(0, 0, 0, 0);
  index.finish();
  for (let e = 0; e < n; e++) {
    const i = at[e] as number;
    const found = index.search(
      Math.min(c(i), c(i + 2)),
      Math.min(c(i + 1), c(i + 3)),
      Math.max(c(i), c(i + 2)),
      Math.max(c(i + 1), c(i + 3))
    );
    for (const f of found) {
      if (f <= e || f >= n || ringOf[f] === ringOf[e]) continue;
      const j = at[f] as number;
      if (segmentsIntersect(c(i), c(i + 1), c(i + 2), c(i + 3), c(j), c(j + 1), c(j + 2), c(j + 3)))
        return true;
    }
  }
  return false;
}

/**
 * The segments of one ring sorted into horizontal slabs, for finding the segments whose boxes
 * meet a segment's box without an index; scratch arrays are reused from ring to ring. Rings
 * whose segments would fill too many slabs (long edges across many short ones) are left to the
 * flatbush index.
 */
class SegmentSlabs {
  private static scratch = new Float64Array(0);
  private static ints = new Uint32Array(0);
  private static entries = new Uint32Array(0);

  private constructor(
    private readonly box: Float64Array,
    private readonly first: Uint32Array,
    private readonly last: Uint32Array,
    private readonly start: Uint32Array,
    private readonly entries: Uint32Array,
    private readonly nSeg: number
  ) {}

  static of(flat: ArrayLike<number>, nSeg: number): SegmentSlabs | null {
    if (SegmentSlabs.scratch.length < nSeg * 4) SegmentSlabs.scratch = new Float64Array(nSeg * 8);
    const box = SegmentSlabs.scratch;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < nSeg; i++) {
      const ax = flat[2 * i] as number,
        ay = flat[2 * i + 1] as number,
        bx = flat[2 * i + 2] as number,
        by = flat[2 * i + 3] as number;
      box[4 * i] = ax < bx ? ax : bx;
      box[4 * i + 1] = ay < by ? ay : by;
      box[4 * i + 2] = ax < bx ? bx : ax;
      box[4 * i + 3] = ay < by ? by : ay;
      if (box[4 * i + 1]! < y0) y0 = box[4 * i + 1]!;
      if (box[4 * i + 3]! > y1) y1 = box[4 * i + 3]!;
    }
    if (!(y1 > y0)) return null;
    const slabs = Math.min(nSeg >> 1, 1 << 14);
    const height = (y1 - y0) / slabs;
    const slabOf = (y: number) => {
      const s = Math.floor((y - y0) / height);
      return s < 0 ? 0 : s >= slabs ? slabs - 1 : s;
    };
    const need = nSeg * 2 + slabs + 1;
    if (SegmentSlabs.ints.length < need) SegmentSlabs.ints = new Uint32Array(need * 2);
    const ints = SegmentSlabs.ints;
    const first = ints.subarray(0, nSeg);
    const last = ints.subarray(nSeg, 2 * nSeg);
    const start = ints.subarray(2 * nSeg, 2 * nSeg + slabs + 1).fill(0);
    let total = 0;
    for (let i = 0; i < nSeg; i++) {
      const s0 = slabOf(box[4 * i + 1]!);
      const s1 = slabOf(box[4 * i + 3]!);
      first[i] = s0;
      last[i] = s1;
      total += s1 - s0 + 1;
      for (let s = s0; s <= s1; s++) start[s + 1]!++;
    }
    if (total > nSeg * 8) return null;
    for (let s = 0; s < slabs; s++) start[s + 1]! += start[s]!;
    if (SegmentSlabs.entries.length < total) SegmentSlabs.entries = new Uint32Array(total * 2);
    const entries = SegmentSlabs.entries;
    const fill = Uint32Array.from(start.subarray(0, slabs));
    for (let i = 0; i < nSeg; i++)
      for (let s = first[i]!; s <= last[i]!; s++) entries[fill[s]!++] = i;
    return new SegmentSlabs(box, first, last, start, entries, nSeg);
  }

  /** Into `out`: the segments j > i + 1 whose boxes meet segment i's (each once, any order). */
  near(i: number, out: number[]): void {
    out.length = 0;
    const { box, first, last, start, entries } = this;
    const minX = box[4 * i]!,
      minY = box[4 * i + 1]!,
      maxX = box[4 * i + 2]!,
      maxY = box[4 * i + 3]!;
    const s0 = first[i]!;
    for (let s = s0; s <= last[i]!; s++)
      for (let k = start[s]!, end = start[s + 1]!; k < end; k++) {
        const j = entries[k]!;
        // a segment in several of i's slabs: only in the first one they share
        if (j <= i + 1 || j >= this.nSeg || (first[j]! > s0 ? first[j]! : s0) !== s) continue;
        if (
          box[4 * j]! > maxX ||
          box[4 * j + 2]! < minX ||
          box[4 * j + 1]! > maxY ||
          box[4 * j + 3]! < minY
        )
          continue;
        out.push(j);
      }
  }
}

/** A flat ring, reversed in place if its orientation is not the wanted one. */
export function orientFlat(
  flat: number[],
  wantCcw: boolean
): { ring: number[]; reversed: boolean } {
  const ccw = signedRingArea(flat) > 0;
  if (ccw === wantCcw) return { ring: flat, reversed: false };
  for (let k = 0, i = flat.length / 2 - 1; k < i; k++, i--) {
    const x = flat[2 * k] as number;
    const y = flat[2 * k + 1] as number;
    flat[2 * k] = flat[2 * i] as number;
    flat[2 * k + 1] = flat[2 * i + 1] as number;
    flat[2 * i] = x;
    flat[2 * i + 1] = y;
  }
  return { ring: flat, reversed: true };
}

/** What the reader of a ring supplies: its CRS, and the errors (they throw) in its own words. */
export interface RingSource {
  /** The ring's CRS; `first` is its first position, for guessing the axis order. */
  crs(first: [number, number]): ResolvedCrs;
  /** Fewer than three distinct points. */
  tooShort(positions: number, distinct: number): never;
  /** A position the CRS does not transform to finite WGS84 coordinates. */
  untransformable(x: number, y: number, epsg: number): never;
  /** A position that transforms, but lies outside the CRS's area of use (see crs.ts). */
  outsideArea(x: number, y: number, epsg: number, lon: number, lat: number): never;
}

/**
 * Repairs the rings of one feature (file coordinates in, RFC 7946 WGS84 positions out) and
 * collects its problems: a warning per self-intersecting ring, one note per kind of repair.
 */
export class RingRepair {
  private duplicates = 0;
  private closed = 0;
  private reversed = 0;

  constructor(
    private readonly featureId: string,
    private readonly xplanClass: string | undefined,
    private readonly problems: FeatureProblem[]
  ) {}

  /**
   * One ring, flat [x, y, …] in the source CRS, out as flat [lon, lat, …] (WGS84); exterior
   * rings come out counter-clockwise.
   */
  ring(flat: readonly number[], exterior: boolean, source: RingSource): number[] {
    const cleaned = cleanRing(flat);
    if (cleaned.distinct < 3) source.tooShort(flat.length / 2, cleaned.distinct);
    this.duplicates += cleaned.duplicatesRemoved;
    if (cleaned.closed) this.closed++;
    const ring = cleaned.ring;
    const r = source.crs([ring[0] as number, ring[1] as number]);
    const hits = ringSelfIntersections(ring, 1);
    // The cleaned ring is a fresh array: transformed in place.
    const out = ring;
    for (let i = 0; i < ring.length; i += 2) {
      const x = ring[i] as number;
      const y = ring[i + 1] as number;
      const [lon, lat] = r.transform(x, y);
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) source.untransformable(x, y, r.epsg);
      if (!inAreaOfUse(r.epsg, lon, lat)) source.outsideArea(x, y, r.epsg, lon, lat);
      out[i] = lon;
      out[i + 1] = lat;
    }
    const h = hits[0];
    if (h)
      this.problems.push({
        featureId: this.featureId,
        xplanClass: this.xplanClass,
        code: 'self-intersection',
        severity: 'warning',
        de: `Der Rand schneidet oder berührt sich selbst (bei ${h[0]} ${h[1]}); übernommen wird, was der Rand umschließt, jede Teilfläche einmal (bitte im Quell-GIS prüfen).`,
        en: `The boundary crosses or touches itself (near ${h[0]} ${h[1]}); what it encloses is taken, each part once (please check in the source GIS).`,
        location: r.transform(h[0], h[1])
      });
    const oriented = orientFlat(out, exterior);
    if (oriented.reversed) this.reversed++;
    return oriented.ring;
  }

  /** Adds one problem per kind of repair made to the feature's rings; call once, at the end. */
  report(): void {
    const { featureId, xplanClass, duplicates, closed, reversed } = this;
    if (duplicates > 0)
      this.problems.push({
        featureId,
        xplanClass,
        code: 'duplicate-points',
        severity: 'repaired',
        de: `${duplicates} doppelte aufeinanderfolgende Stützpunkte entfernt.`,
        en: `${duplicates} duplicate consecutive positions removed.`
      });
    if (closed > 0)
      this.problems.push({
        featureId,
        xplanClass,
        code: 'unclosed-ring',
        severity: 'repaired',
        de: `${closed === 1 ? 'Ein nicht geschlossener Ring wurde' : `${closed} nicht geschlossene Ringe wurden`} geschlossen.`,
        en: `${closed} unclosed ring(s) closed.`
      });
    if (reversed > 0)
      this.problems.push({
        featureId,
        xplanClass,
        code: 'winding',
        severity: 'repaired',
        de: `Umlaufsinn von ${reversed === 1 ? 'einem Ring' : `${reversed} Ringen`} umgekehrt (Außenring gegen, Innenringe im Uhrzeigersinn).`,
        en: `Orientation of ${reversed} ring(s) reversed (exterior counter-clockwise, interiors clockwise).`
      });
  }
}
