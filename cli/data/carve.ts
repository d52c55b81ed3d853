/**
 * The explicitly drawn layers, carved in priority order so later ones never overlap earlier
 * ones: after the corridors (corridors.ts) → Innovationsquartier →
 * named estates (on the sketch's commercial zones) and other specials (on open land). Each
 * area is scaled until its area (after the carving) matches its target.
 */
import type { CategoryCode } from '../../src/lib/plan/categories';
import {
  area,
  bbox,
  centroid,
  diff,
  inter,
  nearTiles,
  parts,
  pointInMP,
  regularPolygon,
  scale,
  splitByArea,
  subdivide,
  tileUp,
  toM,
  unite,
  type MP,
  type Pt
} from './geo';
import { IQ, PLACES, SPECIALS, type Special } from './layout';
import type { Rng } from '../../src/lib/geo/prng';
import { ZONES, type Sketch, type Zone } from './sketch';

export interface Piece {
  geom: MP;
  category: CategoryCode;
  previous: CategoryCode | null;
  name: string | null;
  /** Where it comes from: the IQ, a corridor, a special (estate…), or the tessellation. */
  source: 'iq' | 'corridor' | 'special' | 'cell';
  /** For tessellation cells: the sketch zone the piece lies on (null: open land). */
  zone?: Zone | null;
}

const HA = 10_000;
/** Parts smaller than this are left to the next layer instead of becoming slivers. */
const MIN_PART = 400;

const dropTiny = (mp: MP, min = MIN_PART): MP =>
  parts(mp)
    .filter((p) => area(p) >= min)
    .flat();

/**
 * Scales a shape about its centre until `fit(shape)` has the target area (bisection on the
 * scale factor; `fit` may jump where it drops small parts, so the closest result within 0.5 %
 * is taken).
 */
function fitArea(shape: MP, target: number, fit: (m: MP) => MP, label: string): MP {
  const c = centroid(shape);
  const at = (k: number): { out: MP; a: number } => {
    const out = fit(scale(shape, c, k));
    return { out, a: area(out) };
  };
  let lo = 0.05;
  let hi = 1;
  let best = at(hi);
  while (best.a < target && hi < 12) {
    lo = hi;
    hi *= 1.5;
    best = at(hi);
  }
  for (let i = 0; i < 40 && Math.abs(best.a - target) > 0.0005 * target; i++) {
    const mid = (lo + hi) / 2;
    const r = at(mid);
    if (Math.abs(r.a - target) < Math.abs(best.a - target)) best = r;
    if (r.a < target) lo = mid;
    else hi = mid;
  }
  if (Math.abs(best.a - target) > 0.005 * target)
    throw new Error(`${label}: area ${best.a / HA} ha does not reach the target ${target / HA} ha`);
  return best.out;
}

export function carveIq(city: MP, corridors: MP[]): { iq: MP; pieces: Piece[] } {
  const ring = IQ.ring.map(([lon, lat]) => toM(lon, lat));
  ring.push(ring[0] as Pt);
  const iq = fitArea(
    [[ring]],
    IQ.ha * HA,
    (m) => dropTiny(diff(inter(m, city), corridors)),
    IQ.name
  );
  const rng = { i: 0 };
  const plots = subdivideFixed(iq);
  const icd = PLACES.find((p) => p.name.startsWith('Innovationscenter'));
  const mfp = PLACES.find((p) => p.name === 'Modellfabrik Papier');
  // West end (next to the station): P+R; the two buildings on the nearest other plots.
  const byX = plots.map((p, i) => ({ i, x: centroid(p)[0] })).sort((a, b) => a.x - b.x);
  const iPr = (byX[0] as { i: number }).i;
  const used = new Set([iPr]);
  const near = (at: [number, number] | undefined): number => {
    if (!at) return -1;
    const q = toM(at[0], at[1]);
    let best = -1,
      bd = Infinity;
    plots.forEach((p, i) => {
      const c = centroid(p);
      const d = Math.hypot(c[0] - q[0], c[1] - q[1]);
      if (d < bd && !used.has(i) && area(p) >= 5000) {
        bd = d;
        best = i;
      }
    });
    used.add(best);
    return best;
  };
  const iIcd = near(icd?.at);
  const iMfp = near(mfp?.at);
  const mixed: CategoryCode[] = [
    'gemischt',
    'gemeinbedarf',
    'gemischt',
    'gruen',
    'gemischt',
    'sonder',
    'gemischt',
    'gemeinbedarf',
    'gemischt'
  ];
  const pieces: Piece[] = plots.map((geom, i) => {
    let category: CategoryCode;
    let name: string | null = null;
    if (i === iPr) {
      category = 'verkehr';
      name = 'P+R Bahnhof Süd';
    } else if (i === iIcd) {
      category = 'sonder';
      name = 'Innovationscenter Düren (ICD)';
    } else if (i === iMfp) {
      category = 'sonder';
      name = 'Modellfabrik Papier';
    } else category = mixed[rng.i++ % mixed.length] as CategoryCode;
    return { geom, category, previous: 'verkehr', name, source: 'iq' };
  });
  return { iq, pieces };
}

