/** Texts for: die vereinfachte Übersicht sehr großer Pläne. German first; `en` must have the same keys. */
export const de = {
  'overview.notice':
    '„{file}“ hat sehr viele Flächen. In der Gesamtansicht zeigt die Karte deshalb ein vereinfachtes Übersichtsbild; die einzelnen Flächen mit Umrissen, Filtern und Hervorhebung erscheinen ab Zoomstufe {zoom}. Ein Klick auf das Übersichtsbild wählt die Fläche an dieser Stelle.',
  'overview.legend':
    'Vereinfachte Übersicht: Unterhalb von Zoomstufe {zoom} zeigt die Karte ein Bild des Plans in den Farben der Legende, ohne Umrisse und ohne Filter. Zum Betrachten der einzelnen Flächen bitte hineinzoomen.'
} as const;

export const en: Record<keyof typeof de, string> = {
  'overview.notice':
    '“{file}” has a great many areas. At overview scale the map therefore shows a simplified image; the individual areas with outlines, filters and highlighting appear from zoom level {zoom}. Clicking the image selects the area at that spot.',
  'overview.legend':
    'Simplified overview: below zoom level {zoom} the map shows an image of the plan in the legend colours, without outlines or filters. Zoom in to see the individual areas.'
};
