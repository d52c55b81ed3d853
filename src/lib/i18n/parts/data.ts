/**
 * Texts for: why a plan's or the plots' data file cannot be used (a city replaced data/ with a
 * broken file). German first; parts/<name>.en.ts has the same keys in English. Used by plan/ (PlanDataError).
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
