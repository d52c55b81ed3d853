import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PLAN_ID, parsePlanMeta } from '../plan/validate';

/**
 * Build-time view of the `data/` folder: which plans exist and which files they have.
 * Used by the prerendered data routes (node only; the browser fetches their output).
 */

export const DATA_DIR = resolve('data');
const DATA_FILE = /^[a-z0-9_-]+\.(geo)?json$/i;

export interface CatalogEntry {
  id: string;
  title: string;
  municipality: string;
  model: boolean;
}

export function planIds(): string[] {
  if (!existsSync(DATA_DIR)) return [];
  return readdirSync(DATA_DIR)
    .filter((id) => PLAN_ID.test(id) && existsSync(join(DATA_DIR, id, 'plan.json')))
    .sort();
}

export function planFiles(id: string): string[] {
  const dir = join(DATA_DIR, id);
  return readdirSync(dir).filter((f) => DATA_FILE.test(f) && statSync(join(dir, f)).isFile());
}

/** Reads one data file; null for anything outside data/<plan>/ or not a data file. */
export function readPlanFile(id: string, file: string): string | null {
  if (!PLAN_ID.test(id) || !DATA_FILE.test(file)) return null;
  const path = join(DATA_DIR, id, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

export function catalog(): CatalogEntry[] {
  return planIds().map((id) => {
    const meta = parsePlanMeta(
      JSON.parse(readPlanFile(id, 'plan.json') ?? 'null'),
      `${id}/plan.json`
    );
    return { id, title: meta.title, municipality: meta.municipality, model: meta.model };
  });
}
