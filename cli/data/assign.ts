/**
 * Gives the tessellation cells their categories from the scalar fields, then calibrates the
 * model to the published figures: the settlement threshold is tuned to the residential stock,
 * and subset selections pick the new residential areas, the redesignated mixed areas and the
 * commercial land returned to farmland.
 */
import type { CategoryCode } from '../../src/lib/plan/categories';
import type { Piece } from './carve';
import { area, centroid, interiorPoint, type Pt } from './geo';
import { distToRur, floodplain, forestField, settlementField } from './fields';
import type { Rng } from './prng';

const HA = 10_000;

export const TARGETS = {
  wohnenTotal: 1272,
  wohnenPrevious: 1151,
  wohnenNeuCount: 26,
  wohnenNeu: 64,
  gewerbeNeuCount: 8,
  gewerbeNeu: 75,
  gewerbeNetGain: 21
};

interface CellInfo { piece: Piece; a: number; p: Pt; s: number; town: boolean; settlement: string; f: number; dr: number; u: number; u2: number }

/** Picks items (in preference order) whose areas sum to `target`, then improves by swaps. */
export function pickSum<T extends { a: number }>(cands: T[], target: number, count?: number): T[] {
  const chosen: T[] = [];
  let sum = 0;
  for (const c of cands) {
    if (count !== undefined ? chosen.length >= count : sum >= target) break;
    if (count === undefined && sum + c.a > target + 0.5 * HA) continue;
    chosen.push(c);
    sum += c.a;
  }
  const pool = cands.filter((c) => !chosen.includes(c));
  for (let round = 0; round < 400 && Math.abs(sum - target) > 0.02 * HA; round++) {
    let bi = -1, bj = -1, berr = Math.abs(sum - target);
    for (let i = 0; i < chosen.length; i++)
      for (let j = 0; j < pool.length; j++) {
        const err = Math.abs(sum - (chosen[i] as T).a + (pool[j] as T).a - target);
        if (err < berr) { bi = i; bj = j; berr = err; }
      }
    if (bi < 0) break;
    const i = bi, j = bj;
    const out = chosen[i] as T, inn = pool[j] as T;
    chosen[i] = inn;
    pool[j] = out;
    sum += inn.a - out.a;
  }
  return chosen;
}

function builtCategory(c: CellInfo): CategoryCode {
  if (c.dr < 70) return 'gruen';
  if (c.town) {
    const centre = c.settlement === 'Innenstadt' && c.s > 0.68;
    if (c.u2 < (centre ? 0.85 : 0.1)) return 'gemischt';
    if (c.u < 0.06) return 'gemeinbedarf';
    if (c.u < 0.1) return 'gruen';
    if (c.u < 0.12) return 'sonder';
    if (c.u < 0.15) return c.dr < 700 ? 'industrie' : 'gewerbe';
    return 'wohnen';
  }
  if (c.s > 0.62 && c.u2 < 0.7) return 'gemischt';
  if (c.u < 0.05) return 'gemeinbedarf';
  if (c.u < 0.08) return 'gruen';
  return 'wohnen';
}

function classify(c: CellInfo, tau: number): CategoryCode {
  if (c.s > tau) return builtCategory(c);
  if (c.dr < floodplain(c.p)) return 'gruen';
  if (c.f > 0) return 'wald';
  return 'landwirtschaft';
}

export interface AssignReport { tau: number; wohnenBestandHa: number }

export function assign(pieces: Piece[], rng: Rng): AssignReport {
  const cells: CellInfo[] = pieces
    .filter((p) => p.source === 'cell')
    .map((piece) => {
      const p = interiorPoint(piece.geom);
      const sf = settlementField(p);
      return { piece, a: area(piece.geom), p, s: sf.s, town: sf.nearest.town === true, settlement: sf.nearest.name, f: forestField(p), dr: distToRur(p), u: rng.next(), u2: rng.next() };
    });
  const wohnenAt = (tau: number): number => cells.reduce((s, c) => s + (classify(c, tau) === 'wohnen' ? c.a : 0), 0);
  // Residential stock kept from 1999 plus areas redesignated from mixed use: 1272 − 64 ha.
  const stock = (TARGETS.wohnenTotal - TARGETS.wohnenNeu) * HA;
  let lo = -1, hi = 1;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (wohnenAt(mid) > stock) lo = mid;
    else hi = mid;
  }
  const tau = Math.abs(wohnenAt(lo) - stock) < Math.abs(wohnenAt(hi) - stock) ? lo : hi;
  for (const c of cells) {
    const cat = classify(c, tau);
    c.piece.category = cat;
    c.piece.previous = cat;
  }
  // The threshold moves whole cells; trim the surplus at the outer edge back to farmland.
  let wohnenBestand = cells.filter((c) => c.piece.category === 'wohnen');
  const surplus = wohnenBestand.reduce((s, c) => s + c.a, 0) - stock;
  if (surplus > 0.3 * HA) {
    const trim = pickSum([...wohnenBestand].sort((a, b) => a.s - b.s), surplus);
    for (const c of trim) { c.piece.category = 'landwirtschaft'; c.piece.previous = 'landwirtschaft'; }
    wohnenBestand = wohnenBestand.filter((c) => !trim.includes(c));
  }
  const wb = wohnenBestand.reduce((s, c) => s + c.a, 0);

  // Bestandsanpassung: built-up village-core areas shown as mixed in 1999, residential now.
  const toWohnen = pickSum(
    wohnenBestand.filter((c) => !c.town).sort((a, b) => b.s - a.s),
    wb - TARGETS.wohnenPrevious * HA
  );
  for (const c of toWohnen) c.piece.previous = 'gemischt';

  // 26 new residential areas on farmland at the settlement fringes, at most four per place.
  const perPlace = new Map<string, number>();
  const fringe = cells
    .filter((c) => c.piece.category === 'landwirtschaft' && c.s > tau - 0.45 && c.a > 0.7 * HA && c.a < 3.6 * HA)
    .sort((a, b) => b.s - a.s)
    .filter((c) => {
      const n = perPlace.get(c.settlement) ?? 0;
      perPlace.set(c.settlement, n + 1);
      return n < 4;
    });
  const neu = pickSum(fringe, TARGETS.wohnenNeu * HA, TARGETS.wohnenNeuCount);
  for (const c of neu) { c.piece.category = 'wohnen'; c.piece.previous = 'landwirtschaft'; }

  // Commercial reserve land of 1999 given back to farming (near the estates).
  const estates = pieces.filter((p) => p.source === 'special' && (p.category === 'gewerbe' || p.category === 'industrie')).map((p) => centroid(p.geom));
  const dist = (c: CellInfo): number => Math.min(...estates.map((e) => Math.hypot(e[0] - c.p[0], e[1] - c.p[1])));
  const newG = pieces.filter((p) => p.category === 'gewerbe' || p.category === 'industrie').filter((p) => p.previous !== 'gewerbe' && p.previous !== 'industrie');
  const newGArea = newG.reduce((s, p) => s + area(p.geom), 0);
  const returned = pickSum(
    cells.filter((c) => c.piece.category === 'landwirtschaft' && !neu.includes(c) && c.a < 9 * HA).sort((a, b) => dist(a) - dist(b)),
    newGArea - TARGETS.gewerbeNetGain * HA
  );
  for (const c of returned) c.piece.previous = 'gewerbe';
  return { tau, wohnenBestandHa: wb / HA };
}
