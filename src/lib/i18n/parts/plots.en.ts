/** English texts of parts/plots.ts (loaded on the page only when English is chosen). */
import type { de } from './plots';

export const en: Record<keyof typeof de, string> = {
  'plots.open': 'Find business sites'
};
