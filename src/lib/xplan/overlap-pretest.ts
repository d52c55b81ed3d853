/**
 * Cheap exact-enough pre-test, so that the expensive polygon clipping of the Flächenschluss
 * check runs only for pairs whose interiors may overlap. In a clean Flächenschluss neighbours
 * share edges and vertices exactly, and this test says "no" for them. Coordinates in EPSG:3035,
 * compact (see compact.ts), so that the check needs no nested copy of the plan.
 */
import { forEachRing, type CompactGeometry } from './compact';

/** Polygons in EPSG:3035 as compact geometry (flat x, y; ring and polygon ends). */
export type Polys = CompactGeometry;
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
function strictlyInside(px: number, py: number, polys: Polys, box: Box): boolean {
  if (px <= box[0] || px >= box[2] || py <= box[1] || py >= box[3]) return false;
  const c = polys.coords;
  for (let p = 0; p < polys.polyEnds.length; p++) {
    let inside = false;
    let nearEdge = false;
    forEachRing(polys, p, (start, end) => {
      for (let i = start, j = end - 2; i < end; j = i, i += 2) {
        const ax = c[i] as number,
          ay = c[i + 1] as number,
          bx = c[j] as number,
          by = c[j + 1] as number;
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
    });
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
  polys: Polys,
  box: Box,
  visit: (ax: number, ay: number, bx: number, by: number) => boolean
): boolean {
  const c = polys.coords;
  let start = 0;
  for (const end of polys.ringEnds) {
    for (let i = start; i + 3 < end; i += 2) {
      const ax = c[i] as number,
        ay = c[i + 1] as number,
        bx = c[i + 2] as number,
        by = c[i + 3] as number;
      if (
        Math.max(ax, bx) < box[0] ||
        Math.min(ax, bx) > box[2] ||
        Math.max(ay, by) < box[1] ||
        Math.min(ay, by) > box[3]
      )
        continue;
      if (visit(ax, ay, bx, by)) return true;
    }
    start = end;
  }
  return false;
}

/** Test points of a polygon set: its vertices and points just left of each edge's midpoint. */
function probes(polys: Polys, box: Box, visit: (x: number, y: number) => boolean): boolean {
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
export function interiorsMayOverlap(pa: Polys, pb: Polys, ba: Box, bb: Box): boolean {
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
