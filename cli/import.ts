/**
 * Import a land-use plan (XPlanGML 5.0–6.x or GeoJSON) into data/<plan-id>/.
 *
 *   npm run import -- <file.gml|file.geojson|archiv.zip> --out data/<plan-id> [--name "…"] [--part-of <fnp-id>] [--report r.json] [--quiet]
 *
 * Writes plan.geojson (plan feature schema, WGS84) and plan.json (PlanMeta with counts and the
 * validation summary). All or nothing: the files are written into a temporary folder beside the
 * target, which then replaces the target by renames; on any error nothing is written and the
 * exit code is non-zero. `--out` must be a new folder or one written by this importer (checked
 * before any work, see import/target.ts), and every plan written passes the viewer's own
 * validation (src/lib/plan/validate.ts). With `--part-of <fnp-id>` a Bebauungsplan is also
 * listed in the plan.json of the imported FNP beside it (`plans`; see import/part-of.ts) and its
 * Geltungsbereich written as boundary.geojson.
 */
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  writeSync,
  writeFileSync
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  importPlanCompact,
  ImportError,
  overlapBudgetNote,
  registerDhdnGrid,
  type ByteSource,
  type CompactImport,
  type ImportReport
} from '../src/lib/xplan/index';
import type { PlanFeature, PlanMeta } from '../src/lib/plan/types';
import { readArchiveEntry, type ArchiveEntry } from '../src/lib/xplan/archive';
import { withSchablone } from '../src/lib/xplan/nutzungsschablone';
import {
  ATTACHMENT_FILE,
  parsePlanCollection,
  parsePlanMeta,
  PlanDataError
} from '../src/lib/plan/validate';
import { encodePng } from './import/png';
import {
  boundaryCollection,
  checkPartOf,
  linkedMeta,
  LINK_POLICY,
  partEntry
} from './import/part-of';
import { checkTarget, IMPORT_POLICY, REPORT_GENERATOR, REPORT_POLICY } from './import/target';
import {
  checkOutput,
  OutputRefused,
  outputErrorText,
  stageOutputFolder,
  writeOutputFile,
  type StagedFolder
} from './safe-output';

/** The BeTA2007 grid shipped with the viewer: DHDN (Gauß-Krüger) plans are transformed with it. */
const DHDN_GRID = join(dirname(fileURLToPath(import.meta.url)), '../static/grids/BETA2007.gsb');

function loadDhdnGrid(): void {
  const bytes = readFileSync(DHDN_GRID);
  registerDhdnGrid(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

const USAGE =
  'Aufruf: npm run import -- <datei.gml|datei.geojson|archiv.zip> --out data/<plan-id> [--name "Titel"] [--part-of <fnp-plan-id>] [--report bericht.json] [--quiet]';

interface Args {
  file: string;
  out: string;
  name?: string;
  report?: string;
  /** The FNP (a plan folder beside --out) whose plan.json lists the imported Bebauungsplan. */
  partOf?: string;
  quiet: boolean;
}

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let out: string | undefined;
  let name: string | undefined;
  let report: string | undefined;
  let partOf: string | undefined;
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`Nach ${a} fehlt ein Wert.`);
      return v as string;
    };
    if (a === '--out' || a === '-o') out = value();
    else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--name') name = value();
    else if (a.startsWith('--name=')) name = a.slice(7);
    else if (a === '--report') report = value();
    else if (a.startsWith('--report=')) report = a.slice(9);
    else if (a === '--part-of') partOf = value();
    else if (a.startsWith('--part-of=')) partOf = a.slice(10);
    else if (a === '--quiet' || a === '-q') quiet = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else if (a.startsWith('-')) usage(`Unbekannte Option „${a}“.`);
    else if (file === undefined) file = a;
    else usage(`Nur eine Eingabedatei möglich (zusätzlich: „${a}“).`);
  }
  if (!file) usage('Die Eingabedatei fehlt.');
  if (!out) usage('Der Zielordner (--out data/<plan-id>) fehlt.');
  return { file: file as string, out: out as string, name, report, partOf, quiet };
}

