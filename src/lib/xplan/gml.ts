/**
 * GML geometry reading over a small element tree (one tree per feature, built while streaming).
 * Pure: no DOM, no node APIs. Coordinates come out in file order (as written), flat
 * [a0, b0, a1, b1, …], 2D; the caller reprojects.
 */
import { arcPoints } from './arcs';
import { GeometryError, inherit, readPositions, type Inherited } from './positions';
import { child, childrenNamed, type XNode } from './xnode';

export const GML_NS = /^http:\/\/www\.opengis\.net\/gml(\/3\.2)?$/;

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

/** A line as read: flat file-order coordinates, and the srsName that applies. */
export interface RawLine {
  srsName: string | null;
  points: number[];
}

function collectLines(geom: XNode, inh: Inherited, ctx: ReadContext, out: RawLine[]): void {
  const own = inherit(geom, inh);
  switch (geom.name) {
    case 'MultiCurve':
    case 'MultiLineString':
    case 'MultiGeometry':
      for (const m of geom.children)
        for (const g of m.children) if (geometryKind(g) === 'line') collectLines(g, own, ctx, out);
      return;
    default:
      out.push({ srsName: own.srsName ?? ctx.srsName, points: readCurve(geom, own, ctx) });
  }
}

/** All lines of a line geometry (LineString, Curve with arcs, MultiCurve, CompositeCurve, …). */
export function readLineGeometry(geom: XNode, ctx: ReadContext): RawLine[] {
  const out: RawLine[] = [];
  collectLines(geom, { srsName: null, srsDimension: null }, ctx, out);
  return out.filter((l) => l.points.length >= 4);
}
