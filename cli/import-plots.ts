/**
 * `npm run import-plots -- plots.csv [--out data/dueren-2025/plots.geojson] [--plan data/dueren-2025]`
 *
 * Turns a city's plot list (CSV) into plots.geojson: checked with the viewer's own validation,
 * access distances computed from the plan's places (A4, Hauptbahnhof) and the Düren stops.
 * The CSV is read in pieces and every plot written as soon as it is made (bounded memory), to a
 * temporary file renamed into place only when complete (cli/safe-output.ts): on any error
 * nothing is written, the message names line and column, and the exit code is 1. `--out` may
 * replace only a plots file written by data:plots or import-plots.
 */
import {
  accessSync,
  constants,
  createReadStream,
  readFileSync,
  statSync,
  writeSync
} from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { readStops } from './data/stops';
import { placePoints } from '../src/lib/geo/access';
import { streamPlotsFromCsv, PlotsImportError } from '../src/lib/geo/plots-csv';
import { PLOTS_GENERATORS, plotsPolicy } from './plots/output';
import { checkOutput, OutputRefused, stageOutputFile } from './safe-output';

const USAGE =
  'Aufruf: npm run import-plots -- <grundstuecke.csv> [--out data/<plan>/plots.geojson] [--plan data/<plan>]';

function readPlanFile<T>(plan: string, file: string): T {
  try {
    return JSON.parse(readFileSync(join(plan, file), 'utf8')) as T;
  } catch {
    throw new PlotsImportError(
      `Die Datei „${join(plan, file)}“ des Plans lässt sich nicht lesen (--plan angeben?).`,
      `cannot read the plan's "${join(plan, file)}".`
    );
  }
}

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
  const policy = plotsPolicy('import');
  checkOutput(out, 'file', policy); // refused before any work
  const places = readPlanFile<FeatureCollection<Point, { name: string; kind?: string }>>(
    plan,
    'places.geojson'
  );
  const boundary = readPlanFile<FeatureCollection<Polygon | MultiPolygon>>(plan, 'boundary.geojson')
    .features[0]?.geometry;
  if (!boundary)
    throw new PlotsImportError(`${join(plan, 'boundary.geojson')} enthält keine Grenze.`);
  const sources = {
    places: placePoints(places),
    stops: await readStops(boundary)
  };
  try {
    accessSync(file, constants.R_OK);
    if (!statSync(file).isFile()) throw new Error('not a file');
  } catch {
    throw new PlotsImportError(`Die Datei „${file}“ lässt sich nicht lesen.`);
  }
  // Each plot is written as soon as its row is read; the temporary file replaces `out` only
  // once every row has passed.
  const staged = stageOutputFile(out, policy);
  let count = 0;
  try {
    writeSync(
      staged.fd,
      `{"type":"FeatureCollection","generator":${JSON.stringify(PLOTS_GENERATORS.import)},"features":[\n`
    );
    const input = createReadStream(file, { highWaterMark: 1 << 20 });
    await streamPlotsFromCsv(input, sources, (p) =>
      writeSync(staged.fd, (count++ > 0 ? ',\n' : '') + JSON.stringify(p))
    );
    writeSync(staged.fd, '\n]}\n');
    staged.commit();
  } catch (e) {
    staged.abort();
    throw e;
  }
  console.log(`${count} Grundstücke → ${out}`);
}

main().catch((e: unknown) => {
  if (e instanceof PlotsImportError || e instanceof OutputRefused)
    console.error(`${e.message}${e.en ? `\n(${e.en})` : ''}\nEs wurde nichts geschrieben.`);
  else console.error(`Fehler: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
