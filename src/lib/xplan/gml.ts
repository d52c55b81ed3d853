/**
 * GML geometry reading over a small element tree (one tree per feature, built while streaming).
 * Pure: no DOM, no node APIs. Coordinates come out in file order (as written), flat
 * [a0, b0, a1, b1, …], 2D; the caller reprojects.
 */

/** One XML element of a captured feature. Names are local names; `attrs` keyed by local name. */
export interface XNode {
  name: string;
  uri: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
  line: number;
}

export const GML_NS = /^http:\/\/www\.opengis\.net\/gml(\/3\.2)?$/;

export function child(node: XNode, name: string): XNode | undefined {
  return node.children.find((c) => c.name === name);
}

export function childrenNamed(node: XNode, name: string): XNode[] {
  return node.children.filter((c) => c.name === name);
}

export function firstDescendant(node: XNode, name: string): XNode | undefined {
  for (const c of node.children) {
    if (c.name === name) return c;
    const d = firstDescendant(c, name);
    if (d) return d;
  }
  return undefined;
}

/** Text of a leaf, or of the first leaf below (for 6.0 complex code types: …/allgemein). */
export function leafText(node: XNode): string {
  if (node.children.length === 0) return node.text.trim();
  const allgemein = firstDescendant(node, 'allgemein');
  if (allgemein) return allgemein.text.trim();
  const first = node.children[0];
  return first ? leafText(first) : '';
}

export type GeometryKind = 'area' | 'line' | 'point' | 'other';

const AREA = new Set([
  'Polygon',
  'MultiSurface',
  'Surface',
  'CompositeSurface',
  'MultiPolygon',
  'PolygonPatch',
  'OrientableSurface',
  'Shell',
  'Solid',
  'MultiGeometry'
]);
const LINE = new Set([
  'LineString',
  'Curve',
  'MultiCurve',
  'CompositeCurve',
  'MultiLineString',
  'OrientableCurve',
  'LineStringSegment',
  'Arc',
  'ArcString',
  'Circle'
]);
const POINT = new Set(['Point', 'MultiPoint']);

export function geometryKind(geom: XNode): GeometryKind {
  if (geom.name === 'MultiGeometry') {
    // Classify by the members: an area if any member is one.
    const kinds = geom.children.flatMap((m) => m.children.map(geometryKind));
    if (kinds.includes('area')) return 'area';
    if (kinds.includes('line')) return 'line';
    if (kinds.includes('point')) return 'point';
    return 'other';
  }
  if (AREA.has(geom.name)) return 'area';
  if (LINE.has(geom.name)) return 'line';
  if (POINT.has(geom.name)) return 'point';
  return 'other';
}

/** A problem in a geometry that stops the import (the caller adds file and feature). */
export class GeometryError extends Error {
  constructor(
    readonly code: 'invalid-coordinates' | 'unsupported-geometry' | 'missing-crs',
    readonly de: string,
    readonly en: string,
    readonly line: number
  ) {
    super(en);
  }
}

/** A polygon as read: rings of flat file-order coordinates, and the srsName that applies. */
export interface RawPolygon {
  srsName: string | null;
  /** Exterior first. */
  rings: number[][];
}

export interface ReadContext {
  /** srsName inherited from outside the geometry (feature or plan boundedBy). */
  srsName: string | null;
  /** Densification tolerance for arcs in CRS units (metres; degrees for geographic CRSs). */
  arcTolerance: (srsName: string | null) => number;
}

interface Inherited {
  srsName: string | null;
  srsDimension: number | null;
}

function inherit(node: XNode, outer: Inherited): Inherited {
  const dim = node.attrs.srsDimension;
  return {
    srsName: node.attrs.srsName ?? outer.srsName,
    srsDimension: dim ? Number(dim) : outer.srsDimension
  };
}

function parseNumbers(text: string, line: number): number[] {
  const parts = text.trim().split(/\s+/);
  if (parts.length === 1 && parts[0] === '') return [];
  const out = new Array<number>(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const v = Number(parts[i]);
    if (!Number.isFinite(v)) {
      throw new GeometryError(
        'invalid-coordinates',
        `Koordinate „${parts[i]}“ ist keine Zahl`,
        `coordinate "${parts[i]}" is not a number`,
        line
      );
    }
    out[i] = v;
  }
  return out;
}

function toXY(nums: number[], dim: number, line: number): number[] {
  if (dim === 2) {
    if (nums.length % 2 !== 0)
      throw new GeometryError(
        'invalid-coordinates',
        `ungerade Anzahl von Koordinatenwerten (${nums.length}) bei srsDimension 2`,
        `odd number of coordinate values (${nums.length}) with srsDimension 2`,
        line
      );
    return nums;
  }
  if (nums.length % dim !== 0)
    throw new GeometryError(
      'invalid-coordinates',
      `Anzahl der Koordinatenwerte (${nums.length}) passt nicht zu srsDimension ${dim}`,
      `number of coordinate values (${nums.length}) does not fit srsDimension ${dim}`,
      line
    );
  const out: number[] = [];
  for (let i = 0; i < nums.length; i += dim) out.push(nums[i] as number, nums[i + 1] as number);
  return out;
}

