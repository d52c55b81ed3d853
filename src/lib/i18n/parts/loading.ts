/** Texts for: Ladepfad, Fortschritt und große Pläne. German first; `en` must have the same keys. */
export const de = {
  'loading.measured':
    'In „{file}“ ist für {count} Flächen keine Flächengröße gespeichert. Sie wurde beim Laden aus den Koordinaten der Datei berechnet und kann bei kleinen Flächen geringfügig von der Angabe der Quelle abweichen.',
  'loading.areas': 'Flächen werden gelesen …',
  'loading.workerStopped':
    'Die Berechnung im Hintergrund wurde unerwartet beendet. Sie startet beim nächsten Schritt neu.'
} as const;

export const en: Record<keyof typeof de, string> = {
  'loading.measured':
    '“{file}” stores no area size for {count} areas. They were computed on loading from the file’s coordinates and may differ slightly from the source’s figures for small areas.',
  'loading.areas': 'Reading areas …',
  'loading.workerStopped':
    'The background computation stopped unexpectedly. It starts again with the next step.'
};
