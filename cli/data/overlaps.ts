/**
 * Removes overlaps between written areas. Rounding to 7 decimals and the repair of long thin
 * spikes can leave two neighbours covering the same square metre; a plan must tile its area
 * exactly (Flächenschluss), so the overlap is cut out of the later of the two areas.
 * Used for the plan's areas and for the districts.
 */
import { difference } from '@turf/difference';
import { featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import Flatbush from 'flatbush';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { ellipsoidalArea } from '../../src/lib/geo/area';
import { geometryBounds } from '../../src/lib/geo/bounds';
import { cleanRings, type OutFeature } from './output';

type Area = Polygon | MultiPolygon;

/**
 * Overlaps below this (m²) are left: a cut adds vertices that are rounded again, which opens
 * gaps of about the same size, so cutting every rounding sliver would lose more than it wins.
 */
const NEGLIGIBLE = 0.5;

const polygons = (g: Area): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
const feature = (g: Area): Feature<Area> => ({ type: 'Feature', properties: {}, geometry: g });

/** Pairs (i < j) of areas that overlap by `min` m² or more, with the overlap. */
function overlaps(areas: Area[], min: number): [number, number, number][] {
  const index = new Flatbush(areas.length);
  const boxes = areas.map(geometryBounds);
  for (const b of boxes) index.add(...b);
  index.finish();
  const found: [number, number, number][] = [];
  areas.forEach((a, i) => {
    for (const j of index.search(...(boxes[i] as [number, number, number, number]))) {
      if (j <= i) continue;
      const x = intersect(featureCollection([feature(a), feature(areas[j] as Area)]));
      const m2 = x ? ellipsoidalArea(x.geometry) : 0;
      if (m2 >= min) found.push([i, j, m2]);
    }
  });
  return found;
}

/** `b` without `a`, rounded and cleaned like every written geometry (null if nothing is left). */
function without(b: Area, a: Area): Area | null {
  const rest = difference(featureCollection<Area>([feature(b), feature(a)]));
  if (!rest) return null;
  const polys: Position[][][] = [];
  for (const poly of polygons(rest.geometry)) {
    const holes = poly.slice(1).flatMap((h) => cleanRings(h, false).holes);
    const outers = cleanRings(poly[0] as Position[], true).outers;
    // A cut that pinches an outer ring apart while it has holes would need the holes sorted
    // to their loops; no such cut occurs in the model, so the build says so rather than guess.
    if (outers.length > 1 && holes.length > 0)
      throw new Error('overlap cut splits a ring with holes');
    for (const outer of outers) polys.push([outer, ...holes]);
  }
  if (polys.length === 0) return null;
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0] as Position[][] }
    : { type: 'MultiPolygon', coordinates: polys };
}

/**
 * Cuts every overlap out of the later of two areas; `measured` re-measures a changed area
 * (e.g. its area_m2). Returns how many cuts were made. Runs until no overlap of 0.5 m² is
 * left (rounding a cut can leave a new one) and fails if one of 1 m² or more remains.
 */
export function removeOverlaps(features: OutFeature[], measured?: (f: OutFeature) => void): number {
  let cuts = 0;
  for (let pass = 0; pass < 4; pass++) {
    const found = overlaps(
      features.map((f) => f.geometry as Area),
      NEGLIGIBLE
    );
    if (found.length === 0) return cuts;
    for (const [i, j] of found) {
      const a = features[i] as OutFeature;
      const b = features[j] as OutFeature;
      const cut = without(b.geometry as Area, a.geometry as Area);
      if (!cut)
        throw new Error(`area ${String(b.properties.id ?? b.properties.name)} lies inside another`);
      b.geometry = cut;
      measured?.(b);
      cuts++;
    }
  }
  const left = overlaps(
    features.map((f) => f.geometry as Area),
    1
  );
  if (left.length > 0) throw new Error(`${left.length} overlaps of 1 m² or more left`);
  return cuts;
}
