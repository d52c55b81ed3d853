/** Densification of GML circular arcs (gml:Arc, ArcString, Circle) into straight chords. */

/** Appends points of the circular arc through p1, p2, p3 (p1 excluded, p3 included). */
export function arcPoints(
  out: number[],
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  x3: number,
  y3: number,
  tol: number,
  fullCircle: boolean
): void {
  const d = 2 * (x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2));
  const scale = Math.max(
    Math.abs(x2 - x1),
    Math.abs(y2 - y1),
    Math.abs(x3 - x2),
    Math.abs(y3 - y2)
  );
  if (Math.abs(d) <= 1e-12 * scale * scale) {
    // Collinear: the arc is a straight line.
    if (!fullCircle) out.push(x2, y2, x3, y3);
    return;
  }
  // Centre relative to p1 for numerical stability with large UTM coordinates.
  const bx = x2 - x1,
    by = y2 - y1,
    cx = x3 - x1,
    cy = y3 - y1;
  const dd = 2 * (bx * cy - by * cx);
  const ux = (cy * (bx * bx + by * by) - by * (cx * cx + cy * cy)) / dd;
  const uy = (bx * (cx * cx + cy * cy) - cx * (bx * bx + by * by)) / dd;
  const r = Math.hypot(ux, uy);
  const ox = x1 + ux,
    oy = y1 + uy;
  const a1 = Math.atan2(y1 - oy, x1 - ox);
  const a2 = Math.atan2(y2 - oy, x2 - ox);
  const a3 = Math.atan2(y3 - oy, x3 - ox);
  const ccw = bx * (y3 - y2) - by * (x3 - x2) > 0;
  const norm = (a: number) => {
    const t = a % (2 * Math.PI);
    return t < 0 ? t + 2 * Math.PI : t;
  };
  let sweep: number;
  if (fullCircle) sweep = 2 * Math.PI;
  else {
    sweep = ccw ? norm(a3 - a1) : norm(a1 - a3);
    // p2 must lie on the swept part; if not, the direction is the other one (cannot happen
    // with ccw from the cross product, kept as a guard).
    const s2 = ccw ? norm(a2 - a1) : norm(a1 - a2);
    if (s2 > sweep) sweep = 2 * Math.PI - sweep;
  }
  const dir = ccw ? 1 : -1;
  const maxStep = tol >= r ? Math.PI / 2 : 2 * Math.acos(1 - tol / r);
  const n = Math.max(fullCircle ? 8 : 1, Math.ceil(sweep / Math.min(maxStep, Math.PI / 2)));
  for (let i = 1; i < n; i++) {
    const a = a1 + (dir * sweep * i) / n;
    out.push(ox + r * Math.cos(a), oy + r * Math.sin(a));
  }
  if (fullCircle) out.push(x1, y1);
  else out.push(x3, y3);
}