function usage(msg: string): never {
  process.stderr.write(`Fehler: ${msg}\n${USAGE}\n`);
  process.exit(2);
}

function fail(msg: string, msgEn?: string): never {
  process.stderr.write(
    `Fehler: ${msg}\n${msgEn ? `(${msgEn})\n` : ''}Es wurde nichts geschrieben.\n`
  );
  process.exit(1);
}

function progressReporter(bytes: number, quiet: boolean): ((f: number) => void) | undefined {
  if (quiet) return undefined;
  const tty = process.stderr.isTTY === true;
  if (!tty && bytes < 5_000_000) return undefined;
  let last = -1;
  return (f: number) => {
    const pct = Math.floor(f * 100);
    if (tty) {
      if (pct !== last) process.stderr.write(`\rImport: ${pct} %   ${pct === 100 ? '\n' : ''}`);
    } else {
      const step = Math.floor(pct / 25) * 25;
      if (step !== last && step > 0) process.stderr.write(`Import: ${step} %\n`);
      last = step;
      return;
    }
    last = pct;
  };
}

/** The input file read in 1 MiB pieces from disk: the whole file is never in memory. */
function fileSource(file: string): ByteSource {
  const byteLength = statSync(file).size;
  const fd = openSync(file, 'r');
  const head = new Uint8Array(Math.min(4096, byteLength));
  readSync(fd, head, 0, head.byteLength, 0);
  closeSync(fd);
  return {
    byteLength,
    head,
    *chunks() {
      const fd = openSync(file, 'r');
      try {
        const buf = new Uint8Array(1 << 20);
        for (let n; (n = readSync(fd, buf, 0, buf.byteLength, null)) > 0;) yield buf.subarray(0, n);
      } finally {
        closeSync(fd);
      }
    }
  };
}

/**
 * plan.geojson: one feature per line, properties before geometry; BPlan areas with their
 * Nutzungsschablone label (`schablone`, the same as the browser's for an opened file). Features are made as GeoJSON
 * and checked with the viewer's own validation (src/lib/plan/validate.ts) 1,000 at a time, so
 * that the whole plan is never held as nested arrays or as one string.
 */
function writePlanGeoJson(file: string, plan: CompactImport, source: string): void {
  const fd = openSync(file, 'w');
  const seen = new Set<string>();
  try {
    writeSync(fd, '{"type":"FeatureCollection","features":[\n');
    for (let start = 0; start < plan.count; start += 1000) {
      const batch: PlanFeature[] = [];
      for (let i = start; i < Math.min(plan.count, start + 1000); i++) batch.push(plan.feature(i));
      parsePlanCollection({ type: 'FeatureCollection', features: batch }, source, seen);
      const text = batch.map(
        (f, k) =>
          (start + k > 0 ? ',\n' : '') +
          JSON.stringify({
            type: 'Feature',
            properties: withSchablone(f).properties,
            geometry: f.geometry
          })
      );
      writeSync(fd, text.join(''));
    }
    writeSync(fd, '\n]}\n');
  } finally {
    closeSync(fd);
  }
}

/** A file name from an archive, reduced to safe characters and unique among `used`. */
function safeName(path: string, used: Set<string>): string {
  let name = basename(path.replace(/\\/g, '/'))
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^\.+/, '_');
  while (used.has(name)) name = `_${name}`;
  used.add(name);
  return name;
}

/**
 * The raster plans of an XPlanArchiv (georeferenced, see meta.rasters) as files beside
 * plan.json: raster/<name>, the name reduced to safe characters (it comes from the archive); a
 * GeoTIFF as PNG (MapLibre cannot show TIFF): raster/<name>.png.
 */
function writeRasters(dir: string, plan: CompactImport, meta: PlanMeta): void {
  if (!Array.isArray(meta.rasters)) return;
  const used = new Set<string>();
  for (const r of meta.rasters as { referenzURL: string; file?: string }[]) {
    const pixels = plan.rasterPixels?.get(r.referenzURL);
    const image = pixels
      ? encodePng(pixels.width, pixels.height, pixels.rgba)
      : plan.rasterImages?.get(r.referenzURL);
    if (!image) continue;
    const name = safeName(
      pixels ? r.referenzURL.replace(/\.tiff?$/i, '') + '.png' : r.referenzURL,
      used
    );
    mkdirSync(join(dir, 'raster'), { recursive: true });
    writeFileSync(join(dir, 'raster', name), image);
    r.file = `raster/${name}`;
  }
}

