/**
 * `npm run data:plots`: writes data/dueren-2025/plots.geojson, the model of marketable plots,
 * from the plan's own files (plan.geojson, places.geojson, innovationsquartier.geojson,
 * boundary.geojson) and the Düren stops of db-hafas-stations. Seeded, so runs are identical.
 *
 *   npm run data:plots [-- --plan data/dueren-2025]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { readStops } from './data/stops';
import { ellipsoidalArea } from '../src/lib/geo/area';
import {
  accessFor,
  placePoints,
  plotCentre,
  pointInGeometry,
  type AccessSources
} from '../src/lib/geo/access';
import { parsePlanCollection, parsePlanMeta } from '../src/lib/plan/validate';
import { parsePlanParts } from '../src/lib/plan/parts-index';
import type { PlotFeature } from '../src/lib/plan/plots';
import { parsePlots, readContact } from '../src/lib/plan/plots-read';
import { geometryBounds } from '../src/lib/geo/bounds';
import {
  Cadastre,
  estateAreas,
  PARCEL_OPTIONS,
  plotAttributes,
  withBplanLimits,
  zoningOf
} from './plots/model';
import { estateLots, parcels } from './plots/parcels';
import { writePlotsFile } from './plots/output';
import { createRng } from '../src/lib/geo/prng';

const read = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));

async function main() {
  const i = process.argv.indexOf('--plan');
  const dir = i > 0 ? process.argv[i + 1]! : 'data/dueren-2025';
  const features = parsePlanCollection(read(dir, 'plan.geojson'), 'plan.geojson');
  const contact = readContact(read(dir, 'plan.json').businessContact);
  if (!contact) throw new Error('plan.json: businessContact fehlt oder ist ungültig.');
  const iq =
    (read(dir, 'innovationsquartier.geojson') as FeatureCollection<Polygon | MultiPolygon>)
      .features[0] ?? null;
  const places = read(dir, 'places.geojson') as FeatureCollection<
    Point,
    { name: string; kind?: string }
  >;
  const boundary = (read(dir, 'boundary.geojson') as FeatureCollection<Polygon | MultiPolygon>)
    .features[0]!.geometry;
  const stops = await readStops(boundary);
  const sources: AccessSources = {
    places: placePoints(places),
    stops
  };
  const built = sources.places.filter((p) => p.kind === 'gebaeude');
  // The Bebauungspläne the plan lists (plan.json `plans`, folders beside it): a plot in one of
  // their areas takes its GRZ, GFZ and height from there.
  const bplans = parsePlanParts(parsePlanMeta(read(dir, 'plan.json'), 'plan.json')).map((ref) => ({
    ref,
    features: parsePlanCollection(
      read(join(dir, '..', ref.id), 'plan.geojson'),
      `${ref.id}/plan.geojson`
    )
  }));
  const bplanAt = (lon: number, lat: number) => {
    for (const { ref, features } of bplans) {
      const area = features.find(
        (f) => !f.properties.overlay && pointInGeometry(lon, lat, f.geometry)
      );
      if (area) return { ref, area };
    }
    return null;
  };
  const rng = createRng('fnp-dueren-plots-2025');
  const plots: PlotFeature[] = [];
  const cadastre = new Cadastre(rng);
  for (const area of estateAreas(features, iq as Feature<Polygon | MultiPolygon> | null, rng)) {
    const [, south, , north] = geometryBounds(area.geometry);
    let cells =
      area.kind === 'neu'
        ? estateLots(area.geometry, rng, PARCEL_OPTIONS.neu, ellipsoidalArea)
        : parcels(area.geometry, rng, PARCEL_OPTIONS[area.kind], ellipsoidalArea);
    // A Baulücke is one vacant plot in an otherwise built-up area.
    if (area.kind === 'baulücke') cells = cells.length > 0 ? [rng.pick(cells)] : [];
    for (const cell of cells) {
      const [lon, lat] = plotCentre(cell);
      // Plots with a building already on them (ICD, Modellfabrik) are not on the market.
      if (built.some((b) => pointInGeometry(b.lon, b.lat, cell))) continue;
      const area_m2 = Math.round(ellipsoidalArea(cell));
      if (area.kind === 'iq' && (area_m2 < 350 || area_m2 > 5500)) continue;
      const zoning = zoningOf(area.category, area.kind);
      const id = `GF-${String(plots.length + 1).padStart(4, '0')}`;
      const access = accessFor(lon, lat, sources);
      const site = {
        area_m2,
        a4_m: access.a4?.distance_m ?? null,
        north: lat > (south + north) / 2
      };
      const attributes = plotAttributes(area, zoning, site, contact, cadastre, rng);
      const inBplan = bplanAt(lon, lat);
      plots.push({
        type: 'Feature',
        geometry: cell,
        properties: {
          id,
          area_m2,
          ...(inBplan ? withBplanLimits(attributes, inBplan.area, inBplan.ref) : attributes),
          access
        }
      });
    }
  }
  const collection = { type: 'FeatureCollection', features: plots };
  parsePlots(collection); // the file the build writes must pass the viewer's own check
  writePlotsFile(join(dir, 'plots.geojson'), plots, 'build');
  const total = plots.reduce((s, p) => s + p.properties.area_m2, 0);
  const byKind = new Map<string, number>();
  for (const p of plots)
    byKind.set(p.properties.estate, (byKind.get(p.properties.estate) ?? 0) + 1);
  console.log(
    `${plots.length} Grundstücke, ${(total / 10_000).toFixed(1)} ha → ${join(dir, 'plots.geojson')}`
  );
  for (const [estate, n] of byKind) console.log(`  ${estate}: ${n}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
