import type { MessageKey } from './de';
import { en as basemap } from './parts/basemap.en';
import { en as nearby } from './parts/nearby.en';
import { en as plots } from './parts/plots.en';
import { en as compare } from './parts/compare.en';
import { en as present } from './parts/present.en';
import { en as loading } from './parts/loading.en';
import { en as hostile } from './parts/hostile.en';
import { en as region } from './parts/region.en';
import { en as data } from './parts/data.en';
import { en as overview } from './parts/overview.en';
import { en as archive } from './parts/archive.en';
import { en as core } from './parts/core.en';
import { en as plotsMode } from './parts/plots-mode.en';
import { en as compareMode } from './parts/compare-mode.en';
import { en as presentMode } from './parts/present-mode.en';
import { en as nearbyAnswer } from './parts/nearby-answer.en';

/** Every English text (second language): every part, including those that load later in German. */
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
  ...core,
  ...plotsMode,
  ...compareMode,
  ...presentMode,
  ...nearbyAnswer
};
