/** English texts of parts/present.ts (loaded on the page only when English is chosen). */
import type { de } from './present';

export const en: Record<keyof typeof de, string> = {
  'present.saveScene': 'Save as scene',
  'present.sceneSaved': 'Saved as scene {n}: “{title}”.',
  'present.startHere': 'Present from this scene',
  'present.scenes': 'Scenes',
  'describe.filter': 'Filter: {text}',
  'describe.status.neu': 'new in 2025',
  'describe.status.bestand': 'existing since the 1999 plan',
  'describe.categories': '{n} of {total} categories',
  'describe.noCategory': 'no category',
  'describe.district': 'district {name}',
  'describe.minArea': 'from {ha} ha',
  'balance.captionFiltered': 'Land-use balance – {scope} – {filter}',
  'balance.ofScope': 'Share of the scope',
  'print.licence': 'licence {licence}',
  'present.start': 'Present',
  'present.loadError': 'The scenes could not be loaded ({detail}). The current view is shown.',
  'present.newTitle': 'New scene {n}',
  'print.open': 'Print & export',
  'print.sources': 'Sources and attribution: {text}',
  'csv.balance': 'Land-use balance as CSV',
  'csv.list': 'Area list as CSV',
  'csv.id': 'ID',
  'csv.name': 'Name',
  'csv.category': 'Category',
  'csv.status': 'Status',
  'csv.district': 'District',
  'csv.areaHa': 'Area (ha)',
  'csv.sharePct': 'Share (%)',
  'csv.count': 'Count'
};
