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

export function inherit(node: XNode, outer: Inherited): Inherited {
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
export function readPositions(node: XNode, inh: Inherited): number[] {
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
