import { de as basemap } from './parts/basemap';
import { de as nearby } from './parts/nearby';
import { de as plots } from './parts/plots';
import { de as compare } from './parts/compare';
import { de as present } from './parts/present';
import { de as loading } from './parts/loading';
import { de as hostile } from './parts/hostile';
import { de as region } from './parts/region';
import { de as data } from './parts/data';
import { de as overview } from './parts/overview';
import { de as archive } from './parts/archive';
import { de as core } from './parts/core';
import type { de as plotsMode } from './parts/plots-mode';
import type { de as compareMode } from './parts/compare-mode';
import type { de as presentMode } from './parts/present-mode';
import type { de as nearbyAnswer } from './parts/nearby-answer';

/**
 * The German texts of the first page (default language): the page's own texts (parts/core.ts)
 * and the part of each feature shown before it is opened. The texts of the plot finder, the
 * comparison, the presentation and the answer for a place load with them (parts/*-mode.ts,
 * parts/nearby-answer.ts add themselves, `addTexts`). Keys are shared with en.ts, which has
 * every part. Workers get only i18n/worker-texts.ts.
 */
export const de = {
  ...basemap,
  ...nearby,
  ...plots,
  ...compare,
  ...present,
  ...loading,
  ...hostile,
  ...region,
  ...data,
  ...overview,
  ...archive,
  ...core
} as const;

/** Every text key: the first page's and those that load with their feature. */
export type MessageKey =
  | keyof typeof de
  | keyof typeof plotsMode
  | keyof typeof compareMode
  | keyof typeof presentMode
  | keyof typeof nearbyAnswer;

/**
 * The English table when it comes with this build: on the page it does not (i18n/en.ts loads
 * when English is chosen, `loadLanguage`); the workers' table (worker-texts.ts) has it.
 */
export const bundledEn: Record<MessageKey, string> | null = null;
