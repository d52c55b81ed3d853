/**
 * The texts the workers can show: the core texts and the parts the core (plan/, geo/, xplan/,
 * worker/) speaks with – loading, hostile input, regions, data checks, the overview, archives.
 * The parts of the page's features (finder, nearby, comparison, presentation, basemap) stay out:
 * in worker builds, `vite.config.ts` hands this table to `i18n/index.ts` instead of the full
 * `de.ts`/`en.ts` (the plan worker loads with the first map; see docs/loading.md).
 * `tests/unit/worker-texts.test.ts` checks that every key the core names is here.
 */
import * as core from './parts/core';
import * as loading from './parts/loading';
import * as hostile from './parts/hostile';
import * as region from './parts/region';
import * as data from './parts/data';
import * as overview from './parts/overview';
import * as archive from './parts/archive';

const PARTS = [loading, hostile, region, data, overview, archive, core];

export const de: Record<string, string> = Object.assign({}, ...PARTS.map((p) => p.de));
export const en: Record<string, string> = Object.assign({}, ...PARTS.map((p) => p.en));
