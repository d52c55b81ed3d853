/**
 * Verkehrs- and Wasserflächen along the sketch's lines (Rur, railways, A4, main roads, brooks):
 * bands of plausible width that no other area crosses.
 */
import type { CategoryCode } from '../../src/lib/plan/categories';
import { diff, inter, parts, area, regularPolygon, toM, unite, type MP, type Pt } from './geo';
import { SPECIALS, WIDTH } from './layout';
import type { Sketch, SketchLine } from './sketch';

/** Parts smaller than this are left to the next layer instead of becoming slivers. */
const MIN_PART = 400;
const dropTiny = (mp: MP): MP =>
  parts(mp)
    .filter((p) => area(p) >= MIN_PART)
    .flat();

export interface CorridorLayer {
  name: string | null;
  category: CategoryCode;
  geom: MP;
}

/** A segment as a band of width 2h with rounded ends, so consecutive segments join without gaps. */
function capsule([ax, ay]: Pt, [bx, by]: Pt, h: number): MP {
  const len = Math.hypot(bx - ax, by - ay) || 1;
  const a0 = Math.atan2(by - ay, bx - ax);
  const ring: Pt[] = [];
  for (let k = 0; k <= 4; k++) {
    const t = a0 - Math.PI / 2 + (k * Math.PI) / 4;
    ring.push([bx + h * Math.cos(t), by + h * Math.sin(t)]);
  }
  for (let k = 0; k <= 4; k++) {
    const t = a0 + Math.PI / 2 + (k * Math.PI) / 4;
    ring.push([ax + h * Math.cos(t), ay + h * Math.sin(t)]);
  }
  ring.push(ring[0] as Pt);
  return len > 0 ? [[ring]] : [];
}

function band(lines: SketchLine[], width: number): MP {
  const caps: MP[] = [];
  for (const l of lines)
    for (let i = 0; i + 1 < l.pts.length; i++)
      caps.push(capsule(l.pts[i] as Pt, l.pts[i + 1] as Pt, width / 2));
  return unite(caps);
}

/**
 * Verkehrs- and Wasserflächen along the sketch's lines, in priority order: the Rur (continuous),
 * the railway land, the A4 with its junctions, the main roads (one layer per street name), the
 * brooks. Every later band gives way to the earlier ones.
 */
export function carveCorridors(city: MP, sketch: Sketch): CorridorLayer[] {
  const of = (kind: SketchLine['kind']): SketchLine[] =>
    sketch.lines.filter((l) => l.kind === kind);
  const groups: { name: string | null; category: CategoryCode; geom: MP }[] = [
    {
      name: 'Rur',
      category: 'wasser',
      geom: band(
        of('fluss').filter((l) => l.name === 'Rur'),
        WIDTH.rur
      )
    },
    { name: 'Bahnanlagen', category: 'verkehr', geom: band(of('bahn'), WIDTH.bahn) },
    {
      name: 'A 4',
      category: 'verkehr',
      geom: unite([
        band(of('autobahn'), WIDTH.autobahn),
        ...sketch.points
          .filter((p) => p.kind === 'anschlussstelle')
          .map((p) => regularPolygon(toM(p.ll[0], p.ll[1]), 70, 12))
      ])
    }
  ];
  const roads = of('hauptstrasse');
  const roadNames = [...new Set(roads.map((l) => l.name ?? ''))].sort();
  // A street named like an estate (Stockheimer Landstraße) keeps the estate's name free.
  const estateNames = new Set(SPECIALS.map((sp) => sp.name));
  const roadName = (n: string): string | null =>
    !n ? null : estateNames.has(n) ? `${n} (Straßenfläche)` : n;
  for (const n of roadNames)
    groups.push({
      name: roadName(n),
      category: 'verkehr',
      geom: band(
        roads.filter((l) => (l.name ?? '') === n),
        WIDTH.hauptstrasse
      )
    });
  const brooks = of('fluss').filter((l) => l.name !== 'Rur');
  for (const n of [...new Set(brooks.map((l) => l.name ?? ''))].sort())
    groups.push({
      name: n || null,
      category: 'wasser',
      geom: band(
        brooks.filter((l) => (l.name ?? '') === n),
        WIDTH.bach
      )
    });
  const taken: MP[] = [];
  const layers: CorridorLayer[] = [];
  for (const g of groups) {
    const geom = dropTiny(diff(inter(g.geom, city), taken));
    taken.push(g.geom);
    if (geom.length) layers.push({ name: g.name, category: g.category, geom });
  }
  return layers;
}