/**
 * The documents of an XPlanArchiv (Begründung, Umweltbericht … as PDF, text or office files)
 * beside plan.json: anlagen/<name>, the name reduced to safe characters; plan.json's
 * `archive.attachments[].file` names them. Other entries stay listed only.
 */
function writeAttachments(dir: string, zip: Uint8Array, meta: PlanMeta): void {
  const archive = meta.archive as { attachments?: ArchiveEntry[] } | undefined;
  if (!Array.isArray(archive?.attachments)) return;
  const used = new Set<string>();
  for (const a of archive.attachments as (ArchiveEntry & { file?: string })[]) {
    if (a.kind !== 'document') continue;
    const name = safeName(a.name, used);
    if (!ATTACHMENT_FILE.test(name)) continue;
    const bytes = readArchiveEntry(zip, a.name);
    if (!bytes) continue;
    mkdirSync(join(dir, 'anlagen'), { recursive: true });
    writeFileSync(join(dir, 'anlagen', name), bytes);
    a.file = `anlagen/${name}`;
  }
}

function summary(report: ImportReport, meta: PlanMeta, target: string): string {
  const ha = (v: number) =>
    v.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const lines = [
    `${meta.title} (${report.format}${report.version ? ' ' + report.version : ''}, ${report.sourceCrs ?? 'ohne KBS'}) → ${target}`,
    `  ${report.features} Flächen, davon ${report.overlays} Überlagerungen; ${report.lines} Baugrenzen und Baulinien; ${report.skippedTotal} Punkt-, Linien- und sonstige Objekte übersprungen`,
    `  Gelesen in ${Math.round(report.parseMs)} ms (${(report.bytes / 1e6 / (report.parseMs / 1000)).toFixed(1)} MB/s), gesamt ${Math.round(report.totalMs)} ms`
  ];
  for (const [cls, c] of Object.entries(report.byClass).sort(([a], [b]) => a.localeCompare(b)))
    lines.push(
      `    ${cls.padEnd(46)} ${String(c.features).padStart(5)}  ${ha(c.areaHa).padStart(12)} ha${c.overlays ? `  (${c.overlays} Überlagerung)` : ''}`
    );
  const t = report.topology;
  lines.push(
    `  Flächenschluss: ${t.overlaps.length} Überlappungen (${ha(t.overlapHa)} ha), ${t.gaps.length} Lücken (${ha(t.gapHa)} ha, bezogen auf ${t.extent === 'geltungsbereich' ? 'den Geltungsbereich' : 'die Vereinigung aller Flächen'})`
  );
  const counts = Object.entries(report.problemCounts).map(([k, v]) => `${k} ${v}`);
  if (counts.length) lines.push(`  Geometriehinweise: ${counts.join(', ')}`);
  for (const n of report.notes) lines.push(`  Hinweis: ${n.de}`);
  return lines.join('\n') + '\n';
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const file = resolve(args.file);
  const checked = checkTarget(args.out);
  if (!checked.ok) fail(checked.de, checked.en);
  const { target, id } = checked;
  // The FNP to list the plan in is checked before the import runs, too.
  const fnp = args.partOf === undefined ? null : checkPartOf(args.partOf, target);
  if (fnp && !('file' in fnp)) fail(fnp.de, fnp.en);
  // A refused --report is known before the import runs.
  if (args.report)
    try {
      checkOutput(args.report, 'file', REPORT_POLICY);
    } catch (e) {
      if (e instanceof OutputRefused) fail(e.de, e.en);
      throw e;
    }
  let source: ByteSource;
  try {
    source = fileSource(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      fail(`Die Datei „${args.file}“ gibt es nicht.`, `File "${args.file}" does not exist.`);
    fail(
      `Die Datei „${args.file}“ lässt sich nicht lesen (${code ?? String(e)}).`,
      `Cannot read "${args.file}".`
    );
  }
  let result: CompactImport;
  try {
    loadDhdnGrid();
    result = importPlanCompact(
      source,
      basename(file),
      progressReporter(source.byteLength, args.quiet),
      { id, name: args.name }
    );
  } catch (e) {
    if (process.stderr.isTTY) process.stderr.write('\n');
    if (e instanceof ImportError) fail(e.message, e.messageEn);
    fail(
      `Unerwarteter Fehler beim Import von „${args.file}“: ${e instanceof Error ? e.message : String(e)}`
    );
  }
  const { meta, report } = result;
  if (result.lines.length > 0) meta.layers = { ...meta.layers, lines: 'lines.geojson' };
  let linked: PlanMeta | null = null;
  if (fnp && 'file' in fnp) {
    const entry = partEntry(result, basename(file));
    if (!('id' in entry)) fail(entry.de, entry.en);
    linked = linkedMeta(fnp.meta, entry);
    if (result.geltungsbereich) meta.layers = { ...meta.layers, boundary: 'boundary.geojson' };
  }
  try {
    // The viewer's own checks of plan.json; plan.geojson is checked while it is written.
    parsePlanMeta(meta, 'plan.json');
  } catch (e) {
    if (e instanceof PlanDataError)
      fail(`Das Ergebnis würde vom Viewer abgelehnt: ${e.message}`, e.message);
    throw e;
  }
  let staged: StagedFolder | null = null;
  try {
    staged = stageOutputFolder(target, IMPORT_POLICY);
    writePlanGeoJson(join(staged.dir, 'plan.geojson'), result, basename(file));
    writeRasters(staged.dir, result, meta);
    if (meta.archive) writeAttachments(staged.dir, new Uint8Array(readFileSync(file)), meta);
    writeFileSync(join(staged.dir, 'plan.json'), JSON.stringify(meta, null, 2) + '\n');
    if (result.lines.length > 0)
      writeFileSync(
        join(staged.dir, 'lines.geojson'),
        JSON.stringify({ type: 'FeatureCollection', features: result.lines }) + '\n'
      );
    if (linked && result.geltungsbereich)
      writeFileSync(
        join(staged.dir, 'boundary.geojson'),
        boundaryCollection(result.geltungsbereich, meta)
      );
    if (args.report)
      writeOutputFile(
        args.report,
        JSON.stringify({ generator: REPORT_GENERATOR, ...report }, null, 1) + '\n',
        REPORT_POLICY
      );
    staged.commit();
    staged = null;
  } catch (e) {
    staged?.abort();
    if (e instanceof OutputRefused) fail(e.de, e.en);
    // The viewer's own validation refused a feature: nothing is written (tmp is gone).
    if (e instanceof PlanDataError)
      fail(`Das Ergebnis würde vom Viewer abgelehnt: ${e.message}`, e.message);
    fail(
      `Das Ergebnis für „${args.file}“ lässt sich nicht nach „${args.out}“ schreiben: ${e instanceof Error ? e.message : String(e)}`
    );
  }
  if (linked && fnp && 'file' in fnp)
    try {
      writeOutputFile(fnp.file, JSON.stringify(linked, null, 2) + '\n', LINK_POLICY);
    } catch (e) {
      process.stderr.write(
        `Fehler: Der Bebauungsplan steht in „${args.out}“, wurde aber nicht in „${args.partOf}“ eingetragen: ${outputErrorText(e)}\n`
      );
      process.exit(1);
    }
  // An incomplete overlap check is said even with --quiet.
  const budget = overlapBudgetNote(report.topology);
  if (budget) process.stderr.write(`Warnung: ${budget.de}\n(${budget.en})\n`);
  if (!args.quiet) {
    process.stdout.write(summary(report, meta, args.out));
    if (args.partOf)
      process.stdout.write(`  Eingetragen in „${args.partOf}“ (plan.json, „plans“).\n`);
  }
}

main();
