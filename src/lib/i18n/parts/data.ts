/**
 * Texts for: why a plan's or the plots' data file cannot be used (a city replaced data/ with a
 * broken file). German first; `en` must have the same keys. Used by plan/ (PlanDataError).
 */
export const de = {
  'data.area': '„{source}“, Fläche Nr. {n}',
  'data.notCollection': '„{source}“ ist keine GeoJSON-FeatureCollection.',
  'data.notFeature': '{where}: kein gültiges GeoJSON-Feature.',
  'data.noId': '{where}: Kennung (id) fehlt.',
  'data.duplicateId': '„{source}“: Kennung „{id}“ ist doppelt vergeben.',
  'data.unknownCategory': '„{source}“, Fläche „{id}“: unbekannte Kategorie „{category}“.',
  'data.badGeometry': '„{source}“, Fläche „{id}“: Geometrie ist kein gültiges Polygon in WGS84.',
  'data.noMeta': '„{source}“ enthält keine gültigen Plan-Metadaten (Titel fehlt).',
  'data.plot': '{source}, Grundstück {n}',
  'data.plotsNotCollection': '{source}: keine GeoJSON-FeatureCollection.',
  'data.plotNotFeature': '{where}: kein GeoJSON-Feature.',
  'data.plotGeometry': '{where}: Geometrie ist kein gültiges (Multi-)Polygon.',
  'data.plotField': '{where}: Feld „{field}“ fehlt oder ist ungültig.',
  'data.plotDuplicate': '{where}: Kennung „{id}“ doppelt.'
} as const;

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
