/** Texts for: die vereinfachte Übersicht sehr großer Pläne. German first; parts/<name>.en.ts has the same keys in English. */
export const de = {
  'overview.notice':
    '„{file}“ hat sehr viele Flächen. In der Gesamtansicht zeigt die Karte deshalb ein vereinfachtes Übersichtsbild; die einzelnen Flächen mit Umrissen, Filtern und Hervorhebung erscheinen ab Zoomstufe {zoom}. Ein Klick auf das Übersichtsbild wählt die Fläche an dieser Stelle.',
  'overview.legend':
    'Vereinfachte Übersicht: Unterhalb von Zoomstufe {zoom} zeigt die Karte ein Bild des Plans in den Farben der Legende, ohne Umrisse und ohne Filter. Zum Betrachten der einzelnen Flächen bitte hineinzoomen.'
} as const;
