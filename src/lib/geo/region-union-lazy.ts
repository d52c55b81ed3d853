/**
 * The workers' stand-in for region-union.ts: vite.config.ts swaps it in for prepared.ts's import
 * in worker builds only. polyclip-ts (with bignumber.js and splaytree-ts) is about a third of the
 * plan worker, and only regions with crossing edges or overlapping parts need it, so a worker
 * loads it with its first region (`loadUnion`) instead of at start, before the first map.
 * Everywhere else (page, node, tests) prepared.ts uses region-union.ts directly.
 */
import type { Position } from 'geojson';

let union: ((polygons: Position[][][]) => Position[][][]) | null = null;

/** Loads the union once; call (and await) before preparing a region in a worker. */
export async function loadUnion(): Promise<void> {
  union ??= (await import('./region-union')).unionPolygons;
}

export function unionPolygons(polygons: Position[][][]): Position[][][] {
  if (!union) throw new Error('region union not loaded (loadUnion first)');
  return union(polygons);
}
