/**
 * Cheap exact-enough pre-test, so that the expensive polygon clipping of the Flächenschluss
 * check runs only for pairs whose interiors may overlap. In a clean Flächenschluss neighbours
 * share edges and vertices exactly, and this test says "no" for them. Coordinates in EPSG:3035.
 */
import type { Position } from 'geojson';

/** Polygons as rings of positions, exterior first. */
export type Rings = Position[][];
export type Box = [number, number, number, number];

/** Tolerance in metres. */
const EPS = 0.001;

function distToSegment(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number
): number {
  const dx = bx - ax,
    dy = by - ay;
  const l2 = dx * dx + dy * dy;
  let t = l2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / l2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Strictly inside (farther than EPS from the boundary) a set of polygons. */
function strictlyInside(px: number, py: number, polys: Rings[], box: Box): boolean {
  if (px <= box[0] || px >= box[2] || py <= box[1] || py >= box[3]) return false;
  for (const rings of polys) {
    let inside = false;
    let nearEdge = false;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[i] as Position,
          b = ring[j] as Position;
        const ax = a[0] as number,
          ay = a[1] as number,
          bx = b[0] as number,
          by = b[1] as number;
        if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
        if (
          Math.min(ax, bx) - EPS <= px &&
          px <= Math.max(ax, bx) + EPS &&
          Math.min(ay, by) - EPS <= py &&
          py <= Math.max(ay, by) + EPS &&
          distToSegment(px, py, ax, ay, bx, by) <= EPS
        )
          nearEdge = true;
      }
    }
    if (inside && !nearEdge) return true;
  }
  return false;
}

function properCrossing(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number
): boolean {
  const lab = Math.hypot(bx - ax, by - ay);
  const lcd = Math.hypot(dx - cx, dy - cy);
  if (lab === 0 || lcd === 0) return false;
  const d1 = ((bx - ax) * (cy - ay) - (by - ay) * (cx - ax)) / lab;
  const d2 = ((bx - ax) * (dy - ay) - (by - ay) * (dx - ax)) / lab;
  if (!((d1 > EPS && d2 < -EPS) || (d1 < -EPS && d2 > EPS))) return false;
  const d3 = ((dx - cx) * (ay - cy) - (dy - cy) * (ax - cx)) / lcd;
  const d4 = ((dx - cx) * (by - cy) - (dy - cy) * (bx - cx)) / lcd;
  return (d3 > EPS && d4 < -EPS) || (d3 < -EPS && d4 > EPS);
}

/** Calls `visit` for each edge a→b whose bounding box meets `box`, until it returns true. */
function someEdgeNear(
  polys: Rings[],
  box: Box,
  visit: (ax: number, ay: number, bx: number, by: number) => boolean
): boolean {
  for (const rings of polys)
    for (const ring of rings)
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i] as Position,
          b = ring[i + 1] as Position;
        const ax = a[0] as number,
          ay = a[1] as number,
          bx = b[0] as number,
          by = b[1] as number;
        if (
          Math.max(ax, bx) < box[0] ||
          Math.min(ax, bx) > box[2] ||
          Math.max(ay, by) < box[1] ||
          Math.min(ay, by) > box[3]
        )
          continue;
        if (visit(ax, ay, bx, by)) return true;
      }
  return false;
}

/** Test points of a polygon set: its vertices and points just left of each edge's midpoint. */
function probes(polys: Rings[], box: Box, visit: (x: number, y: number) => boolean): boolean {
  return someEdgeNear(polys, box, (ax, ay, bx, by) => {
    if (visit(ax, ay)) return true;
    const len = Math.hypot(bx - ax, by - ay);
    if (len <= 20 * EPS) return false;
    // exterior rings are counter-clockwise, holes clockwise: the polygon lies to the left
    const off = (5 * EPS) / len;
    return visit((ax + bx) / 2 - (by - ay) * off, (ay + by) / 2 + (bx - ax) * off);
  });
}

/** False only if the interiors of the two polygon sets (with bounding boxes ba, bb) are disjoint. */
export function interiorsMayOverlap(pa: Rings[], pb: Rings[], ba: Box, bb: Box): boolean {
  if (probes(pa, bb, (x, y) => strictlyInside(x, y, pb, bb))) return true;
  if (probes(pb, ba, (x, y) => strictlyInside(x, y, pa, ba))) return true;
  return someEdgeNear(pa, bb, (ax, ay, bx, by) =>
    someEdgeNear(
      pb,
      [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)],
      (cx, cy, dx, dy) => properCrossing(ax, ay, bx, by, cx, cy, dx, dy)
    )
  );
}
