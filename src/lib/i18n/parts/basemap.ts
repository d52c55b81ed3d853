/** Texts for: Hintergrundkarte und Suche. German first; `en` must have the same keys. */
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

export const en: Record<keyof typeof de, string> = {
  'basemap.button': 'Basemap',
  'basemap.title': 'Show a basemap',
  'basemap.intro':
    'A map with streets, buildings and names can be shown under the plan. Choose where it comes from.',
  'basemap.sourceLegend': 'Basemap source',
  'basemap.none': 'No basemap',
  'basemap.self': 'This site’s own basemap',
  'basemap.selfNote': 'Loaded from this site itself; no data is sent to third parties.',
  'basemap.openfreemap': 'OpenFreeMap',
  'basemap.basemapde': 'basemap.de',
  'basemap.openfreemapNote': 'Map from OpenStreetMap data, in this viewer’s style.',
  'basemap.basemapdeNote':
    'Official web map of the German federal and state governments (basemap.de Web Vektor).',
  'basemap.variantLegend': 'basemap.de style',
  'basemap.grey': 'Grey',
  'basemap.colour': 'Colour',
  'basemap.consentTitle': 'Consent',
  'basemap.operator': 'Operator: {operator}.',
  'basemap.transmitted':
    'Loading the map sends your IP address and the map area shown (which map tiles your browser requests) to this operator. Nothing is sent without your consent.',
  'basemap.privacy': 'Operator’s privacy notice (opens a new window)',
  'basemap.remember':
    'Your choice is kept in the address (URL) and in this browser. You can withdraw your consent here at any time.',
  'basemap.agree': 'Agree and load',
  'basemap.apply': 'Apply',
  'basemap.cancel': 'Cancel',
  'basemap.withdraw': 'Withdraw consent',
  'basemap.consentGiven': 'Consent given: {sources}.',
  'basemap.active': 'Shown: {name}',
  'basemap.loadError': 'The basemap could not be loaded ({detail}).',
  'basemap.opacity': 'Opacity of plan areas',

  'search.label': 'Search',
  'search.placeholder': 'Street, place, area',
  'search.hint': 'Arrow keys choose, Enter shows the result, Escape closes.',
  'search.results': '{count} results',
  'search.nothing': 'Nothing found for “{query}”.',
  'search.covers':
    'The search knows districts, places and stops, named areas, area numbers and land-use types.',
  'search.coversStreets': 'Also every street and place of this site’s basemap.',
  'search.noStreets': 'It finds street names only when this site has its own basemap.',
  'search.group.district': 'Districts',
  'search.group.place': 'Places and stops',
  'search.group.street': 'Streets',
  'search.group.area': 'Areas',
  'search.group.category': 'Land-use types',
  'search.chosen': 'Marked: {label}',
  'search.whatIsPlanned': 'What is planned here?',
  'search.clear': 'Remove marker'
};
