/**
 * GML coordinate lists (posList, pos, pointProperty, GML 2 coordinates) → flat file-order
 * [a0, b0, a1, b1, …], 2D, with srsName and srsDimension inherited down the element tree.
 */
import { firstDescendant, type XNode } from './xnode';

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

export interface Inherited {
  srsName: string | null;
  srsDimension: number | null;
}

/** srsDimension as written: 2 or 3 (anything else is an error, not a guess). */
function dimension(raw: string | undefined, line: number): number | null {
  if (raw === undefined || raw.trim() === '') return null;
  const t = raw.trim();
  if (t !== '2' && t !== '3')
    throw new GeometryError(
      'invalid-coordinates',
      `srsDimension „${t.slice(0, 20)}“ ist ungültig (erlaubt sind 2 und 3)`,
      `srsDimension "${t.slice(0, 20)}" is invalid (allowed: 2 and 3)`,
      line
    );
  return Number(t);
}

export function inherit(node: XNode, outer: Inherited): Inherited {
  const dim = dimension(node.attrs.srsDimension, node.line);
  return {
    srsName: node.attrs.srsName ?? outer.srsName,
    srsDimension: dim ?? outer.srsDimension
  };
}

/**
 * A decimal number as XML Schema's xs:double writes it (no hex like 0x4EB58, no NaN/INF, which
 * `Number()` would accept or let through).
 */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Exact powers of ten: an integer below 2^53 divided by one of them is correctly rounded. */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** Whitespace as `String.prototype.trim` and `/\s/` see it (the separators of a posList). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The token text[start, end) as a number, or NaN if it is not a decimal. Plain decimals with at
 * most 15 digits and 22 decimals (all real coordinates) are read in place: digits as an integer
 * (exact below 2^53) divided by an exact power of ten, which IEEE division rounds correctly, so the
 * value is the one `Number()` gives. Anything else goes through the pattern and `Number()`.
 */
function decimalAt(text: string, start: number, end: number): number {
  let i = start;
  let c = text.charCodeAt(i);
  const negative = c === 45; // -
  if (negative || c === 43) c = text.charCodeAt(++i); // +
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < end; c = text.charCodeAt(++i)) {
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 46 && decimals < 0)
      decimals = 0; // .
    else break;
  }
  if (i === end && digits > 0 && digits <= 15 && decimals <= 22) {
    const v = decimals > 0 ? mantissa / (POW10[decimals] as number) : mantissa;
    return negative ? -v : v;
  }
  const part = text.slice(start, end);
  return DECIMAL.test(part) ? Number(part) : NaN;
}

function parseNumbers(text: string, line: number): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    const v = decimalAt(text, start, i);
    if (!Number.isFinite(v)) {
      const part = text.slice(start, i);
      const shown = part.length > 30 ? `${part.slice(0, 30)}…` : part;
      throw new GeometryError(
        'invalid-coordinates',
        `Koordinate „${shown}“ ist keine Zahl (erwartet wird eine Dezimalzahl mit Punkt, z. B. 5630711.617)`,
        `coordinate "${shown}" is not a number (expected a decimal number with a point)`,
        line
      );
    }
    out.push(v);
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
  let dim = dimension(node.attrs.srsDimension, node.line) ?? inh.srsDimension;
  if (!dim && node.attrs.count) {
    const count = Number(node.attrs.count);
    if (count > 0 && nums.length % count === 0) dim = nums.length / count;
  }
  return toXY(nums, dim && dim >= 2 ? dim : 2, node.line);
}

/** Positions of a LinearRing/LineString/segment: posList, pos*, pointProperty, coordinates. */
export function readPositions(node: XNode, inh: Inherited): number[] {
  const own = inherit(node, inh);
  const out: number[] = [];
  for (const c of node.children) {
    // A loop, not push(...xy): a spread of 100,000+ values overflows the call stack.
    if (c.name === 'posList') for (const v of posListXY(c, own)) out.push(v);
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
        if (nums.length < 2)
          throw new GeometryError(
            'invalid-coordinates',
            'gml:pos mit weniger als zwei Koordinatenwerten',
            'gml:pos with fewer than two values',
            pos.line
          );
        out.push(nums[0] as number, nums[1] as number);
      }
    } else if (c.name === 'coordinates') {
      // GML 2: "x,y x,y" (decimal, cs and ts attributes as defaults)
      const cs = c.attrs.cs ?? ',';
      const ts = c.attrs.ts ?? ' ';
      const tuples = c.text.trim().split(ts === ' ' ? /\s+/ : ts);
      for (const t of tuples) {
        if (!t) continue;
        const v = t.split(cs).map((x) => (DECIMAL.test(x) ? Number(x) : NaN));
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
