/** Texts for: Ladepfad, Fortschritt und große Pläne. German first; parts/<name>.en.ts has the same keys in English. */
export const de = {
  'loading.measured':
    'In „{file}“ ist für {count} Flächen keine Flächengröße gespeichert. Sie wurde beim Laden aus den Koordinaten der Datei berechnet und kann bei kleinen Flächen geringfügig von der Angabe der Quelle abweichen.',
  'loading.areas': 'Flächen werden gelesen …',
  'loading.workerStopped':
    'Die Berechnung im Hintergrund wurde unerwartet beendet. Sie startet beim nächsten Schritt neu.',
  'error.load': 'Der Plan konnte nicht geladen werden: {detail}',
  'error.loadHttp': 'Die Datei „{file}“ ist nicht erreichbar (HTTP {status}).',
  'error.loadNetwork': 'Die Datei „{file}“ konnte nicht abgerufen werden.',
  'error.loadJson': 'Die Datei „{file}“ ist kein gültiges JSON.'
} as const;
