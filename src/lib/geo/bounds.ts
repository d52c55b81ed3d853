import type { Position } from 'geojson';
import type { LoadedFeature, PlanGeometry } from '../plan/types';
import { storedBounds } from './compact-features';

/** West, south, east, north in degrees. */
import type { BBox } from '../plan/types';
export type { BBox };

function extend(box: BBox, positions: readonly Position[]) {
  for (const p of positions) {
    const lon = p[0] as number;
    const lat = p[1] as number;
    if (lon < box[0]) box[0] = lon;
    if (lat < box[1]) box[1] = lat;
    if (lon > box[2]) box[2] = lon;
    if (lat > box[3]) box[3] = lat;
  }
}

const emptyBox = (): BBox => [Infinity, Infinity, -Infinity, -Infinity];

/** The box around positions, in their own units (degrees or metres). */
export function positionsBounds(positions: readonly Position[]): BBox {
  const box = emptyBox();
  extend(box, positions);
  return box;
}

/** The box around the outer rings of polygons, in their own units (degrees or metres). */
export function polygonsBounds(polygons: readonly Position[][][]): BBox {
  const box = emptyBox();
  for (const polygon of polygons) extend(box, polygon[0] ?? []);
  return box;
}

export function geometryBounds(g: PlanGeometry): BBox {
  return polygonsBounds(g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
}

/** A feature's extent: the one a page copy's feature carries, else from its geometry. */
export const featureBounds = (f: LoadedFeature): BBox =>
  storedBounds(f) ?? geometryBounds(f.geometry);

/** Bounds of all features, or null for an empty plan. */
export function planBounds(features: readonly LoadedFeature[]): BBox | null {
  const box = unionBounds(features.map(featureBounds));
  return box && Number.isFinite(box[0]) ? box : null;
}

/** The box around all given boxes, or null for none. */
export function unionBounds(boxes: readonly BBox[]): BBox | null {
  if (boxes.length === 0) return null;
  return boxes.reduce((a, b) => [
    Math.min(a[0], b[0]),
    Math.min(a[1], b[1]),
    Math.max(a[2], b[2]),
    Math.max(a[3], b[3])
  ]);
}

/** True if two boxes share at least one point. */
export function boxesIntersect(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
