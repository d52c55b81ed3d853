/** Texts for: Fehlermeldungen für fehlerhafte und feindliche Eingaben. German first; parts/<name>.en.ts has the same keys in English. */
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
