/**
 * Gives the tessellation pieces their categories from the sketch zone they lie on (real
 * land cover), then calibrates the model to the published figures: residential stock and
 * mixed use inside the real settlement, the new residential areas on open land at its edge,
 * and the commercial land returned to farmland at the estates' outer edges.
 */
import type { CategoryCode } from '../../src/lib/plan/categories';
import type { Piece } from './carve';
import { minOverVertices, type Field } from './fields';
import { mergeFarmland, mergeSmall } from './merge';
import { area, interiorPoint, toM, type Pt } from './geo';
import type { Rng } from '../../src/lib/geo/prng';
import type { SketchPoint } from './sketch';

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

/** Places of the core city (the rest are villages with their own cores). */
const TOWN = new Set(['Düren', 'Birkesdorf', 'Rölsdorf', 'Distelrath']);

interface CellInfo {
  piece: Piece;
  a: number;
  p: Pt;
  settlement: string;
  town: boolean;
  dOrt: number;
  dCentre: number;
  u: number;
  /** Distance (m) from the piece's outline to the nearest main road. */
  dRoad: number;
}

/** Radius (m) of the town's mixed-use core, and how far from it main streets stay mixed. */
const MIXED_CORE = 600;
const MIXED_STREETS = 1100;

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
    let bi = -1,
      bj = -1,
      berr = Math.abs(sum - target);
    for (let i = 0; i < chosen.length; i++)
      for (let j = 0; j < pool.length; j++) {
        const err = Math.abs(sum - (chosen[i] as T).a + (pool[j] as T).a - target);
        if (err < berr) {
          bi = i;
          bj = j;
          berr = err;
        }
      }
    if (bi < 0) break;
    const i = bi,
      j = bj;
    const out = chosen[i] as T,
      inn = pool[j] as T;
    chosen[i] = inn;
    pool[j] = out;
    sum += inn.a - out.a;
  }
  return chosen;
}

/** Commercial land closer to the Rur than this (m) is Industriegebiet. */
const GI_BAND = 400;

function classify(c: CellInfo, dRur: number): CategoryCode {
  switch (c.piece.zone) {
    case 'wasser':
      return 'wasser';
    case 'wald':
      return 'wald';
    case 'gruen':
      return 'gruen';
    case 'gemeinbedarf':
      return 'gemeinbedarf';
    case 'gewerbe':
      // The paper and other industry of the Rur valley: GI as one band along the river, GE
      // beyond it (a random GE/GI choice per cell drew a patchwork no FNP shows).
      return dRur < GI_BAND ? 'industrie' : 'gewerbe';
    case 'siedlung':
      // An FNP draws M as coherent bodies: the town centre, the blocks fronting the main
      // streets near it, the village cores; W behind them (no random W/M patchwork).
      if (c.town && (c.dCentre < MIXED_CORE || (c.dCentre < MIXED_STREETS && c.dRoad < 30)))
        return 'gemischt';
      if (!c.town && c.dOrt < 200) return 'gemischt';
      if (c.u < 0.025) return 'gemeinbedarf';
      if (c.town && c.u < 0.045) return 'sonder';
      return 'wohnen';
    default:
      return 'landwirtschaft';
  }
}

export interface AssignReport {
  wohnenBestandHa: number;
  gemischtHa: number;
  merged: number;
  leftSmall: number;
  pieces: Piece[];
}
export interface AssignInput {
  orte: SketchPoint[];
  rur: Field;
  siedlung: Field;
  gewerbe: Field;
  /** Distance to the main roads (not the A4 or railway). */
  roads: Field;
}

const set = (c: CellInfo, cat: CategoryCode, prev: CategoryCode | null = cat): void => {
  c.piece.category = cat;
  c.piece.previous = prev;
};
const sumA = (list: CellInfo[]): number => list.reduce((s, c) => s + c.a, 0);