/** IQ plots: cut across the strip's long axis into about ten plots. */
function subdivideFixed(iq: MP): MP[] {
  const out: MP[] = [];
  let rest = iq;
  const total = area(iq);
  const shares = [0.09, 0.1, 0.12, 0.08, 0.11, 0.1, 0.09, 0.11, 0.1];
  for (const s of shares) {
    const [a, b] = splitByArea(rest, 0, s * total);
    out.push(...parts(a));
    rest = b;
  }
  out.push(...parts(rest));
  return out;
}

/** The first point (walking from the centre along a compass bearing) outside the shape. */
function edgePoint(mp: MP, bearingDeg: number): Pt {
  const [cx, cy] = centroid(mp);
  const b = (bearingDeg * Math.PI) / 180;
  let last: Pt = [cx, cy];
  for (let d = 0; d < 4000; d += 20) {
    const p: Pt = [cx + Math.sin(b) * d, cy + Math.cos(b) * d];
    if (pointInMP(p, mp)) last = p;
  }
  return last;
}

/** Estates and other specials as plot pieces, plus their outlines (for carving the rest). */
export function carveSpecials(
  city: MP,
  blocked: MP[],
  sketch: Sketch,
  rng: Rng
): { pieces: Piece[]; outlines: MP[] } {
  const taken = tileUp(blocked);
  const outlines: MP[] = [];
  const pieces: Piece[] = [];
  const gewerbe = tileUp([sketch.zoneUnion.gewerbe]);
  const built = tileUp(ZONES.filter((z) => z !== 'gewerbe').map((z) => sketch.zoneUnion[z]));
  const cityTiles = tileUp([city]);
  const take = (m: MP): void => void taken.push({ geom: m, box: bbox(m) });
  const free = (m: MP): MP => {
    const inCity = inter(m, unite(nearTiles(cityTiles, m)));
    return diff(inCity, nearTiles(taken, inCity));
  };
  const onOpen = (m: MP): MP => {
    const f = free(m);
    return dropTiny(diff(f, [...nearTiles(gewerbe, f), ...nearTiles(built, f)]), 2000);
  };
  const onGewerbe = (m: MP): MP => {
    const f = free(m);
    const g = nearTiles(gewerbe, f);
    return g.length ? dropTiny(inter(f, unite(g)), 2000) : [];
  };
  // Where the commercial zone around an estate is too small, it continues onto open land.
  const onGewerbeOrOpen = (m: MP): MP => {
    const f = free(m);
    return dropTiny(diff(f, nearTiles(built, f)), 2000);
  };
  // Estates grow as a disk over the commercial zones (whose outline they take); new land is
  // laid out as a square block, cut by the roads and the zones around it.
  const place = (at: Pt, ha: number, fits: ((m: MP) => MP)[], label: string, sides = 24): MP => {
    const disk = regularPolygon(at, Math.sqrt((ha * HA) / Math.PI), sides);
    for (const [i, fit] of fits.entries()) {
      try {
        return fitArea(disk, ha * HA, fit, label);
      } catch (err) {
        if (i === fits.length - 1) throw err;
      }
    }
    throw new Error(label);
  };
  for (const sp of SPECIALS) {
    const label = sp.name ?? `new area at ${sp.at.join(', ')}`;
    const r = rng.fork(sp.name ?? String(sp.at));
    const fits =
      sp.on === 'gewerbe'
        ? [onGewerbe, onGewerbeOrOpen]
        : [onOpen, (m: MP) => dropTiny(free(m), 2000)];
    const geom = place(toM(sp.at[0], sp.at[1]), sp.ha, fits, label, sp.on === 'gewerbe' ? 24 : 4);
    take(geom);
    outlines.push(geom);
    if (sp.extension) {
      const e = edgePoint(geom, sp.extension.bearing);
      const ext = place(
        e,
        sp.extension.ha,
        [onOpen, (m: MP) => dropTiny(free(m), 2000)],
        sp.extension.name,
        4
      );
      take(ext);
      outlines.push(ext);
      pieces.push({
        geom: ext,
        category: sp.category,
        previous: 'landwirtschaft',
        name: sp.extension.name,
        source: 'special'
      });
    }
    pieces.push(...plotsOf(sp, geom, r));
  }
  return { pieces, outlines };
}

function plotsOf(sp: Special, geom: MP, r: Rng): Piece[] {
  const plots = sp.plots ? subdivide(geom, r, sp.plots * HA, 0.6 * HA) : [geom];
  return plots.map((p) => {
    const category: CategoryCode =
      sp.industrie && r.next() < sp.industrie ? 'industrie' : sp.category;
    const previous = sp.previous === sp.category ? category : sp.previous;
    return { geom: p, category, previous, name: sp.name, source: 'special' as const };
  });
}
