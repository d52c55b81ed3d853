/** English texts of parts/archive.ts (loaded on the page only when English is chosen). */
import type { de } from './archive';

export const en: Record<keyof typeof de, string> = {
  'archive.heading': 'Raster plan and attachments',
  'archive.raster': 'Raster plan “{name}”: the scanned plan sheet, shown in place under the areas.',
  'archive.rasterOpacity': 'Raster plan opacity',
  'archive.attachments': 'Attachments in the archive',
  'archive.open': 'Open {name} ({size})',
  'archive.save': 'Save',
  'archive.unreadable': 'The attachment “{name}” cannot be read from “{file}”.'
};
