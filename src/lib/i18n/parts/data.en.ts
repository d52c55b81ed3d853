/** English texts of parts/data.ts (loaded on the page only when English is chosen). */
import type { de } from './data';

export const en: Record<keyof typeof de, string> = {
  'data.area': '“{source}”, area no. {n}',
  'data.notCollection': '“{source}” is not a GeoJSON FeatureCollection.',
  'data.notFeature': '{where}: not a valid GeoJSON feature.',
  'data.noId': '{where}: identifier (id) missing.',
  'data.duplicateId': '“{source}”: identifier “{id}” is used twice.',
  'data.unknownCategory': '“{source}”, area “{id}”: unknown category “{category}”.',
  'data.badGeometry': '“{source}”, area “{id}”: geometry is not a valid polygon in WGS84.',
  'data.noMeta': '“{source}” contains no valid plan metadata (title missing).',
  'data.plot': '{source}, plot {n}',
  'data.plotsNotCollection': '{source}: not a GeoJSON FeatureCollection.',
  'data.plotNotFeature': '{where}: not a GeoJSON feature.',
  'data.plotGeometry': '{where}: geometry is not a valid (multi)polygon.',
  'data.plotField': '{where}: field “{field}” is missing or invalid.',
  'data.plotDuplicate': '{where}: identifier “{id}” used twice.'
};
