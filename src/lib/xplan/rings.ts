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
  const out: number[] = [];
  let dup = 0;
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const x = flat[i] as number;
    const y = flat[i + 1] as number;
    const n = out.length;
    if (n >= 2 && out[n - 2] === x && out[n - 1] === y) {
      dup++;
      continue;
    }
    out.push(x, y);
  }
  let closed = false;
  const n = out.length;
  if (n >= 2 && (out[0] !== out[n - 2] || out[1] !== out[n - 1])) {
    out.push(out[0] as number, out[1] as number);
    closed = true;
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
    for (let i = 0; i < nSeg; i++) for (let j = i + 2; j < nSeg; j++) if (check(i, j)) return hits;
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

/** A flat ring, reversed (in a new array) if its orientation is not the wanted one. */
export function orientFlat(
  flat: number[],
  wantCcw: boolean
): { ring: number[]; reversed: boolean } {
  const ccw = signedRingArea(flat) > 0;
  if (ccw === wantCcw) return { ring: flat, reversed: false };
  const n = flat.length / 2;
  const ring = new Array<number>(flat.length);
  for (let k = 0; k < n; k++) {
    const i = n - 1 - k;
    ring[2 * k] = flat[2 * i] as number;
    ring[2 * k + 1] = flat[2 * i + 1] as number;
  }
  return { ring, reversed: true };
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
    const out = new Array<number>(ring.length);
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
