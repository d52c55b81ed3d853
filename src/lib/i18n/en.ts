import type { MessageKey } from './de';
import { en as basemap } from './parts/basemap';
import { en as nearby } from './parts/nearby';
import { en as plots } from './parts/plots';
import { en as compare } from './parts/compare';
import { en as present } from './parts/present';
import { en as loading } from './parts/loading';
import { en as hostile } from './parts/hostile';
import { en as region } from './parts/region';
import { en as data } from './parts/data';
import { en as overview } from './parts/overview';
import { en as archive } from './parts/archive';
import { en as core } from './parts/core';

/** Every English text (second language), the same parts as de.ts. */
export const en: Record<MessageKey, string> = {
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
};
