/**
 * The page's copy of a plan's areas, as the plan worker sends it: properties as objects, every
 * geometry in flat typed arrays (transferred, not cloned). Nested GeoJSON position arrays are
 * millions of small objects for a large plan; unpacking them on the page took hundreds of
 * milliseconds per part plus the collection of a heap full of them.
 *
 * The page builds ordinary-looking features from a part: `geometry` is an own, enumerable getter
 * that decodes a Polygon/MultiPolygon when asked (only the last one is kept), so every consumer
 * (spread, JSON, structured clone to another worker, turf) keeps working, while nothing decodes
 * at load. The
 * per-feature extent and label point travel along, for lists, search and print that ask them of
 * every area (`storedBounds`, `storedLabelPoint`).
 */
import type { Position } from 'geojson';
import type { LoadedFeature, LoadedProperties, PlanGeometry } from '../plan/types';
import type { BBox } from './bounds';

/**
 * Extends `box` (west, south, east, north; changed in place) by the points of `coords` from
 * `start` to `end` (x, y pairs): one ring of a flat geometry.
 */
export function extendBox(box: BBox, coords: ArrayLike<number>, start: number, end: number) {
  for (let i = start; i < end; i += 2) {
    const x = coords[i] as number,
      y = coords[i + 1] as number;
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
}

export interface CompactPart {
  properties: LoadedProperties[];
  /** GeoJSON feature id of each feature (the map's numeric id), NaN where there is none. */
  ids: Float64Array;
  /** lon, lat of every position of every ring, rings closed as in the GeoJSON. */
  coords: Float64Array;
  /** End (exclusive, index into `coords`) of each ring. */
  ringEnds: Uint32Array;
  /** End (exclusive, in rings) of each polygon; its exterior ring first. */
  polyEnds: Uint32Array;
  /** End (exclusive, in polygons) of each feature. */
  featureEnds: Uint32Array;
  /** 1 where the feature's geometry is a MultiPolygon (even of one polygon). */
  multi: Uint8Array;
  /** West, south, east, north of each feature's exterior rings (as `geometryBounds`). */
  boxes: Float64Array;
  /** lon, lat of each feature's label point (as `labelPoints`: centroid of the largest part). */
  labels: Float64Array;
}

/** Area-weighted centroid of the ring coords[start, end) and its doubled signed area. */
function ringCentroid(c: ArrayLike<number>, start: number, end: number) {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = start; i + 3 < end; i += 2) {
    const x0 = c[i] as number,
      y0 = c[i + 1] as number,
      x1 = c[i + 2] as number,
      y1 = c[i + 3] as number;
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return a === 0
    ? {
        x: end > start ? (c[start] as number) : 0,
        y: end > start ? (c[start + 1] as number) : 0,
        area: 0
      }
    : { x: cx / (3 * a), y: cy / (3 * a), area: Math.abs(a / 2) };
}

/** The features in compact form, and the buffers to transfer with it. */
export function encodeFeatures(features: readonly LoadedFeature[]): {
  part: CompactPart;
  transfer: ArrayBuffer[];
} {
  const n = features.length;
  let numbers = 0;
  let rings = 0;
  let polygons = 0;
  for (const f of features) {
    const g = f.geometry;
    for (const polygon of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
      polygons++;
      rings += polygon.length;
      for (const ring of polygon) numbers += 2 * ring.length;
    }
  }
  const part: CompactPart = {
    properties: new Array<LoadedProperties>(n),
    ids: new Float64Array(n),
    coords: new Float64Array(numbers),
    ringEnds: new Uint32Array(rings),
    polyEnds: new Uint32Array(polygons),
    featureEnds: new Uint32Array(n),
    multi: new Uint8Array(n),
    boxes: new Float64Array(4 * n),
    labels: new Float64Array(2 * n)
  };
  const { coords, ringEnds, polyEnds } = part;
  let at = 0;
  let r = 0;
  let p = 0;
  features.forEach((f, k) => {
    const g = f.geometry;
    part.properties[k] = f.properties;
    part.ids[k] = typeof f.id === 'number' ? f.id : NaN;
    part.multi[k] = g.type === 'MultiPolygon' ? 1 : 0;
    const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
    let best: { x: number; y: number; area: number } | null = null;
    for (const polygon of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
      polygon.forEach((ring, ri) => {
        const start = at;
        for (const pos of ring) {
          coords[at++] = pos[0] as number;
          coords[at++] = pos[1] as number;
        }
        ringEnds[r++] = at;
        if (ri > 0) return;
        extendBox(box, coords, start, at);
        const c = ringCentroid(coords, start, at);
        if (!best || c.area > best.area) best = c;
      });
      // A polygon without rings still has a (degenerate) label point, as in labelPoints.
      if (polygon.length === 0 && !best) best = { x: 0, y: 0, area: 0 };
      polyEnds[p++] = r;
    }
    part.featureEnds[k] = p;
    part.boxes.set(box, 4 * k);
    const label = best as { x: number; y: number } | null;
    part.labels[2 * k] = label?.x ?? NaN;
    part.labels[2 * k + 1] = label?.y ?? NaN;
  });
  const transfer = [
    part.ids,
    part.coords,
    part.ringEnds,
    part.polyEnds,
    part.featureEnds,
    part.multi,
    part.boxes,
    part.labels
  ].map((a) => a.buffer as ArrayBuffer);
  return { part, transfer };
}

/** The geometry of feature `k` of `part`, as fresh GeoJSON. */
export function decodeGeometry(part: CompactPart, k: number): PlanGeometry {
  const { coords, ringEnds, polyEnds, featureEnds } = part;
  const firstPoly = k === 0 ? 0 : (featureEnds[k - 1] as number);
  const lastPoly = featureEnds[k] as number;
  const polygons: Position[][][] = [];
  for (let p = firstPoly; p < lastPoly; p++) {
    const firstRing = p === 0 ? 0 : (polyEnds[p - 1] as number);
    const rings: Position[][] = [];
    for (let r = firstRing; r < (polyEnds[p] as number); r++) {
      const start = r === 0 ? 0 : (ringEnds[r - 1] as number);
      const end = ringEnds[r] as number;
      const ring: Position[] = new Array((end - start) / 2);
      for (let i = start, j = 0; i < end; i += 2, j++)
        ring[j] = [coords[i] as number, coords[i + 1] as number];
      rings.push(ring);
    }
    polygons.push(rings);
  }
  return part.multi[k] === 1
    ? { type: 'MultiPolygon', coordinates: polygons }
    : { type: 'Polygon', coordinates: polygons[0] ?? [] };
}

const PART = Symbol('compact part');
const AT = Symbol('index in part');

/** A part with the features made from it (to tell them from copies, see `compactOf`). */
interface Decoded {
  part: CompactPart;
  features: LoadedFeature[];
}

interface CompactFeature {
  [PART]: Decoded;
  [AT]: number;
}

/**
 * The geometry decoded last: code that reads `f.geometry.type`, then `f.geometry.coordinates`
 * decodes once, and gets the same object each time, as from a plain feature.
 */
let lastFeature: CompactFeature | null = null;
let lastGeometry: PlanGeometry | null = null;

/**
 * Shared by every feature (one hidden class for all): an own enumerable property, so that a
 * spread, JSON.stringify and postMessage see `geometry` as they would a plain value.
 */
const geometryProperty: PropertyDescriptor = {
  get(this: CompactFeature) {
    if (this !== lastFeature || !lastGeometry) {
      lastGeometry = decodeGeometry(this[PART].part, this[AT]);
      lastFeature = this;
    }
    return lastGeometry;
  },
  enumerable: true,
  configurable: true
};

/** Features over a part; `geometry` is decoded on access (symbols keep the part out of view). */
export function decodeFeatures(part: CompactPart): LoadedFeature[] {
  const out = new Array<LoadedFeature>(part.properties.length);
  const decoded: Decoded = { part, features: out };
  for (let k = 0; k < out.length; k++) {
    const id = part.ids[k] as number;
    const f = {
      type: 'Feature',
      id: Number.isNaN(id) ? undefined : id,
      properties: part.properties[k] as LoadedProperties,
      [PART]: decoded,
      [AT]: k
    };
    Object.defineProperty(f, 'geometry', geometryProperty);
    out[k] = f as unknown as LoadedFeature;
  }
  return out;
}

/**
 * The feature as made from a part, or null. A spread copy carries the symbols along but may
 * have another geometry: only the very object made from the part has the stored extent.
 */
function compactOf(f: LoadedFeature): CompactFeature | null {
  const c = f as unknown as Partial<CompactFeature>;
  const d = c[PART];
  return d && d.features[c[AT] as number] === f ? (c as CompactFeature) : null;
}

/** The extent a compact feature carries (as `geometryBounds`), or null for any other feature. */
export function storedBounds(f: LoadedFeature): BBox | null {
  const c = compactOf(f);
  if (!c) return null;
  const b = c[PART].part.boxes;
  const i = 4 * c[AT];
  return [b[i] as number, b[i + 1] as number, b[i + 2] as number, b[i + 3] as number];
}

/** The label point a compact feature carries (as `labelPoints`), or null for any other feature. */
export function storedLabelPoint(f: LoadedFeature): [number, number] | null {
  const c = compactOf(f);
  if (!c) return null;
  const l = c[PART].part.labels;
  return [l[2 * c[AT]] as number, l[2 * c[AT] + 1] as number];
}
