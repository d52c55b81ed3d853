/** English texts of parts/compare.ts (loaded on the page only when English is chosen). */
import type { de } from './compare';

export const en: Record<keyof typeof de, string> = {
  'compare.button': 'Compare 1999 | 2025',
  'compare.kind.neu_wohnen': 'New residential area',
  'compare.kind.neu_gewerbe': 'New commercial or industrial area',
  'compare.kind.neu_bau_sonstige': 'Other new building land',
  'compare.kind.ruecknahme': 'Returned to open land',
  'compare.kind.umwidmung': 'Redesignated between building categories',
  'compare.kind.sonstige': 'Other change',
  'compare.kind.unveraendert': 'Unchanged',
  'compare.changeKind': 'Kind of change since 1999'
};
