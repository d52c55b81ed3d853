/**
 * `npm run import-plots -- plots.csv [--out data/dueren-2025/plots.geojson] [--plan data/dueren-2025]`
 *
 * Turns a city's plot list (CSV) into plots.geojson: checked with the viewer's own validation,
 * access distances computed from the plan's places (A4, Hauptbahnhof) and the Düren stops.
 * On any error nothing is written, the message names line and column, and the exit code is 1.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { readStops } from './data/stops';
import { plotsFromCsv, PlotsImportError } from './plots/csv-import';

const USAGE =
  'Aufruf: npm run import-plots -- <grundstuecke.csv> [--out data/<plan>/plots.geojson] [--plan data/<plan>]';

async function main() {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const v = args[i + 1];
    if (v === undefined) throw new PlotsImportError(`Nach ${name} fehlt ein Wert.`);
    args.splice(i, 2);
    return v;
  };
  const plan = opt('--plan') ?? 'data/dueren-2025';
  const out = opt('--out') ?? join(plan, 'plots.geojson');
  const file = args[0];
  if (!file || file.startsWith('-')) throw new PlotsImportError(USAGE);
  const read = (f: string) => JSON.parse(readFileSync(join(plan, f), 'utf8'));
  const places = read('places.geojson') as FeatureCollection<
    Point,
    { name: string; kind?: string }
  >;
  const boundary = (read('boundary.geojson') as FeatureCollection<Polygon | MultiPolygon>)
    .features[0]!.geometry;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new PlotsImportError(`Die Datei „${file}“ lässt sich nicht lesen.`);
  }
  const plots = plotsFromCsv(text, {
    places: places.features.map((f) => ({
      name: f.properties.name,
      kind: f.properties.kind ?? '',
      lon: f.geometry.coordinates[0]!,
      lat: f.geometry.coordinates[1]!
    })),
    stops: await readStops(boundary)
  });
  const body =
    '{"type":"FeatureCollection","features":[\n' +
    plots.map((p) => JSON.stringify(p)).join(',\n') +
    '\n]}\n';
  // Written beside the target and renamed: a failed run never leaves half a file.
  writeFileSync(`${out}.tmp`, body);
  renameSync(`${out}.tmp`, out);
  console.log(`${plots.length} Grundstücke → ${out}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof PlotsImportError ? e.message : `Fehler: ${String(e)}`);
  process.exit(1);
});
