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

/**
 * Every German text (default language): the page's own texts (parts/core.ts) and each feature's
 * part. Keys are shared with en.ts, which must match. Workers get only i18n/worker-texts.ts.
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

export type MessageKey = keyof typeof de;
