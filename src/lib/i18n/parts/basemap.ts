/** Texts for: Hintergrundkarte und Suche. German first; parts/<name>.en.ts has the same keys in English. */
export const de = {
  'basemap.button': 'Hintergrundkarte',
  'basemap.title': 'Hintergrundkarte einblenden',
  'basemap.intro':
    'Unter dem Plan kann eine Karte mit Straßen, Gebäuden und Namen liegen. Wählen Sie, woher sie kommt.',
  'basemap.sourceLegend': 'Quelle der Hintergrundkarte',
  'basemap.none': 'Keine Hintergrundkarte',
  'basemap.self': 'Hintergrundkarte dieser Seite',
  'basemap.selfNote':
    'Wird von dieser Seite selbst geladen; es werden keine Daten an Dritte übertragen.',
  'basemap.openfreemap': 'OpenFreeMap',
  'basemap.basemapde': 'basemap.de',
  'basemap.openfreemapNote': 'Karte aus OpenStreetMap-Daten, im Stil dieses Viewers.',
  'basemap.basemapdeNote': 'Amtliche Webkarte von Bund und Ländern (basemap.de Web Vektor).',
  'basemap.variantLegend': 'Darstellung von basemap.de',
  'basemap.grey': 'Grau',
  'basemap.colour': 'Farbe',
  'basemap.consentTitle': 'Einwilligung',
  'basemap.operator': 'Betreiber: {operator}.',
  'basemap.transmitted':
    'Beim Laden der Karte werden Ihre IP-Adresse und der gezeigte Kartenausschnitt (welche Kartenkacheln Ihr Browser abruft) an diesen Betreiber übertragen. Ohne Ihre Zustimmung geschieht das nicht.',
  'basemap.privacy': 'Datenschutzhinweise des Betreibers (öffnet neues Fenster)',
  'basemap.remember':
    'Ihre Wahl wird in der Adresse (URL) und in diesem Browser gespeichert. Sie können die Einwilligung hier jederzeit widerrufen.',
  'basemap.agree': 'Zustimmen und laden',
  'basemap.apply': 'Übernehmen',
  'basemap.cancel': 'Abbrechen',
  'basemap.withdraw': 'Einwilligung widerrufen',
  'basemap.consentGiven': 'Eingewilligt: {sources}.',
  'basemap.active': 'Gezeigt: {name}',
  'basemap.loadError': 'Die Hintergrundkarte konnte nicht geladen werden ({detail}).',
  'basemap.opacity': 'Deckkraft der Planflächen',

  'search.label': 'Suche',
  'search.placeholder': 'Straße, Ort, Fläche',
  'search.hint': 'Pfeiltasten wählen, Eingabe zeigt den Treffer, Escape schließt.',
  'search.results': '{count} Treffer',
  'search.nothing': 'Nichts gefunden für „{query}“.',
  'search.covers':
    'Die Suche kennt Stadtteile, Orte und Haltestellen, benannte Flächen, Flächennummern und Flächenarten.',
  'search.coversStreets': 'Dazu alle Straßen und Orte der Hintergrundkarte dieser Seite.',
  'search.noStreets':
    'Straßennamen findet sie nur, wenn diese Seite eine eigene Hintergrundkarte hat.',
  'search.group.district': 'Stadtteile',
  'search.group.place': 'Orte und Haltestellen',
  'search.group.street': 'Straßen',
  'search.group.area': 'Flächen',
  'search.group.category': 'Flächenarten',
  'search.chosen': 'Markiert: {label}',
  'search.whatIsPlanned': 'Was ist hier geplant?',
  'search.clear': 'Markierung entfernen'
} as const;
