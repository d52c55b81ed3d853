/**
 * Where the import CLI may write: checked before any work, so that `--out` never deletes or
 * replaces anything the importer did not write itself (the data root, `.`, `..`, `/`, a file,
 * a folder with other content).
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { isPlanId, PLAN_ID_RULE_DE, PLAN_ID_RULE_EN } from '../../src/lib/plan/validate';
import { IMPORT_GENERATOR } from '../../src/lib/xplan/meta';
import { checkOutput, hasGenerator, OutputRefused, type OutputPolicy } from '../safe-output';

/**
 * The files an import writes into its folder (lines of a BPlan, its Geltungsbereich with
 * --part-of, raster plans and documents of an XPlanArchiv); nothing else may be there to replace it.
 */
export const PLAN_FILES = [
  'plan.geojson',
  'plan.json',
  'lines.geojson',
  'boundary.geojson',
  'raster',
  'anlagen'
];

export interface TargetOk {
  ok: true;
  target: string;
  id: string;
  /** The folder exists and holds an earlier import (it will be replaced). */
  replaces: boolean;
}
export interface TargetRefused {
  ok: false;
  de: string;
  en: string;
}

/** True if plan.json in `dir` was written by this importer. */
export function writtenByImporter(dir: string): boolean {
  try {
    const meta = JSON.parse(readFileSync(resolve(dir, 'plan.json'), 'utf8')) as unknown;
    return (
      typeof meta === 'object' &&
      meta !== null &&
      (meta as { generator?: unknown }).generator === IMPORT_GENERATOR
    );
  } catch {
    return false;
  }
}

/** The importer's own earlier output: only plan files, and plan.json names this importer. */
export function importedPlanFolder(dir: string): boolean {
  try {
    return readdirSync(dir).every((e) => PLAN_FILES.includes(e)) && writtenByImporter(dir);
  } catch {
    return false;
  }
}

/** What `npm run import` may write and replace (see cli/safe-output.ts). */
export const IMPORT_POLICY: OutputPolicy = {
  tool: 'npm run import',
  ours: (dir) =>
    lstatSync(dir).isDirectory() && (readdirSync(dir).length === 0 || importedPlanFolder(dir))
};

/** The report (`--report`) carries this generator; only such a file is replaced. */
export const REPORT_GENERATOR = 'FNP-Viewer import report';

export const REPORT_POLICY: OutputPolicy = {
  tool: 'npm run import --report',
  ours: (file) => hasGenerator(file, [REPORT_GENERATOR])
};

export function checkTarget(out: string, cwd = process.cwd()): TargetOk | TargetRefused {
  const target = resolve(cwd, out);
  const id = basename(target);
  const refuse = (why: string, whyEn: string): TargetRefused => ({
    ok: false,
    de: `Der Zielordner „${out}“ wird nicht verwendet: ${why}`,
    en: `Output folder "${out}" refused: ${whyEn}`
  });
  // Protected places first (root, project, current folder, shipped plan, a file), then the
  // plan id, then a folder with someone else's content.
  let foreignFolder = false;
  try {
    checkOutput(out, 'folder', { ...IMPORT_POLICY, cwd });
  } catch (e) {
    if (!(e instanceof OutputRefused)) throw e;
    if (e.reason !== 'foreign') return { ok: false, de: e.de, en: e.en };
    foreignFolder = true;
  }
  if (!isPlanId(id))
    return refuse(
      `Der Ordnername „${id}“ ist als Plan-Kennung nicht geeignet (${PLAN_ID_RULE_DE}).`,
      `folder name "${id}" is not a valid plan id (${PLAN_ID_RULE_EN}).`
    );
  if (foreignFolder) {
    const entries = readdirSync(target);
    const foreign = entries.filter((e) => !PLAN_FILES.includes(e));
    const shown = (foreign.length > 0 ? foreign : entries).slice(0, 3).join(', ');
    return refuse(
      `Er enthält schon anderes (${shown}${entries.length > 3 ? ', …' : ''}) und keinen mit „npm run import“ geschriebenen Plan. Überschrieben wird nur ein Ordner, den dieser Import selbst angelegt hat; bitte einen neuen Ordner angeben, z. B. data/mein-plan.`,
      `it already holds other content (${shown}) and no plan written by "npm run import". Only a folder written by this importer is replaced.`
    );
  }
  return { ok: true, target, id, replaces: existsSync(target) };
}
