/**
 * The texts the workers can show: the parts the core (plan/, geo/, xplan/, worker/) speaks
 * with – loading (with the load errors), hostile input, regions, data checks, the overview,
 * archives. The page's own texts (parts/core.ts) and its features' parts (finder, nearby,
 * comparison, presentation, basemap) stay out:
 * in worker builds, `vite.config.ts` hands this table to `i18n/index.ts` instead of the full
 * `de.ts`/`en.ts` (the plan worker loads with the first map; see docs/loading.md).
 * `tests/unit/worker-texts.test.ts` checks that every key the core names is here.
 */
import { de as loadingDe } from './parts/loading';
import { en as loadingEn } from './parts/loading.en';
import { de as hostileDe } from './parts/hostile';
import { en as hostileEn } from './parts/hostile.en';
import { de as regionDe } from './parts/region';
import { en as regionEn } from './parts/region.en';
import { de as dataDe } from './parts/data';
import { en as dataEn } from './parts/data.en';
import { de as overviewDe } from './parts/overview';
import { en as overviewEn } from './parts/overview.en';
import { de as archiveDe } from './parts/archive';
import { en as archiveEn } from './parts/archive.en';

export const de: Record<string, string> = {
  ...loadingDe,
  ...hostileDe,
  ...regionDe,
  ...dataDe,
  ...overviewDe,
  ...archiveDe
};
export const en: Record<string, string> = {
  ...loadingEn,
  ...hostileEn,
  ...regionEn,
  ...dataEn,
  ...overviewEn,
  ...archiveEn
};

/** Workers answer in both languages at once: English is part of their table from the start. */
export const bundledEn: Record<string, string> | null = en;
