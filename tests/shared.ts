/**
 * The one place that knows where the real data lives: `../shared` beside the project (real
 * XPlanGML plans, the Düren OpenStreetMap tiles, the design sketch). Tests read it in place and
 * never copy it into the project. A clone without it runs everything else on the fixtures the
 * project generates itself (tests/fixtures/generate.ts); tests that need the real data are then
 * counted as skipped, with the reason in their name.
 *
 * FNP_SHARED_DIR points elsewhere, e.g. `FNP_SHARED_DIR=/nonexistent npx vitest run` to see what
 * a clean clone sees without hiding the folder from anyone else.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (this file lives in tests/). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The shared data folder: FNP_SHARED_DIR, else `../shared` beside the project. */
export const SHARED_DIR = resolve(process.env.FNP_SHARED_DIR || join(ROOT, '..', 'shared'));

/** A path inside the shared folder, e.g. `sharedPath('xplan', 'SOURCES.md')`. */
export const sharedPath = (...parts: string[]): string => join(SHARED_DIR, ...parts);

/** Whether that path exists. */
export const hasShared = (...parts: string[]): boolean => existsSync(sharedPath(...parts));

/**
 * The reason a test that needs `parts` is skipped, or '' when the data is there: meant as a
 * suffix of the test's name, so the skip is counted and explained in the report.
 */
export const skipReason = (...parts: string[]): string =>
  hasShared(...parts) ? '' : ` (skipped: ../shared/${parts.join('/')} fehlt)`;

/** The real plans used by several tests. */
export const GRASLEBEN = 'FNP_Grasleben_031545401000_Zusammenzeichnung_XPlanGML-5.1.gml';
export const TESTPLAN_60 = 'FNP_Testplan_XPlanGML-6.0.gml';
