/**
 * Where the import CLI may write: checked before any work, so that `--out` never deletes or
 * replaces anything the importer did not write itself (the data root, `.`, `..`, `/`, a file,
 * a folder with other content).
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { isPlanId, PLAN_ID_RULE_DE, PLAN_ID_RULE_EN } from '../../src/lib/plan/validate';
import { IMPORT_GENERATOR } from '../../src/lib/xplan/meta';

/** The files an import writes into its folder; nothing else may be there to replace it. */
export const PLAN_FILES = ['plan.geojson', 'plan.json'];

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
function writtenByImporter(dir: string): boolean {
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

export function checkTarget(out: string, cwd = process.cwd()): TargetOk | TargetRefused {
  const target = resolve(cwd, out);
  const id = basename(target);
  const refuse = (why: string, whyEn: string): TargetRefused => ({
    ok: false,
    de: `Der Zielordner „${out}“ wird nicht verwendet: ${why}`,
    en: `Output folder "${out}" refused: ${whyEn}`
  });
  if (target === resolve('/') || resolve(cwd).startsWith(target + '/') || target === resolve(cwd))
    return refuse(
      'Er enthält das aktuelle Verzeichnis oder ist das Wurzelverzeichnis. Bitte einen neuen Ordner für den Plan angeben, z. B. data/mein-plan.',
      'it contains the current directory or is the root. Give a new folder, e.g. data/my-plan.'
    );
  if (!isPlanId(id))
    return refuse(
      `Der Ordnername „${id}“ ist als Plan-Kennung nicht geeignet (${PLAN_ID_RULE_DE}).`,
      `folder name "${id}" is not a valid plan id (${PLAN_ID_RULE_EN}).`
    );
  let stat;
  try {
    stat = lstatSync(target);
  } catch {
    return { ok: true, target, id, replaces: false };
  }
  if (stat.isSymbolicLink())
    return refuse(
      'Er ist eine symbolische Verknüpfung. Bitte einen neuen Ordner angeben.',
      'it is a symbolic link.'
    );
  if (!stat.isDirectory())
    return refuse(
      'Unter diesem Namen gibt es schon eine Datei. Bitte einen neuen Ordner angeben.',
      'a file of that name exists.'
    );
  const entries = readdirSync(target);
  if (entries.length === 0) return { ok: true, target, id, replaces: false };
  const foreign = entries.filter((e) => !PLAN_FILES.includes(e));
  if (foreign.length > 0 || !writtenByImporter(target)) {
    const shown = (foreign.length > 0 ? foreign : entries).slice(0, 3).join(', ');
    return refuse(
      `Er enthält schon anderes (${shown}${entries.length > 3 ? ', …' : ''}) und keinen mit „npm run import“ geschriebenen Plan. Überschrieben wird nur ein Ordner, den dieser Import selbst angelegt hat; bitte einen neuen Ordner angeben, z. B. data/mein-plan.`,
      `it already holds other content (${shown}) and no plan written by "npm run import". Only a folder written by this importer is replaced.`
    );
  }
  return { ok: true, target, id, replaces: true };
}
