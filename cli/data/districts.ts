/**
 * Schematic Stadtteil polygons (no official ones are public): the Voronoi partition of the
 * Stadtteil seed points, clipped to the city. A Voronoi edge knows nothing of where people
 * live, so each settlement body of the sketch is then kept within the districts whose seeds
 * lie in or near it (or, holding none, within the one that has most of it): a village is never cut in
 * two. Bodies with the seeds of several districts (the core town, Gürzenich/Rölsdorf) are
 * split between those districts only, which is what their districts are.
 */
import { featureCollection, point } from '@turf/helpers';
import { voronoi } from '@turf/voronoi';
import { area, bbox, diff, inter, pointInMP, toM, unite, type MP, type Pt } from './geo';
import { DISTRICTS } from './layout';

export interface District {
  name: string;
  geom: MP;
}

/** Bodies smaller than this (m²) are left to the Voronoi split (they carry no village). */
const MIN_BODY = 5_000;
/** The seeds are hand-placed approximations: one this close (m) to a body counts as in it. */
const NEAR = 250;

/** Distance (m) from a point to the rings of a multipolygon (0 inside). */
function distanceTo(p: Pt, mp: MP): number {
  if (pointInMP(p, mp)) return 0;
  let best = Infinity;
  for (const poly of mp)
    for (const ring of poly)
      for (let i = 0; i + 1 < ring.length; i++) {
        const [ax, ay] = ring[i] as Pt;
        const [bx, by] = ring[i + 1] as Pt;
        const dx = bx - ax,
          dy = by - ay;
        const t = Math.max(
          0,
          Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / (dx * dx + dy * dy || 1))
        );
        best = Math.min(best, Math.hypot(p[0] - ax - t * dx, p[1] - ay - t * dy));
      }
  return best;
}

export function buildDistricts(city: MP, settlements: MP[]): District[] {
  const [x0, y0, x1, y1] = bbox(city);
  const seeds = DISTRICTS.flatMap((d, i) => d.at.map((at) => ({ i, p: toM(at[0], at[1]) as Pt })));
  const cells = voronoi(featureCollection(seeds.map((s) => point(s.p))), {
    bbox: [x0 - 1000, y0 - 1000, x1 + 1000, y1 + 1000]
  });
  const districts: District[] = DISTRICTS.map((d, i) => ({
    name: d.name,
    geom: inter(
      unite(
        seeds.flatMap((s, k) => {
          const f = cells.features[k];
          if (!f) throw new Error(`no Voronoi cell for ${d.name}`);
          return s.i === i ? [[f.geometry.coordinates] as MP] : [];
        })
      ),
      city
    )
  }));
  for (const settlement of settlements) {
    const body = inter(settlement, city);
    if (area(body) < MIN_BODY) continue;
    const share = districts.map((d) => area(inter(body, d.geom)));
    const seeded = new Set(seeds.filter((s) => distanceTo(s.p, body) <= NEAR).map((s) => s.i));
    if (seeded.size === 0) seeded.add(share.indexOf(Math.max(...share)));
    const target = [...seeded].reduce((best, i) =>
      (share[i] as number) > (share[best] as number) ? i : best
    );
    const moved: MP[] = [];
    districts.forEach((d, i) => {
      if (seeded.has(i) || (share[i] as number) === 0) return;
      moved.push(inter(body, d.geom));
      d.geom = diff(d.geom, [body]);
    });
    const t = districts[target] as District;
    if (moved.length > 0) t.geom = unite([t.geom, ...moved]);
  }
  return districts;
}