function posListXY(node: XNode, inh: Inherited): number[] {
  const nums = parseNumbers(node.text, node.line);
  let dim = node.attrs.srsDimension ? Number(node.attrs.srsDimension) : inh.srsDimension;
  if (!dim && node.attrs.count) {
    const count = Number(node.attrs.count);
    if (count > 0 && nums.length % count === 0) dim = nums.length / count;
  }
  return toXY(nums, dim && dim >= 2 ? dim : 2, node.line);
}

/** Positions of a LinearRing/LineString/segment: posList, pos*, pointProperty, coordinates. */
function readPositions(node: XNode, inh: Inherited): number[] {
  const own = inherit(node, inh);
  const out: number[] = [];
  for (const c of node.children) {
    if (c.name === 'posList') out.push(...posListXY(c, own));
    else if (c.name === 'pos') {
      const nums = parseNumbers(c.text, c.line);
      if (nums.length < 2)
        throw new GeometryError(
          'invalid-coordinates',
          'gml:pos mit weniger als zwei Koordinatenwerten',
          'gml:pos with fewer than two values',
          c.line
        );
      out.push(nums[0] as number, nums[1] as number);
    } else if (c.name === 'pointProperty' || c.name === 'pointRep') {
      const pos = firstDescendant(c, 'pos');
      if (pos) {
        const nums = parseNumbers(pos.text, pos.line);
        out.push(nums[0] as number, nums[1] as number);
      }
    } else if (c.name === 'coordinates') {
      // GML 2: "x,y x,y" (decimal, cs and ts attributes as defaults)
      const cs = c.attrs.cs ?? ',';
      const ts = c.attrs.ts ?? ' ';
      const tuples = c.text.trim().split(ts === ' ' ? /\s+/ : ts);
      for (const t of tuples) {
        if (!t) continue;
        const v = t.split(cs).map(Number);
        if (v.length < 2 || !Number.isFinite(v[0]) || !Number.isFinite(v[1]))
          throw new GeometryError(
            'invalid-coordinates',
            `Koordinatentupel „${t}“ ist ungültig`,
            `coordinate tuple "${t}" is invalid`,
            c.line
          );
        out.push(v[0] as number, v[1] as number);
      }
    }
  }
  return out;
}

// ---- arcs ---------------------------------------------------------------------------------

