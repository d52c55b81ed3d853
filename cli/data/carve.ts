/**
 * The explicitly drawn layers, carved in priority order so later ones never overlap earlier
 * ones: Innovationsquartier → corridors (river, motorway, rail, main roads) → named estates
 * and other specials. Each is scaled until its area (after the carving) matches its target.
 */
import type { CategoryCode } from '../../src/lib/plan/categories';
import { area, blob, bufferLine, centroid, diff, inter, parts, regularPolygon, scale, smooth, splitByArea, subdivide, toM, unite, type MP, type Pt } from './geo';
import { CORRIDORS, IQ, PLACES, SPECIALS } from './layout';
import type { Rng } from './prng';
import { valueNoise } from './prng';

export interface Piece {
  geom: MP;
  category: CategoryCode;
  previous: CategoryCode | null;
  name: string | null;
  /** Where it comes from: the IQ, a corridor, a special (estate…), or the tessellation. */
  source: 'iq' | 'corridor' | 'special' | 'cell';
}

const HA = 10_000;
/** Parts smaller than this are left to the next layer instead of becoming slivers. */
const MIN_PART = 400;

const dropTiny = (mp: MP, min = MIN_PART): MP => parts(mp).filter((p) => area(p) >= min).flat();

/** Scales a shape about its centre until `fit(shape)` has the target area. */
function fitArea(shape: MP, target: number, fit: (m: MP) => MP, label: string): MP {
  const c = centroid(shape);
  let k = 1;
  let out = fit(shape);
  for (let i = 0; i < 30; i++) {
    const a = area(out);
    if (Math.abs(a - target) < 0.0005 * target) return out;
    k *= Math.min(1.6, Math.max(0.6, Math.sqrt(target / Math.max(a, 1))));
    out = fit(scale(shape, c, k));
  }
  throw new Error(`${label}: area ${area(out) / HA} ha does not reach the target ${target / HA} ha`);
}

export function carveIq(city: MP): { iq: MP; pieces: Piece[] } {
  const ring = IQ.ring.map(([lon, lat]) => toM(lon, lat));
  ring.push(ring[0] as Pt);
  const iq = fitArea([[ring]], IQ.ha * HA, (m) => inter(m, city), IQ.name);
  const rng = { i: 0 };
  const plots = subdivideFixed(iq);
  const icd = PLACES.find((p) => p.name.startsWith('Innovationscenter'));
  const mfp = PLACES.find((p) => p.name === 'Modellfabrik Papier');
  const near = (at: [number, number] | undefined): number => {
    if (!at) return -1;
    const q = toM(at[0], at[1]);
    let best = -1, bd = Infinity;
    plots.forEach((p, i) => {
      const c = centroid(p);
      const d = Math.hypot(c[0] - q[0], c[1] - q[1]);
      if (d < bd) { bd = d; best = i; }
    });
    return best;
  };
  const iIcd = near(icd?.at);
  const iMfp = near(mfp?.at);
  // West end (next to the station): P+R; then a mix, one green, one education plot.
  const byX = plots.map((p, i) => ({ i, x: centroid(p)[0] })).sort((a, b) => a.x - b.x);
  const iPr = (byX[0] as { i: number }).i;
  const mixed: CategoryCode[] = ['gemischt', 'gemeinbedarf', 'gemischt', 'gruen', 'gemischt', 'sonder', 'gemischt', 'gemeinbedarf', 'gemischt'];
  const pieces: Piece[] = plots.map((geom, i) => {
    let category: CategoryCode;
    let name: string | null = null;
    if (i === iPr) { category = 'verkehr'; name = 'P+R Bahnhof Süd'; }
    else if (i === iIcd) { category = 'sonder'; name = 'Innovationscenter Düren (ICD)'; }
    else if (i === iMfp) { category = 'sonder'; name = 'Modellfabrik Papier'; }
    else category = mixed[rng.i++ % mixed.length] as CategoryCode;
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

export interface CorridorLayer { name: string; category: CategoryCode; geom: MP }

export function carveCorridors(city: MP, iq: MP, rng: Rng): CorridorLayer[] {
  const taken: MP[] = [iq];
  const layers: CorridorLayer[] = [];
  for (const c of CORRIDORS) {
    let pts: Pt[] = c.line.map(([lon, lat]) => toM(lon, lat));
    if (c.meander) {
      const n = valueNoise(rng.int(1, 1e6), 500);
      const dense: Pt[] = [];
      for (let i = 0; i + 1 < pts.length; i++) {
        const [ax, ay] = pts[i] as Pt, [bx, by] = pts[i + 1] as Pt;
        const len = Math.hypot(bx - ax, by - ay), steps = Math.max(1, Math.round(len / 150));
        for (let s = 0; s < steps; s++) {
          const t = s / steps, x = ax + (bx - ax) * t, y = ay + (by - ay) * t;
          const m = n(x, y) * c.meander * 2;
          dense.push([x + (-(by - ay) / len) * m, y + ((bx - ax) / len) * m]);
        }
      }
      dense.push(pts[pts.length - 1] as Pt);
      pts = dense;
    }
    let band = bufferLine(smooth(pts, 3), c.width);
    if (c.name === 'A 4') {
      const j = PLACES.find((p) => p.name.startsWith('Anschlussstelle Düren'));
      if (j) band = unite([band, regularPolygon(toM(j.at[0], j.at[1]), 95, 12)]);
    }
    const geom = dropTiny(diff(inter(band, city), taken));
    taken.push(band);
    layers.push({ name: c.name, category: c.category, geom });
  }
  return layers;
}

/** Estates and other specials as plot pieces, plus their outlines (for carving the rest). */
export function carveSpecials(city: MP, blocked: MP[], rng: Rng): { pieces: Piece[]; outlines: MP[] } {
  const taken = [...blocked];
  const outlines: MP[] = [];
  const pieces: Piece[] = [];
  for (const sp of SPECIALS) {
    const r = rng.fork(sp.name ?? String(sp.at));
    const total = (sp.ha + (sp.extension?.ha ?? 0)) * HA;
    const shape = blob(r, toM(sp.at[0], sp.at[1]), sp.rx, sp.ry, sp.rot);
    const geom = fitArea(shape, total, (m) => dropTiny(diff(inter(m, city), taken), 2000), sp.name ?? `new area at ${sp.at.join(', ')}`);
    taken.push(geom);
    outlines.push(geom);
    let base = geom;
    if (sp.extension) {
      const b = (sp.extension.bearing * Math.PI) / 180;
      const [lowSide, ext] = splitByArea(geom, Math.atan2(Math.cos(b), Math.sin(b)), sp.ha * HA);
      base = lowSide;
      pieces.push({ geom: ext, category: sp.category, previous: 'landwirtschaft', name: sp.extension.name, source: 'special' });
    }
    const plots = sp.plots ? subdivide(base, r, sp.plots * HA, 0.6 * HA) : [base];
    for (const p of plots) {
      const category: CategoryCode = sp.industrie && r.next() < sp.industrie ? 'industrie' : sp.category;
      const previous = sp.previous === sp.category ? category : sp.previous;
      pieces.push({ geom: p, category, previous, name: sp.name, source: 'special' });
    }
  }
  return { pieces, outlines };
}
