/**
 * Flächenbilanz on the command line.
 *
 *   npm run stats -- [--plan data/dueren-2025] [--region region.geojson] [--json]
 *
 * --plan    plan directory (with plan.geojson) or a plan .geojson file; default data/dueren-2025
 * --region  GeoJSON Polygon/MultiPolygon geometry, Feature or FeatureCollection (union of its
 *           polygons) in WGS84; default: the whole plan
 * --json    {"total_ha": n, "categories": {"<category>": {"ha": n, "count": n}, …}}
 *           (ha rounded to 6 decimals; only categories with count > 0, in table order)
 *
 * Overlays are never counted. Exit codes: 0 ok, 1 unusable plan or region file, 2 bad usage.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PlanIndex, fullFilter, type Balance } from '../src/lib/geo/engine';
import { RegionError, regionFromGeoJSON, type RegionGeometry } from '../src/lib/geo/region';
import { CATEGORIES } from '../src/lib/plan/categories';
import { PlanDataError } from '../src/lib/plan/validate';
import { readPlanFeatures } from '../src/lib/geo/measure';
import { formatHa, formatNumber, formatPercent } from '../src/lib/i18n/format';

class CliError extends Error {
  constructor(
    message: string,
    readonly code = 1
  ) {
    super(message);
  }
}

const USAGE =
  'Aufruf: npm run stats -- [--plan data/dueren-2025] [--region region.geojson] [--json]';

interface Args {
  plan: string;
  region: string | null;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { plan: 'data/dueren-2025', region: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--'))
        throw new CliError(`Fehler: Option ${a} braucht einen Wert.\n${USAGE}`, 2);
      return v;
    };
    if (a === '--plan') args.plan = value();
    else if (a === '--region') args.region = value();
    else if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else throw new CliError(`Fehler: unbekannte Option „${a}“.\n${USAGE}`, 2);
  }
  return args;
}

/** Reads and parses a JSON file; German errors name the file and the problem. */
function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'Datei nicht gefunden'
        : code === 'EISDIR'
          ? 'ist ein Verzeichnis, keine Datei'
          : code === 'EACCES'
            ? 'keine Leseberechtigung'
            : String((e as Error).message);
    throw new CliError(`Fehler: ${what} „${file}“ kann nicht gelesen werden: ${why}.`);
  }
  try {
    // Windows tools write a UTF-8 byte order mark; JSON.parse does not accept one.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (e) {
    throw new CliError(`Fehler: ${what} „${file}“ ist kein gültiges JSON: ${(e as Error).message}`);
  }
}

function planFile(plan: string): string {
  try {
    if (statSync(plan).isDirectory()) return join(plan, 'plan.geojson');
  } catch {
    // not there: reported when reading
  }
  return plan;
}

function planTitle(plan: string): string | null {
  try {
    if (!statSync(plan).isDirectory()) return null;
    const meta = JSON.parse(readFileSync(join(plan, 'plan.json'), 'utf8')) as { title?: unknown };
    return typeof meta.title === 'string' ? meta.title : null;
  } catch {
    return null;
  }
}

function toJson(balance: Balance): string {
  const round = (m2: number) => Math.round((m2 / 10_000) * 1e6) / 1e6;
  const categories: Record<string, { ha: number; count: number }> = {};
  for (const c of balance.categories)
    categories[c.category] = { ha: round(c.area_m2), count: c.count };
  return JSON.stringify({ total_ha: round(balance.total.area_m2), categories }, null, 2);
}

function toTable(balance: Balance, heading: string[]): string {
  const rows: string[][] = [['Kategorie', 'Fläche', 'Anteil', 'Anzahl']];
  for (const c of balance.categories) {
    const label = CATEGORIES.find((k) => k.code === c.category)?.label.de ?? c.category;
    rows.push([
      label,
      formatHa(c.area_m2, 'de'),
      formatPercent(c.share, 'de'),
      formatNumber(c.count, 'de')
    ]);
  }
  const total = balance.total;
  rows.push([
    'Summe',
    formatHa(total.area_m2, 'de'),
    formatPercent(total.area_m2 > 0 ? 1 : 0, 'de'),
    formatNumber(total.count, 'de')
  ]);
  const widths = [0, 1, 2, 3].map((k) => Math.max(...rows.map((r) => (r[k] as string).length)));
  const line = (r: string[]) =>
    r
      .map((cell, k) =>
        k === 0 ? cell.padEnd(widths[k] as number) : cell.padStart(widths[k] as number)
      )
      .join('   ');
  const rule = '─'.repeat(widths.reduce((a, b) => a + b, 0) + 9);
  const body = rows.map(line);
  return [...heading, '', body[0], rule, ...body.slice(1, -1), rule, body[body.length - 1]].join(
    '\n'
  );
}

function main(argv: string[]): void {
  const args = parseArgs(argv);
  const file = planFile(args.plan);
  let features;
  try {
    features = readPlanFeatures(readJson(file, 'Plandatei'), file);
  } catch (e) {
    if (e instanceof PlanDataError) throw new CliError(`Fehler in der Plandatei: ${e.message}`);
    throw e;
  }
  let region: RegionGeometry | null = null;
  if (args.region !== null) {
    const json = readJson(args.region, 'Gebietsdatei');
    try {
      region = regionFromGeoJSON(json);
    } catch (e) {
      if (e instanceof RegionError)
        throw new CliError(`Fehler: Gebietsdatei „${args.region}“ ist ungültig: ${e.message}`);
      throw e;
    }
  }
  const index = new PlanIndex(features);
  let balance: Balance;
  try {
    balance = index.balance(region, fullFilter());
  } catch (e) {
    if (e instanceof RegionError)
      throw new CliError(`Fehler: Gebietsdatei „${args.region}“ ist ungültig: ${e.message}`);
    throw e;
  }
  if (args.json) {
    process.stdout.write(`${toJson(balance)}\n`);
    return;
  }
  const title = planTitle(args.plan);
  const heading = [`Flächenbilanz${title ? ` – ${title}` : ''}`];
  heading.push(
    region === null
      ? `Gebiet: gesamter Plan (${formatNumber(features.length, 'de')} Flächen)`
      : `Gebiet: ${args.region} (${formatHa(balance.region_m2 ?? 0, 'de')})`
  );
  heading.push('Flächen ellipsoidisch (WGS84) berechnet; Überlagerungen nicht gezählt.');
  process.stdout.write(`${toTable(balance, heading)}\n`);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  if (e instanceof CliError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(e.code);
  }
  throw e;
}