/** Appends points of the circular arc through p1, p2, p3 (p1 excluded, p3 included). */
function arcPoints(
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

function appendJoined(out: number[], pts: number[]): void {
  if (pts.length < 2) return;
  let start = 0;
  const n = out.length;
  if (n >= 2 && out[n - 2] === pts[0] && out[n - 1] === pts[1]) start = 2;
  for (let i = start; i < pts.length; i++) out.push(pts[i] as number);
}

function readSegment(seg: XNode, inh: Inherited, tol: number): number[] {
  const pts = readPositions(seg, inh);
  switch (seg.name) {
    case 'LineStringSegment':
    case 'LineString':
    case 'GeodesicString':
      return pts;
    case 'Arc':
    case 'ArcString':
    case 'Circle': {
      const np = pts.length / 2;
      if (np < 3 || (seg.name !== 'ArcString' && np !== 3) || (np - 1) % 2 !== 0)
        throw new GeometryError(
          'invalid-coordinates',
          `gml:${seg.name} mit ${np} Punkten (erwartet: 3${seg.name === 'ArcString' ? ', 5, 7 …' : ''})`,
          `gml:${seg.name} with ${np} points (expected 3${seg.name === 'ArcString' ? ', 5, 7 …' : ''})`,
          seg.line
        );
      const out = [pts[0] as number, pts[1] as number];
      for (let i = 0; i + 2 < np; i += 2) {
        const k = i * 2;
        arcPoints(
          out,
          pts[k] as number,
          pts[k + 1] as number,
          pts[k + 2] as number,
          pts[k + 3] as number,
          pts[k + 4] as number,
          pts[k + 5] as number,
          tol,
          seg.name === 'Circle'
        );
      }
      return out;
    }
    default:
      throw new GeometryError(
        'unsupported-geometry',
        `Kurvensegment gml:${seg.name} wird nicht unterstützt`,
        `curve segment gml:${seg.name} is not supported`,
        seg.line
      );
  }
}

function readCurve(curve: XNode, inh: Inherited, ctx: ReadContext): number[] {
  const own = inherit(curve, inh);
  const tol = ctx.arcTolerance(own.srsName ?? ctx.srsName);
  if (curve.name === 'LineString') return readPositions(curve, own);
  if (curve.name === 'Curve') {
    const segments = child(curve, 'segments');
    const out: number[] = [];
    for (const seg of segments?.children ?? []) appendJoined(out, readSegment(seg, own, tol));
    return out;
  }
  if (curve.name === 'CompositeCurve') {
    const out: number[] = [];
    for (const m of curve.children)
      for (const c of m.children) appendJoined(out, readCurve(c, own, ctx));
    return out;
  }
  if (curve.name === 'OrientableCurve') {
    const base = child(curve, 'baseCurve')?.children[0];
    if (!base) return [];
    const pts = readCurve(base, own, ctx);
    if (curve.attrs.orientation === '-') {
      const rev: number[] = [];
      for (let i = pts.length - 2; i >= 0; i -= 2) rev.push(pts[i] as number, pts[i + 1] as number);
      return rev;
    }
    return pts;
  }
  if (
    curve.name === 'Arc' ||
    curve.name === 'ArcString' ||
    curve.name === 'Circle' ||
    curve.name === 'LineStringSegment'
  )
    return readSegment(curve, own, tol);
  throw new GeometryError(
    'unsupported-geometry',
    `Kurve gml:${curve.name} wird nicht unterstützt`,
    `curve gml:${curve.name} is not supported`,
    curve.line
  );
}

/** Reads the ring inside gml:exterior / gml:interior (LinearRing or Ring). */
function readRing(boundary: XNode, inh: Inherited, ctx: ReadContext): number[] {
  const ring = boundary.children[0];
  if (!ring) {
    if (boundary.attrs.href)
      throw new GeometryError(
        'unsupported-geometry',
        `Verweis (xlink:href) auf eine Ringgeometrie wird nicht unterstützt`,
        `a ring given by reference (xlink:href) is not supported`,
        boundary.line
      );
    return [];
  }
  const own = inherit(ring, inh);
  if (ring.name === 'LinearRing') return readPositions(ring, own);
  if (ring.name === 'Ring') {
    const out: number[] = [];
    for (const member of childrenNamed(ring, 'curveMember')) {
      const curve = member.children[0];
      if (!curve)
        throw new GeometryError(
          'unsupported-geometry',
          'gml:curveMember ohne eingebettete Kurve (Verweise werden nicht unterstützt)',
          'gml:curveMember without an inline curve (references are not supported)',
          member.line
        );
      appendJoined(out, readCurve(curve, own, ctx));
    }
    return out;
  }
  throw new GeometryError(
    'unsupported-geometry',
    `Ring gml:${ring.name} wird nicht unterstützt`,
    `ring gml:${ring.name} is not supported`,
    ring.line
  );
}

function readPolygonLike(poly: XNode, inh: Inherited, ctx: ReadContext): RawPolygon {
  const own = inherit(poly, inh);
  const rings: number[][] = [];
  const ext = child(poly, 'exterior') ?? child(poly, 'outerBoundaryIs');
  if (!ext)
    throw new GeometryError(
      'invalid-coordinates',
      `gml:${poly.name} ohne Außenring (gml:exterior)`,
      `gml:${poly.name} without an exterior ring`,
      poly.line
    );
  rings.push(readRing(ext, own, ctx));
  for (const c of poly.children)
    if (c.name === 'interior' || c.name === 'innerBoundaryIs') rings.push(readRing(c, own, ctx));
  return { srsName: own.srsName ?? ctx.srsName, rings };
}

function collectPolygons(geom: XNode, inh: Inherited, ctx: ReadContext, out: RawPolygon[]): void {
  const own = inherit(geom, inh);
  switch (geom.name) {
    case 'Polygon':
    case 'PolygonPatch':
      out.push(readPolygonLike(geom, own, ctx));
      return;
    case 'Surface': {
      const patches = child(geom, 'patches');
      for (const p of patches?.children ?? []) collectPolygons(p, own, ctx, out);
      return;
    }
    case 'MultiSurface':
    case 'CompositeSurface':
    case 'MultiPolygon':
    case 'MultiGeometry': {
      for (const m of geom.children) {
        if (
          m.name === 'surfaceMember' ||
          m.name === 'polygonMember' ||
          m.name === 'geometryMember'
        ) {
          const g = m.children[0];
          if (!g) {
            if (m.attrs.href)
              throw new GeometryError(
                'unsupported-geometry',
                'Verweis (xlink:href) auf eine Flächengeometrie wird nicht unterstützt',
                'a surface given by reference (xlink:href) is not supported',
                m.line
              );
            continue;
          }
          if (geometryKind(g) === 'area') collectPolygons(g, own, ctx, out);
        } else if (m.name === 'surfaceMembers' || m.name === 'geometryMembers') {
          for (const g of m.children)
            if (geometryKind(g) === 'area') collectPolygons(g, own, ctx, out);
        }
      }
      return;
    }
    default:
      throw new GeometryError(
        'unsupported-geometry',
        `Flächengeometrie gml:${geom.name} wird nicht unterstützt`,
        `surface geometry gml:${geom.name} is not supported`,
        geom.line
      );
  }
}

/** All polygons of an area geometry (Polygon, MultiSurface, Surface, CompositeSurface, …). */
export function readAreaGeometry(geom: XNode, ctx: ReadContext): RawPolygon[] {
  const out: RawPolygon[] = [];
  collectPolygons(geom, { srsName: null, srsDimension: null }, ctx, out);
  return out;
}