export function assign(pieces: Piece[], input: AssignInput, rng: Rng): AssignReport {
  const orte = input.orte.map((o) => ({ name: o.name, p: toM(o.ll[0], o.ll[1]) }));
  const centre = orte.find((o) => o.name === 'Düren')?.p ?? [0, 0];
  let cells: CellInfo[] = pieces
    .filter((p) => p.source === 'cell')
    .map((piece) => {
      const p = interiorPoint(piece.geom);
      let best = orte[0];
      let bd = Infinity;
      for (const o of orte) {
        const d = Math.hypot(o.p[0] - p[0], o.p[1] - p[1]);
        if (d < bd) {
          bd = d;
          best = o;
        }
      }
      const settlement = best?.name ?? '';
      const u = rng.next();
      // A second draw once decided W or M; it is kept so every later draw stays as it was.
      rng.next();
      return {
        piece,
        a: area(piece.geom),
        p,
        settlement,
        town: TOWN.has(settlement),
        dOrt: bd,
        dCentre: Math.hypot(p[0] - centre[0], p[1] - centre[1]),
        u,
        dRoad: minOverVertices(input.roads, piece.geom)
      };
    });
  for (const c of cells) set(c, classify(c, input.rur.at(c.p)));
  const merge = mergeSmall(pieces);
  const alive = new Set(merge.pieces);
  cells = cells.filter((c) => alive.has(c.piece));
  for (const c of cells) c.a = area(c.piece.geom);

  // Residential stock kept from 1999 plus areas redesignated from mixed use: 1272 − 64 ha.
  const stock = (TARGETS.wohnenTotal - TARGETS.wohnenNeu) * HA;
  const wohnen = (): CellInfo[] => cells.filter((c) => c.piece.category === 'wohnen');
  const surplus = sumA(wohnen()) - stock;
  if (surplus > 0) {
    // Too much: the parts nearest a centre become mixed use (village and quarter cores).
    for (const c of pickSum(
      [...wohnen()].sort((a, b) => a.dOrt - b.dOrt),
      surplus
    ))
      set(c, 'gemischt');
  } else {
    // Too little: mixed use farthest from the centres becomes residential, then the fringe.
    const mixed = cells
      .filter((c) => c.piece.category === 'gemischt')
      .sort((a, b) => b.dOrt - a.dOrt);
    for (const c of pickSum(mixed, -surplus)) set(c, 'wohnen');
  }
  const wb = sumA(wohnen());

  // Bestandsanpassung: village-core areas shown as mixed in 1999, residential now.
  const toWohnen = pickSum(
    wohnen()
      .filter((c) => !c.town)
      .sort((a, b) => a.dOrt - b.dOrt),
    wb - TARGETS.wohnenPrevious * HA
  );
  for (const c of toWohnen) c.piece.previous = 'gemischt';

  // 26 new residential areas on open land at the edge of the real settlement, at most
  // five per place, those with the longest contact first.
  const contact = (c: CellInfo): number => {
    let n = 0,
      near = 0;
    for (const poly of c.piece.geom)
      for (const q of poly[0] ?? []) {
        n++;
        if (input.siedlung.at([q[0] as number, q[1] as number]) < 30) near++;
      }
    return near / Math.max(1, n);
  };
  const perPlace = new Map<string, number>();
  const fringe = cells
    .filter(
      (c) =>
        c.piece.zone === null &&
        c.piece.category === 'landwirtschaft' &&
        c.a > 1.0 * HA &&
        c.a < 5 * HA &&
        input.gewerbe.at(c.p) > 150
    )
    .map((c) => ({ c, k: contact(c), a: c.a }))
    .filter((x) => x.k > 0.1)
    .sort((x, y) => y.k - x.k || x.c.dOrt - y.c.dOrt)
    .filter((x) => {
      const n = perPlace.get(x.c.settlement) ?? 0;
      perPlace.set(x.c.settlement, n + 1);
      return n < 5;
    });
  const neu = pickSum(fringe, TARGETS.wohnenNeu * HA, TARGETS.wohnenNeuCount).map((x) => x.c);
  for (const c of neu) set(c, 'wohnen', 'landwirtschaft');

  // Commercial reserve land of 1999 given back to farming: open land at the estates' edges.
  const isG = (c: CategoryCode | null): boolean => c === 'gewerbe' || c === 'industrie';
  const newGArea = merge.pieces
    .filter((p) => isG(p.category) && !isG(p.previous))
    .reduce((s, p) => s + area(p.geom), 0);
  const returned = pickSum(
    cells
      .filter(
        (c) =>
          c.piece.zone === null &&
          c.piece.category === 'landwirtschaft' &&
          !neu.includes(c) &&
          c.a < 9 * HA
      )
      .map((c) => ({ c, d: minOverVertices(input.gewerbe, c.piece.geom), a: c.a }))
      .filter((x) => x.d < 40)
      .sort((x, y) => x.d - y.d || y.a - x.a),
    newGArea - TARGETS.gewerbeNetGain * HA
  );
  for (const x of returned) x.c.piece.previous = 'gewerbe';
  const farm = mergeFarmland(merge.pieces);
  return {
    wohnenBestandHa: wb / HA,
    gemischtHa: sumA(cells.filter((c) => c.piece.category === 'gemischt')) / HA,
    merged: merge.merged,
    leftSmall: merge.left,
    pieces: farm
  };
}
