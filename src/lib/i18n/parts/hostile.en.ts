/** English texts of parts/hostile.ts (loaded on the page only when English is chosen). */
import type { de } from './hostile';

export const en: Record<keyof typeof de, string> = {
  'hostile.cancel': 'Cancel',
  'hostile.cancelled': 'Opening “{file}” was cancelled. The plan shown before is unchanged.',
  'hostile.tooLarge':
    'File “{file}” ({mb} MB) is too large for the browser (at most {max} MB). Import large plans on the command line with “npm run import -- {file} --out data/<plan-id>”; the viewer then shows them like any other plan.',
  'hostile.hashTooLong':
    'The address (URL) has {length} characters, too long (at most {max}); its settings were not applied.',
  'hostile.regionSimplified':
    'The area in the link had {from} points; it was simplified to {to} points. The land-use balance is for the simplified area.',
  'hostile.unexpected':
    'File “{file}” could not be read. Please check that it is an XPlanGML or GeoJSON plan.',
  'hostile.internal':
    'An unexpected error occurred ({detail}). Please reload the page; if it persists, please report it.'
};
