/** Texts for: Fehlermeldungen für fehlerhafte und feindliche Eingaben. German first; `en` must have the same keys. */
export const de = {
  'hostile.cancel': 'Abbrechen',
  'hostile.cancelled':
    'Das Öffnen von „{file}“ wurde abgebrochen. Der bisher gezeigte Plan bleibt unverändert.',
  'hostile.tooLarge':
    'Die Datei „{file}“ ist mit {mb} MB zu groß für den Browser (höchstens {max} MB). Große Pläne bitte auf dem Rechner mit „npm run import -- {file} --out data/<plan-id>“ einlesen; der Viewer zeigt sie dann wie jeden anderen Plan.',
  'hostile.hashTooLong':
    'Die Adresse (URL) ist mit {length} Zeichen zu lang (höchstens {max}); ihre Angaben wurden nicht übernommen.',
  'hostile.regionSimplified':
    'Die Fläche im Link hatte {from} Punkte; sie wurde auf {to} Punkte vereinfacht. Die Flächenbilanz gilt für die vereinfachte Fläche.',
  'hostile.unexpected':
    'Die Datei „{file}“ konnte nicht gelesen werden. Bitte prüfen Sie, ob es ein XPlanGML- oder GeoJSON-Plan ist.',
  'hostile.internal':
    'Ein unerwarteter Fehler ist aufgetreten ({detail}). Bitte die Seite neu laden; bleibt der Fehler, bitte melden.'
} as const;

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
