/** Scalar fields over the city (metres): settlement influence, forest, distance to the Rur. */
import { toM, type Pt } from './geo';
import { FORESTS, RUR, SETTLEMENTS, type Settlement } from './layout';
import { valueNoise } from './prng';

const settlements = SETTLEMENTS.map((s) => ({ ...s, p: toM(s.at[0], s.at[1]) }));
const forests = FORESTS.map((f) => ({ ...f, p: toM(f.at[0], f.at[1]) }));
const rur = RUR.map(([lon, lat]) => toM(lon, lat));
const noiseA = valueNoise(11, 420);
const noiseB = valueNoise(23, 650);
const noiseC = valueNoise(37, 260);

/** 1 at a settlement's centre, 0 at its radius, negative outside; plus a little noise. */
export function settlementField([x, y]: Pt): { s: number; raw: number; nearest: Settlement } {
  let best = -Infinity;
  let nearest = settlements[0] as (typeof settlements)[number];
  for (const st of settlements) {
    const v = 1 - Math.hypot(x - st.p[0], y - st.p[1]) / st.r;
    if (v > best) { best = v; nearest = st; }
  }
  return { s: best + 0.16 * noiseA(x, y), raw: best, nearest };
}

export function forestField([x, y]: Pt): number {
  let best = -Infinity;
  for (const f of forests) best = Math.max(best, 1 - Math.hypot(x - f.p[0], y - f.p[1]) / f.r);
  return best + 0.3 * noiseB(x, y);
}

export function distToRur([x, y]: Pt): number {
  let d = Infinity;
  for (let i = 0; i + 1 < rur.length; i++) {
    const [ax, ay] = rur[i] as Pt;
    const [bx, by] = rur[i + 1] as Pt;
    const dx = bx - ax, dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    d = Math.min(d, Math.hypot(x - ax - t * dx, y - ay - t * dy));
  }
  return d;
}

/** Rur floodplain (Rurauen) half-width at a point, metres. */
export const floodplain = ([x, y]: Pt): number => 190 + 90 * noiseC(x, y);

/** Desired seed spacing (metres): small urban blocks in the core, large fields outside. */
export function spacing(p: Pt): number {
  const { raw, nearest } = settlementField(p);
  const b = Math.max(0, Math.min(1, (raw + 0.3) / 0.55));
  const inner = nearest.town ? 92 : 102;
  const outer = forestField(p) > 0 ? 400 : 330;
  return outer + (inner - outer) * b;
}
